// Creating cards and editing their text in place. A new card is added only when its text
// is committed, as one add_card with that text: one undo removes it, and an empty or
// cancelled field creates nothing. Double-click an empty cell to write a new card there;
// double-click a card to edit its text.

import type { Rect } from "../../scene/types";
import type { Commanding, Focus, SceneView, Selecting } from "./host";
import type { DoubleClick } from "./gesture";
import type { Point } from "../hit";
import { idOf, keyOf } from "../../scene/keys";
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

/** Open a field for a new card's text at `index` of a cell; the card is added on commit. */
export function newCard(
  canvas: SceneView & Selecting & Commanding & Focus,
  lane: string,
  stage: string,
  index: number,
): boolean {
  const rect = slotRect(canvas, lane, stage, index);
  if (!rect) return false;
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
    },
  });
  return true;
}

/** Open a field over a card to edit its text; commits one update_card. */
export function editCardText(canvas: SceneView & Commanding & Focus, id: string): boolean {
  const card = canvas.currentMirror?.cards.get(id);
  const rect = canvas.cardRects.get(id);
  if (!card || !rect) return false;
  canvas.inline.open({
    rect,
    value: card.text,
    multiline: true,
    label: t("edit_field.card"),
    commit: (text) => void canvas.send({ type: "update_card", card: id, changes: { text } }),
  });
  return true;
}

/** Add a card right after card `id` and open its text. */
export function newCardAfter(canvas: SceneView & Selecting & Commanding & Focus, id: string): boolean {
  const m = canvas.currentMirror;
  const card = m?.cards.get(id);
  if (!m || !card) return false;
  const index = m.cell(card.lane, card.stage).findIndex((c) => c.id === id) + 1;
  return newCard(canvas, card.lane, card.stage, index);
}

/** Double-click: a card edits its text, an empty cell gets a new card where the pointer is. */
export function cardDoubleClick(canvas: SceneView & Selecting & Commanding & Focus): DoubleClick {
  return (hit, at) => {
    if (hit.kind === "card" && !hit.handle) return editCardText(canvas, hit.id);
    if (hit.kind === "cell") return newCard(canvas, hit.lane, hit.stage, indexAt(canvas, hit.lane, hit.stage, at));
    return false;
  };
}
