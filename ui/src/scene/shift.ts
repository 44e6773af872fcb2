// Moving Scene primitives by an offset, as the core's delta (src-tauri/src/delta.rs,
// `Shiftable`) means it: every coordinate of a card or connector moves, nothing else.
//
// In place: after a lane grows, thousands of cards and routes below it only shift, and
// copying each one cost a 5,000-card drop 15–25 ms in JavaScriptCore. So a shifted item
// keeps its object (and its sub-objects: a card's `rect` is the one `cardRects` holds);
// whoever draws or caches an item by its coordinates follows the delta's shifts
// (KeyedLayer.offset), and nothing caches bounds by object.

import type { CardBox, ConnectorRoute, Point, Rect, TextBlock } from "./types";

const point = (p: Point, dx: number, dy: number): void => {
  p.x += dx;
  p.y += dy;
};
const rect = (r: Rect, dx: number, dy: number): void => {
  r.x += dx;
  r.y += dy;
};
const text = (t: TextBlock, dx: number, dy: number): void => {
  for (const l of t.lines) {
    l.x += dx;
    l.y += dy;
  }
};

/** Move every coordinate of `c` by (`dx`, `dy`), in place. */
export function shiftCard(c: CardBox, dx: number, dy: number): void {
  rect(c.rect, dx, dy);
  text(c.text, dx, dy);
  text(c.owner, dx, dy);
  text(c.notes, dx, dy);
  text(c.tags, dx, dy);
  if (c.colour_band) rect(c.colour_band.rect, dx, dy);
  for (const b of c.badges) {
    rect(b.rect, dx, dy);
    b.label.x += dx;
    b.label.y += dy;
  }
}

/** Move every coordinate of `c` by (`dx`, `dy`), in place. */
export function shiftConnector(c: ConnectorRoute, dx: number, dy: number): void {
  for (const p of c.points) point(p, dx, dy);
  for (const h of c.arrowheads) {
    point(h.tip, dx, dy);
    for (const p of h.points) point(p, dx, dy);
  }
  if (c.label) {
    rect(c.label.rect, dx, dy);
    text(c.label.text, dx, dy);
  }
}
