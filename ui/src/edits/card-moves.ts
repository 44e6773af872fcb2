// Moving cards: the cells' final orders become one command, move_card when one card
// changes place and move_cards (the core brings each listed cell to its order, one undo
// step) when several do. Also: reading order, and where the arrow keys send the selected
// cards.

import type { Mirror } from "../scene/mirror";
import type { Command } from "../scene/types";

export interface CellOrder {
  lane: string;
  stage: string;
  /** The cell's cards, top to bottom, as they should end up. */
  ids: string[];
}

export type Direction = "left" | "right" | "up" | "down";

export const cellKey = (lane: string, stage: string): string => `${lane}\u0000${stage}`;

/** Cards in reading order: lanes top to bottom, stages left to right, then the cell's order. */
export function readingOrder(m: Mirror): string[] {
  const out: string[] = [];
  for (const lane of m.lanes) for (const stage of m.stages) for (const c of m.cell(lane.id, stage.id)) out.push(c.id);
  return out;
}

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The command that brings the cells named in `finals` to those orders, or null when
 * nothing changes. Cards of a final order that are not in `moving` must already be in
 * that cell, in that relative order. One card changing place is a move_card (Undo names
 * it "Move Card"), several are one move_cards.
 */
export function moveCommand(m: Mirror, moving: Set<string>, finals: CellOrder[]): Command | null {
  const ids = (lane: string, stage: string) => m.cell(lane, stage).map((c) => c.id);
  const changed = finals.filter((f) => !same(ids(f.lane, f.stage), f.ids));
  const placed: { card: string; lane: string; stage: string; index: number }[] = [];
  for (const f of changed) {
    const now = ids(f.lane, f.stage);
    f.ids.forEach((id, index) => {
      if (moving.has(id) && now.indexOf(id) !== index) placed.push({ card: id, lane: f.lane, stage: f.stage, index });
    });
  }
  if (placed.length === 0) return null;
  if (placed.length === 1 && isOneMove(m, placed[0]!, changed)) return { type: "move_card", ...placed[0]! };
  return { type: "move_cards", cells: changed.map((f) => ({ lane: f.lane, stage: f.stage, cards: f.ids })) };
}

/** Whether `move` alone (a move_card: its index counts the cell without the card) gives every changed order. */
function isOneMove(
  m: Mirror,
  move: { card: string; lane: string; stage: string; index: number },
  changed: CellOrder[],
): boolean {
  const card = m.cards.get(move.card);
  if (!card) return false;
  const without = (lane: string, stage: string) =>
    m
      .cell(lane, stage)
      .map((c) => c.id)
      .filter((id) => id !== move.card);
  const target = without(move.lane, move.stage);
  target.splice(move.index, 0, move.card);
  const after = new Map([[cellKey(move.lane, move.stage), target]]);
  if (card.lane !== move.lane || card.stage !== move.stage)
    after.set(cellKey(card.lane, card.stage), without(card.lane, card.stage));
  return changed.every((f) => same(after.get(cellKey(f.lane, f.stage)) ?? [], f.ids));
}

/** The non-collapsed lane next to `lane` going up (-1) or down (+1). */
function nextLane(m: Mirror, lane: string, step: -1 | 1): string | null {
  const i = m.lanes.findIndex((l) => l.id === lane);
  for (let j = i + step; j >= 0 && j < m.lanes.length; j += step) if (!m.lanes[j]!.collapsed) return m.lanes[j]!.id;
  return null;
}

/**
 * Where the arrow keys send the selected cards. Left/right: one stage over, at the same
 * place in the cell (nothing moves if a card is at the edge, so the group keeps its
 * shape). Up/down: one place within the cell; cards already at the cell's end go to the
 * end of the cell in the next lane that is not collapsed (the top or bottom lane keeps
 * them). Null when nothing would move.
 */
export function arrowMoves(m: Mirror, selected: string[], dir: Direction): Command | null {
  const ids = readingOrder(m).filter((id) => selected.includes(id));
  if (ids.length === 0) return null;
  const moving = new Set(ids);
  const finals =
    dir === "left" || dir === "right"
      ? sideways(m, ids, dir === "left" ? -1 : 1)
      : vertical(m, moving, dir === "up" ? -1 : 1);
  if (!finals) return null;
  return moveCommand(m, moving, finals);
}

function sideways(m: Mirror, ids: string[], step: -1 | 1): CellOrder[] | null {
  const stageIndex = new Map(m.stages.map((s, i) => [s.id, i]));
  const moving = new Set(ids);
  const incoming = new Map<string, { lane: string; stage: string; cards: { id: string; at: number }[] }>();
  for (const id of ids) {
    const c = m.cards.get(id)!;
    const to = m.stages[(stageIndex.get(c.stage) ?? -1) + step];
    if (!to) return null;
    const k = cellKey(c.lane, to.id);
    if (!incoming.has(k)) incoming.set(k, { lane: c.lane, stage: to.id, cards: [] });
    const at = m.cell(c.lane, c.stage).findIndex((x) => x.id === id);
    incoming.get(k)!.cards.push({ id, at });
  }
  return [...incoming.values()].map(({ lane, stage, cards }) => {
    const list = m
      .cell(lane, stage)
      .map((c) => c.id)
      .filter((id) => !moving.has(id));
    for (const c of cards.sort((a, b) => a.at - b.at)) list.splice(Math.min(c.at, list.length), 0, c.id);
    return { lane, stage, ids: list };
  });
}

function vertical(m: Mirror, moving: Set<string>, step: -1 | 1): CellOrder[] {
  const finals = new Map<string, CellOrder>();
  const incoming = new Map<string, { lane: string; stage: string; ids: string[] }>();
  const sources = new Map<string, { lane: string; stage: string }>();
  for (const id of moving) {
    const c = m.cards.get(id)!;
    sources.set(cellKey(c.lane, c.stage), { lane: c.lane, stage: c.stage });
  }
  for (const { lane, stage } of sources.values()) {
    // Work top-down for up, bottom-up for down: the same rule either way.
    let list = m.cell(lane, stage).map((c) => c.id);
    if (step > 0) list.reverse();
    let run = 0;
    while (run < list.length && moving.has(list[run]!)) run++;
    const to = run > 0 ? nextLane(m, lane, step) : null;
    if (to) {
      const leaving = list.slice(0, run);
      list = list.slice(run);
      if (step > 0) leaving.reverse();
      incoming.set(cellKey(to, stage), { lane: to, stage, ids: leaving });
    }
    for (let i = 1; i < list.length; i++) {
      if (moving.has(list[i]!) && !moving.has(list[i - 1]!)) {
        [list[i - 1], list[i]] = [list[i]!, list[i - 1]!];
      }
    }
    if (step > 0) list.reverse();
    finals.set(cellKey(lane, stage), { lane, stage, ids: list });
  }
  for (const [k, inc] of incoming) {
    const base =
      finals.get(k)?.ids ??
      m
        .cell(inc.lane, inc.stage)
        .map((c) => c.id)
        .filter((id) => !moving.has(id));
    // Up: arrive at the bottom of the cell above; down: at the top of the cell below.
    const ids = step < 0 ? [...base, ...inc.ids] : [...inc.ids, ...base];
    finals.set(k, { lane: inc.lane, stage: inc.stage, ids });
  }
  return [...finals.values()];
}
