// Test helpers for planning card moves: a small grid of cards in a Mirror, what the core
// does with move_card and move_cards, and the cells' contents to compare.

import { expect } from "vitest";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";
import type { Card, Command } from "../scene/types";

// A 3 × 3 grid: lanes l1..l3 (l2 collapsed when asked), stages s1..s3.
export function grid(cells: Record<string, string[]>, collapsed: string[] = []): Mirror {
  const b = smallBlueprint();
  b.stages.push({ id: "s3", name: "Pay" });
  b.lanes = b.lanes.map((l) => ({ ...l, collapsed: collapsed.includes(l.id) }));
  b.connectors = [];
  b.cards = [];
  for (const [cell, ids] of Object.entries(cells)) {
    const [lane, stage] = cell.split("/");
    ids.forEach((id, order) => b.cards.push({ id, lane: lane!, stage: stage!, order, text: id } as Card));
  }
  return new Mirror(b);
}

/** What the core does with move_card and move_cards (src/edit/execute.rs), on the mirror's cards. */
export function run(m: Mirror, c: Command | null): void {
  if (!c) return;
  if (c.type === "batch") return c.commands.forEach((x) => run(m, x));
  if (c.type === "move_cards") return moveCells(m, c.cells);
  if (c.type !== "move_card") throw new Error(c.type);
  const card = m.cards.get(c.card)!;
  const source = m.cell(card.lane, card.stage).filter((x) => x.id !== c.card);
  const target = m.cell(c.lane, c.stage).filter((x) => x.id !== c.card);
  expect(c.index).toBeLessThanOrEqual(target.length);
  target.splice(c.index, 0, card);
  m.cards.set(c.card, { ...card, lane: c.lane, stage: c.stage });
  source.forEach((x, i) => m.cards.set(x.id, { ...m.cards.get(x.id)!, order: i }));
  target.forEach((x, i) => m.cards.set(x.id, { ...m.cards.get(x.id)!, order: i }));
}

export function cells(m: Mirror): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const l of m.lanes)
    for (const s of m.stages) {
      const ids = m.cell(l.id, s.id).map((c) => c.id);
      if (ids.length) out[`${l.id}/${s.id}`] = ids;
    }
  return out;
}

function moveCells(m: Mirror, cells: { lane: string; stage: string; cards: string[] }[]): void {
  const listed = new Set(cells.flatMap((c) => c.cards));
  const sources = new Set<string>();
  for (const cell of cells) {
    // Every card of a listed cell has a place in the move.
    for (const c of m.cell(cell.lane, cell.stage)) expect(listed.has(c.id), c.id).toBe(true);
  }
  for (const cell of cells)
    cell.cards.forEach((id, order) => {
      const card = m.cards.get(id)!;
      sources.add(`${card.lane}/${card.stage}`);
      m.cards.set(id, { ...card, lane: cell.lane, stage: cell.stage, order });
    });
  for (const src of sources) {
    const [lane, stage] = src.split("/") as [string, string];
    m.cell(lane, stage).forEach((x, i) => m.cards.set(x.id, { ...m.cards.get(x.id)!, order: i }));
  }
}
