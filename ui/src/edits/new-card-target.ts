// Where a new card goes when it is asked for without pointing (Insert › New Card, the
// toolbar's Add Card, Ctrl/Cmd+Enter, Tab from a card's text). Decided on the mirror alone.
//
// With nothing selected the card goes to the keyboard's cell cursor, if it is on an open
// lane, else to the first empty customer-actions cell, left to right: the customer's actions are what a blueprint is laid out from, and an immediate
// field where the card will stand is quicker and plainer than a "click a cell" mode the
// designer would first have to notice and then leave with Escape.

import type { Mirror } from "../scene/mirror";
import type { ElementRef } from "../scene/types";
import { readingOrder } from "./card-moves";

/** A slot in a cell: the new card is `index`-th of the cell's cards. */
export interface CardSlot {
  lane: string;
  stage: string;
  index: number;
}

/**
 * Whether `newCardSlot` finds a place (an open lane and a stage): what the Add Card button
 * asks after every edit, without looking at the cards (at 5,000 cards the place itself
 * took 20 ms to find, on every drop).
 */
export function canAddCard(m: Mirror): boolean {
  return m.stages.length > 0 && m.lanes.some((l) => !l.collapsed);
}

/** A cell, by its lane and stage (the canvas's cell cursor). */
export interface CellRef {
  lane: string;
  stage: string;
}

/**
 * The slot a new card takes for this selection, or with none for the cell cursor `cursor`
 * (the end of its cell); null when the blueprint has no open cell.
 */
export function newCardSlot(
  m: Mirror,
  selected: readonly ElementRef[],
  cursor: CellRef | null = null,
): CardSlot | null {
  const open = m.lanes.filter((l) => !l.collapsed);
  if (!open.length || !m.stages.length) return null;
  const end = (lane: string, stage: string): CardSlot => ({ lane, stage, index: m.cell(lane, stage).length });
  const firstEmpty = (lanes: readonly { id: string }[], stages: readonly { id: string }[]): CardSlot | null => {
    for (const l of lanes) for (const s of stages) if (!m.cell(l.id, s.id).length) return end(l.id, s.id);
    return null;
  };

  // After the last selected card, in the same cell.
  const cards = new Set(selected.flatMap((e) => (e.kind === "card" ? [e.id] : [])));
  const after = readingOrder(m)
    .filter((id) => cards.has(id))
    .pop();
  const card = after ? m.cards.get(after) : undefined;
  if (card && open.some((l) => l.id === card.lane)) {
    const index = m.cell(card.lane, card.stage).findIndex((c) => c.id === card.id) + 1;
    return { lane: card.lane, stage: card.stage, index };
  }

  const atCursor =
    !selected.length && cursor && open.some((l) => l.id === cursor.lane) && m.stages.some((s) => s.id === cursor.stage);
  if (atCursor) return end(cursor.lane, cursor.stage);

  const one = selected.length === 1 ? selected[0]! : null;
  const customer = open.find((l) => l.kind === "customer") ?? open[0]!;
  // A lane: its first empty cell, else the end of its last cell.
  if (one?.kind === "lane") {
    const lane = open.find((l) => l.id === one.id);
    if (lane) return firstEmpty([lane], m.stages) ?? end(lane.id, m.stages[m.stages.length - 1]!.id);
  }
  // A stage: its customer action cell.
  if (one?.kind === "stage" && m.stages.some((s) => s.id === one.id)) return end(customer.id, one.id);
  return firstEmpty([customer], m.stages) ?? end(customer.id, m.stages[m.stages.length - 1]!.id);
}

/** The cell beside (lane, stage): the next stage, or the previous one when `back`; null at the end. */
export function besideCell(m: Mirror, lane: string, stage: string, back: boolean): CardSlot | null {
  const i = m.stages.findIndex((s) => s.id === stage);
  const next = i < 0 ? undefined : m.stages[i + (back ? -1 : 1)];
  return next ? { lane, stage: next.id, index: m.cell(lane, next.id).length } : null;
}
