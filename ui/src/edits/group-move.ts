// Moving a group of cards by one offset: every card moves by as many lanes and stages as
// the card under the pointer, so the group keeps its shape, as in any diagram tool. If a
// card would land outside the blueprint (no lane or stage there, or a collapsed lane), the
// drop is refused as a whole: squeezing the group against the edge would change its shape.

import type { Mirror } from "../scene/mirror";
import type { Command } from "../scene/types";
import { cellKey, moveCommand, readingOrder, type CellOrder } from "./card-moves";

export interface GroupTarget {
  /** The card under the pointer. */
  anchor: string;
  /** The cell the anchor lands in. */
  lane: string;
  stage: string;
  /**
   * Where the moving cards arriving in a cell (`arriving`, in their order) go among the
   * cards staying there: an index from 0 to `staying.length`.
   */
  place(lane: string, stage: string, staying: string[], arriving: string[]): number;
}

/** One command (move_cards when several cards move) for the group drop, or null: refused or no change. */
export function groupMove(m: Mirror, cards: string[], to: GroupTarget): Command | null {
  const laneAt = new Map(m.lanes.map((l, i) => [l.id, i]));
  const stageAt = new Map(m.stages.map((s, i) => [s.id, i]));
  const anchor = m.cards.get(to.anchor);
  const [toLane, toStage] = [laneAt.get(to.lane), stageAt.get(to.stage)];
  if (!anchor || toLane === undefined || toStage === undefined) return null;
  const dl = toLane - laneAt.get(anchor.lane)!;
  const ds = toStage - stageAt.get(anchor.stage)!;
  const moving = new Set(cards);
  const arriving = new Map<string, CellOrder>();
  // Reading order: each source cell's cards in their order, so they keep it.
  for (const id of readingOrder(m)) {
    if (!moving.has(id)) continue;
    const c = m.cards.get(id)!;
    const lane = m.lanes[laneAt.get(c.lane)! + dl];
    const stage = m.stages[stageAt.get(c.stage)! + ds];
    if (!lane || !stage || lane.collapsed) return null;
    const k = cellKey(lane.id, stage.id);
    if (!arriving.has(k)) arriving.set(k, { lane: lane.id, stage: stage.id, ids: [] });
    arriving.get(k)!.ids.push(id);
  }
  const finals = [...arriving.values()].map(({ lane, stage, ids }) => {
    const staying = m
      .cell(lane, stage)
      .map((c) => c.id)
      .filter((id) => !moving.has(id));
    const at = Math.max(0, Math.min(staying.length, to.place(lane, stage, staying, ids)));
    return { lane, stage, ids: [...staying.slice(0, at), ...ids, ...staying.slice(at)] };
  });
  return moveCommand(m, moving, finals);
}
