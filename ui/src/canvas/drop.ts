// Where a dragged card lands: the lane × stage cell under the pointer and its position
// among that cell's other cards (the index MoveCard expects).

import type { Mirror } from "../mirror";
import { LABEL_W, type Geometry } from "./geometry";

export interface DropTarget {
  lane: string;
  stage: string;
  index: number;
}

/** `x`, `y` in scene units. `null` outside the cells or over a collapsed lane. */
export function dropTarget(g: Geometry, m: Mirror, cardId: string, x: number, y: number): DropTarget | null {
  if (x < LABEL_W) return null;
  const lane = m.lanes.find((l) => {
    const b = g.lanes.get(l.id);
    return b !== undefined && y >= b.y && y < b.y + b.h;
  });
  const stage = m.stages.find((s) => {
    const b = g.stages.get(s.id);
    return b !== undefined && x >= b.x && x < b.x + b.w;
  });
  if (!lane || !stage || lane.collapsed) return null;
  let index = 0;
  for (const c of m.cell(lane.id, stage.id)) {
    if (c.id === cardId) continue;
    const b = g.cards.get(c.id);
    if (b && b.y + b.h / 2 < y) index++;
  }
  return { lane: lane.id, stage: stage.id, index };
}

/** Whether dropping there changes anything. */
export function isMove(m: Mirror, cardId: string, t: DropTarget): boolean {
  const card = m.cards.get(cardId);
  if (!card) return false;
  if (card.lane !== t.lane || card.stage !== t.stage) return true;
  const others = m.cell(t.lane, t.stage).filter((c) => c.id !== cardId);
  const now = m.cell(t.lane, t.stage).findIndex((c) => c.id === cardId);
  return now !== t.index && others.length > 0;
}
