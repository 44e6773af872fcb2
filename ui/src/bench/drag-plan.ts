// The drag every engine is measured with, planned as the peer page plans it: the
// leftmost card of the Customer lane's first row, scrolled into view so that the whole
// drag stays inside the canvas, pressed where the card itself is under the pointer.

import type { Editor } from "../app/editor.svelte";
import type { Rect } from "../scene/types";
import { cardKey } from "../scene/keys";

/** The drag every engine is measured with: 520 px right, 150 px down. */
export const DRAG_DX = 520;
export const DRAG_DY = 150;
const MARGIN = 40;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Scroll offsets (for the scrolling host) that keep the card and the whole drag inside
 * the visible part of the host, as the peer page does: unchanged when they already fit,
 * else the card 240 px from the top and 80 px from the left (never below 0), but never
 * under the headers pinned at the view's left and top once it scrolls (`pinned`: how
 * far they reach into it).
 * `card` is in the host's content coordinates; `view` is the host's visible box.
 */
export function scrollFor(
  card: Rect,
  view: Box,
  scroll: { left: number; top: number },
  pinned: { left: number; top: number } = { left: 0, top: 0 },
): { left: number; top: number } {
  let { left, top } = scroll;
  const y = view.top + card.y - top;
  const x = view.left + card.x - left;
  if (y < view.top + pinned.top + MARGIN || y + card.h + DRAG_DY + MARGIN > view.bottom)
    top = Math.max(0, card.y - Math.max(240, pinned.top + MARGIN));
  if (x < view.left + pinned.left + MARGIN || x + card.w + DRAG_DX + MARGIN > view.right)
    left = Math.max(0, card.x - pinned.left - 80);
  return { left, top };
}

/**
 * Press points to try on a card (viewport px), best first: the card's padding (left
 * edge, then the corners' insides), where no text sits, then its middle.
 */
export function pressCandidates(card: { x: number; y: number; w: number; h: number }): [number, number][] {
  const inset = Math.min(6, card.w / 4, card.h / 4);
  const rel: [number, number][] = [
    [inset, card.h / 2],
    [inset, card.h - inset],
    [card.w - inset, card.h - inset],
    [card.w / 2, card.h - inset],
    [inset, inset],
    [card.w / 2, card.h / 2],
  ];
  return rel.map(([dx, dy]) => [Math.round(card.x + dx), Math.round(card.y + dy)]);
}

/** The first card of the topmost row, leftmost, among rectangles. */
export function leftmostOfFirstRow<T extends { rect: Rect }>(cards: T[]): T | null {
  if (!cards.length) return null;
  const minY = Math.min(...cards.map((c) => c.rect.y));
  const row = cards.filter((c) => c.rect.y < minY + 1);
  row.sort((a, b) => a.rect.x - b.rect.x);
  return row[0] ?? null;
}

/** `dragPlan(steps, durationMs)` of the contract; `boxOf` reads a card's box from the drawn Scene. */
export function dragPlan(editor: Editor, boxOf: (id: string) => Rect | null, steps = 60, durationMs = 1000) {
  const canvas = editor.canvas!;
  const host = canvas.host;
  const mirror = editor.mirror;
  const customer = mirror?.lanes.find((l) => l.kind === "customer");
  if (!mirror || !customer) throw new Error("the document has no Customer lane");
  const cards = [...mirror.cards.values()]
    .filter((c) => c.lane === customer.id)
    .map((c) => ({ id: c.id, rect: boxOf(c.id) }))
    .filter((c): c is { id: string; rect: Rect } => c.rect !== null);
  const pick = leftmostOfFirstRow(cards);
  if (!pick) throw new Error("the Customer lane has no cards");
  const z = canvas.zoom;
  const scaled = { x: pick.rect.x * z, y: pick.rect.y * z, w: pick.rect.w * z, h: pick.rect.h * z };
  const hb = host.getBoundingClientRect();
  const view = {
    left: hb.left,
    top: hb.top,
    right: Math.min(hb.right, window.innerWidth),
    bottom: Math.min(hb.bottom, window.innerHeight),
  };
  // The lane header column and the stage header row, pinned over the view once it scrolls.
  const scene = canvas.current;
  const pinned = { left: (scene?.stages[0]?.x ?? 0) * z, top: (scene?.lanes[0]?.band.y ?? 0) * z };
  const to = scrollFor(scaled, view, { left: host.scrollLeft, top: host.scrollTop }, pinned);
  host.scrollLeft = to.left;
  host.scrollTop = to.top;
  // The pinned headers as the press will find them (the scroll event comes a frame later).
  canvas.pinned.place();
  // Drawn at the new scroll position (and kept drawn) before it is looked at.
  const node = canvas.reveal(cardKey(pick.id), { scroll: false });
  if (!node) throw new Error(`card ${pick.id} is not drawn`);
  const box = node.querySelector(".card-box")!.getBoundingClientRect();
  const at = { x: box.left, y: box.top, w: box.width, h: box.height };
  // Press where the card itself is under the pointer: its box, not its text or a
  // connector; failing that anything of the card (the canvas takes any part of it).
  let press: [number, number] | null = null;
  let fallback: [number, number] | null = null;
  let hit: Element | null = null;
  for (const [x, y] of pressCandidates(at)) {
    const e = document.elementFromPoint(x, y);
    if (e?.classList.contains("card-box") && e.closest(".card") === node) {
      press = [x, y];
      hit = e;
      break;
    }
    if (!fallback && e?.closest(".card") === node) {
      fallback = [x, y];
      hit = e;
    }
  }
  const pressHitsCard = press !== null || fallback !== null;
  const [x0, y0] = press ?? fallback ?? [Math.round(at.x + at.w / 2), Math.round(at.y + at.h / 2)];
  return {
    x0,
    y0,
    x1: x0 + DRAG_DX,
    y1: y0 + DRAG_DY,
    steps,
    durationMs,
    cellId: pick.id,
    label: mirror.cards.get(pick.id)?.text ?? null,
    pressHitsCard,
    hitElement: hit ? hit.tagName.toLowerCase() : null,
    zoom: z,
    scroll: [host.scrollLeft, host.scrollTop],
  };
}
