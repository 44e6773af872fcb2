// Creating cards and editing their text in place. A new card is added only when its text
// is committed, as one add_card with that text: one undo removes it, and an empty or
// cancelled field creates nothing. Double-click an empty cell to write a new card there;
// double-click a card to edit its text. Rapid entry: Ctrl/Cmd+Enter in a card's text
// commits and opens a new card below it in the same cell (a column is typed in one go);
// Tab / Shift+Tab commit and move to the cell to the right / left (its first card's
// text, or a new card when it is empty).

import type { Rect } from "../../scene/types";
import type { Commanding, Focus, SceneView, Selecting } from "./host";
import type { OnwardKey } from "../inline-edit";
import { besideCell } from "../../edits/new-card-target";
import type { DoubleClick } from "./gesture";
import type { Point } from "../hit";
import { cardKey, idOf, keyOf } from "../../scene/keys";
import { t } from "../../i18n";

// The core's cell geometry (src/layout/geometry.rs): where a card not yet laid out goes.
const CELL_PAD_X = 16;
const CELL_PAD_Y = 18;
const CARD_GAP = 12;
const MIN_CARD_H = 40;

/** Where the card at `index` of a cell will be drawn: the field for its text covers it. */
export function slotRect(canvas: SceneView, lane: string, stage: string, index: number): Rect | null {
  const scene = canvas.current;
  const m = canvas.currentMirror;
  const band = scene?.lanes.find((l) => idOf(l.element) === lane)?.band;
  const col = scene?.stages.find((s) => idOf(s.element) === stage);
  if (!m || !band || !col) return null;
  const rects = m.cell(lane, stage).flatMap((c) => canvas.cardRects.get(c.id) ?? []);
  const prev = rects[index - 1];
  const y = prev ? prev.y + prev.h + CARD_GAP : (rects[0]?.y ?? band.y + CELL_PAD_Y);
  return { x: col.x + CELL_PAD_X, y, w: col.width - 2 * CELL_PAD_X, h: MIN_CARD_H };
}

/** The position in a cell a point falls at: after the cards whose middle is above it. */
export function indexAt(canvas: SceneView, lane: string, stage: string, p: Point): number {
  const m = canvas.currentMirror;
  if (!m) return 0;
  return m.cell(lane, stage).filter((c) => {
    const r = canvas.cardRects.get(c.id);
    return r !== undefined && r.y + r.h / 2 < p.y;
  }).length;
}

type Host = SceneView & Selecting & Commanding & Focus;

/** Open a field for a new card's text at `index` of a cell; the card is added on commit. */
export function newCard(canvas: Host, lane: string, stage: string, index: number): boolean {
  const rect = slotRect(canvas, lane, stage, index);
  if (!rect) return false;
  let made = false;
  canvas.inline.open({
    rect,
    value: "",
    multiline: true,
    label: t("edit_field.new_card"),
    commit: async (text) => {
      if (!text.trim()) return;
      const applied = await canvas.send({ type: "add_card", lane, stage, index, text });
      const card = applied?.created.find((e) => e.kind === "card");
      if (card) canvas.setSelection([keyOf(card)]);
      made = !!card;
    },
    // An empty new card is not added: Ctrl/Cmd+Enter there ends the column.
    next: (how) =>
      void (how !== "below" ? goBeside(canvas, lane, stage, how) : made && newCard(canvas, lane, stage, index + 1)),
  });
  return true;
}

/** Open a field over a card to edit its text; commits one update_card. */
export function editCardText(canvas: Host, id: string): boolean {
  const card = canvas.currentMirror?.cards.get(id);
  const rect = canvas.cardRects.get(id);
  if (!card || !rect) return false;
  canvas.inline.open({
    rect,
    value: card.text,
    multiline: true,
    label: t("edit_field.card"),
    commit: (text) => canvas.send({ type: "update_card", card: id, changes: { text } }),
    next: (how) => void (how === "below" ? newCardAfter(canvas, id) : goBeside(canvas, card.lane, card.stage, how)),
  });
  return true;
}

/** Tab from a card's text: the cell beside, its first card's text or a new card there. */
function goBeside(canvas: Host, lane: string, stage: string, how: Exclude<OnwardKey, "below">): boolean {
  const m = canvas.currentMirror;
  const slot = m && besideCell(m, lane, stage, how === "previous");
  if (!m || !slot) return false;
  const first = m.cell(slot.lane, slot.stage)[0];
  if (!first) return newCard(canvas, slot.lane, slot.stage, 0);
  canvas.setSelection([cardKey(first.id)]);
  return editCardText(canvas, first.id);
}

/** Add a card right after card `id` and open its text. */
export function newCardAfter(canvas: Host, id: string): boolean {
  const m = canvas.currentMirror;
  const card = m?.cards.get(id);
  if (!m || !card) return false;
  const index = m.cell(card.lane, card.stage).findIndex((c) => c.id === id) + 1;
  return newCard(canvas, card.lane, card.stage, index);
}

/** Double-click: a card edits its text, an empty cell gets a new card where the pointer is. */
export function cardDoubleClick(canvas: Host): DoubleClick {
  return (hit, at) => {
    if (hit.kind === "card" && !hit.handle) return editCardText(canvas, hit.id);
    if (hit.kind === "cell") return newCard(canvas, hit.lane, hit.stage, indexAt(canvas, hit.lane, hit.stage, at));
    return false;
  };
}
