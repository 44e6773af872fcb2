// Moving Scene primitives by an offset, as the core's delta (src-tauri/src/delta.rs,
// `Shiftable`) means it: every coordinate of a card or connector moves, nothing else.

import type { CardBox, ConnectorRoute, Point, Rect, TextBlock } from "./types";

const point = (p: Point, dx: number, dy: number): Point => ({ x: p.x + dx, y: p.y + dy });
const rect = (r: Rect, dx: number, dy: number): Rect => ({ ...r, x: r.x + dx, y: r.y + dy });
const text = (t: TextBlock, dx: number, dy: number): TextBlock => ({
  ...t,
  lines: t.lines.map((l) => ({ ...l, x: l.x + dx, y: l.y + dy })),
});

export function shiftCard(c: CardBox, dx: number, dy: number): CardBox {
  return {
    ...c,
    rect: rect(c.rect, dx, dy),
    text: text(c.text, dx, dy),
    owner: text(c.owner, dx, dy),
    notes: text(c.notes, dx, dy),
    tags: text(c.tags, dx, dy),
    colour_band: c.colour_band ? { ...c.colour_band, rect: rect(c.colour_band.rect, dx, dy) } : null,
    badges: c.badges.map((b) => ({
      ...b,
      rect: rect(b.rect, dx, dy),
      label: { ...b.label, x: b.label.x + dx, y: b.label.y + dy },
    })),
  };
}

export function shiftConnector(c: ConnectorRoute, dx: number, dy: number): ConnectorRoute {
  return {
    ...c,
    points: c.points.map((p) => point(p, dx, dy)),
    arrowheads: c.arrowheads.map((h) => ({
      tip: point(h.tip, dx, dy),
      points: h.points.map((p) => point(p, dx, dy)) as typeof h.points,
    })),
    label: c.label ? { rect: rect(c.label.rect, dx, dy), text: text(c.label.text, dx, dy) } : null,
  };
}

/** An item made by shifting another: `base` moved by (`dx`, `dy`). */
export interface ShiftedFrom<T> {
  base: T;
  dx: number;
  dy: number;
}

// Which items are shifted copies of which, so the canvas can move the node it drew for
// `base` instead of drawing the copy again. Weak: Scenes come and go.
const origins = new WeakMap<object, ShiftedFrom<object>>();

/** Record that `item` is `base` shifted by (`dx`, `dy`); returns `item`. */
export function recordShift<T extends object>(item: T, base: T, dx: number, dy: number): T {
  origins.set(item, { base, dx, dy });
  return item;
}

/** What `item` was shifted from, if it is a shifted copy. */
export function shiftedFrom<T extends object>(item: T): ShiftedFrom<T> | undefined {
  return origins.get(item) as ShiftedFrom<T> | undefined;
}
