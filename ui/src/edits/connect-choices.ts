// "Connect To…": the cards an arrow from a card can go to, in reading order by stage and
// lane, each named with its cell, filtered by what the designer types (any part of the
// card's text or of its lane's or stage's name, in any case).

import type { Mirror } from "../scene/mirror";

export interface Choice {
  id: string;
  /** The card's text (or `untitled`), then its lane · stage. */
  label: string;
}

export function connectChoices(m: Mirror, from: string, query: string, untitled: string): Choice[] {
  const stage = new Map(m.stages.map((s, i) => [s.id, { i, name: s.name }]));
  const lane = new Map(m.lanes.map((l, i) => [l.id, { i, name: l.name }]));
  const q = query.trim().toLocaleLowerCase();
  return [...m.cards.values()]
    .filter((c) => c.id !== from)
    .sort(
      (a, b) =>
        (stage.get(a.stage)?.i ?? 0) - (stage.get(b.stage)?.i ?? 0) ||
        (lane.get(a.lane)?.i ?? 0) - (lane.get(b.lane)?.i ?? 0) ||
        a.order - b.order,
    )
    .map((c) => ({
      id: c.id,
      label: `${c.text.trim() || untitled} — ${lane.get(c.lane)?.name ?? "?"} · ${stage.get(c.stage)?.name ?? "?"}`,
    }))
    .filter((c) => !q || c.label.toLocaleLowerCase().includes(q));
}
