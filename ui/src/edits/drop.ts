// Where a dragged card lands: the lane × stage cell under the pointer and its position
// among that cell's other cards (the index MoveCard expects), found in the core's Scene.

import type { Mirror } from "../scene/mirror";
import type { Card, CardBox, KeyedDelta, Rect, Scene } from "../scene/types";
import { idOf } from "../scene/keys";
import { itemById } from "../scene/positions";

export interface DropTarget {
  lane: string;
  stage: string;
  index: number;
}

/** Card rectangles by card id. */
export function cardRects(scene: Scene): Map<string, Rect> {
  return new Map(scene.cards.map((c) => [idOf(c.element), c.rect]));
}

/**
 * Bring `rects` (of the Scene before `d`) up to date with `cards`, the list after it. A
 * shifted card's rect is the object `rects` holds, moved in place: only what `d`
 * replaces or removes is written.
 */
export function updateCardRects(rects: Map<string, Rect>, cards: readonly CardBox[], d: KeyedDelta<CardBox>): void {
  for (const id of d.removed) rects.delete(id);
  for (const u of d.upserted) {
    const id = idOf(u.element);
    const card = itemById(cards, id);
    if (card) rects.set(id, card.rect);
  }
}

/** The cards of a cell, in order (`Mirror.cell`, which reads every card). */
export type CellCards = (lane: string, stage: string) => Card[];

/** `Mirror.cell` itself, asked afresh each time. */
const mirrorCells =
  (m: Mirror): CellCards =>
  (lane, stage) =>
    m.cell(lane, stage);

/**
 * `Mirror.cell`, remembering the last cell asked for: a drag asks about the cell under
 * the pointer at every move, and the pointer stays in one cell for many moves.
 */
export function lastCell(m: Mirror): CellCards {
  let last: { lane: string; stage: string; cards: Card[] } | null = null;
  return (lane, stage) => {
    if (last?.lane !== lane || last.stage !== stage) last = { lane, stage, cards: m.cell(lane, stage) };
    return last.cards;
  };
}

/** `x`, `y` in scene units. `null` outside the cells or over a collapsed lane. */
export function dropTarget(
  scene: Scene,
  rects: ReadonlyMap<string, Rect>,
  m: Mirror,
  cardId: string,
  x: number,
  y: number,
  cellCards: CellCards = mirrorCells(m),
): DropTarget | null {
  const lane = scene.lanes.find((l) => y >= l.band.y && y < l.band.y + l.band.h);
  const stage = scene.stages.find((s) => x >= s.x && x < s.x + s.width);
  if (!lane || !stage || lane.collapsed) return null;
  if (y < stage.header.y + stage.header.h) return null;
  const laneId = idOf(lane.element);
  const stageId = idOf(stage.element);
  let index = 0;
  for (const c of cellCards(laneId, stageId)) {
    if (c.id === cardId) continue;
    const b = rects.get(c.id);
    if (b && b.y + b.h / 2 < y) index++;
  }
  return { lane: laneId, stage: stageId, index };
}

/** Whether dropping there changes anything. */
export function isMove(m: Mirror, cardId: string, t: DropTarget, cellCards: CellCards = mirrorCells(m)): boolean {
  const card = m.cards.get(cardId);
  if (!card) return false;
  if (card.lane !== t.lane || card.stage !== t.stage) return true;
  const cell = cellCards(t.lane, t.stage);
  const others = cell.filter((c) => c.id !== cardId);
  const now = cell.findIndex((c) => c.id === cardId);
  return now !== t.index && others.length > 0;
}
