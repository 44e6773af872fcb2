// "Connect To…": the cards an arrow from a card can go to, in reading order by stage and
// lane, each named with its cell, filtered by what the designer types (any part of the
// card's text or of its lane's or stage's name, in any case). Listed and sorted once
// (`listChoices`), when the list opens; each keystroke only filters that list
// (`filterChoices`), and the dialog shows the first matches only: at 5,000 cards,
// sorting and drawing every card on every key was the cost of typing.

import type { Mirror } from "../scene/mirror";

export interface Choice {
  id: string;
  /** The card's text (or `untitled`), then its lane · stage. */
  label: string;
}

/** A choice with its label as typing is matched against it (folded to lower case once). */
export interface ListedChoice extends Choice {
  folded: string;
}

/** Every card but `from`, in reading order, named. */
export function listChoices(m: Mirror, from: string, untitled: string): ListedChoice[] {
  const stage = new Map(m.stages.map((s, i) => [s.id, { i, name: s.name }]));
  const lane = new Map(m.lanes.map((l, i) => [l.id, { i, name: l.name }]));
  return [...m.cards.values()]
    .filter((c) => c.id !== from)
    .sort(
      (a, b) =>
        (stage.get(a.stage)?.i ?? 0) - (stage.get(b.stage)?.i ?? 0) ||
        (lane.get(a.lane)?.i ?? 0) - (lane.get(b.lane)?.i ?? 0) ||
        a.order - b.order,
    )
    .map((c) => {
      const label = `${c.text.trim() || untitled} — ${lane.get(c.lane)?.name ?? "?"} · ${stage.get(c.stage)?.name ?? "?"}`;
      return { id: c.id, label, folded: label.toLocaleLowerCase() };
    });
}

/** The first `max` choices of `listed` that match `query`, in its order, and how many more match. */
export function filterChoices(
  listed: readonly ListedChoice[],
  query: string,
  max = Infinity,
): { shown: ListedChoice[]; more: number } {
  const q = query.trim().toLocaleLowerCase();
  const shown: ListedChoice[] = [];
  let more = 0;
  for (const c of listed) {
    if (q && !c.folded.includes(q)) continue;
    if (shown.length < max) shown.push(c);
    else more++;
  }
  return { shown, more };
}

/** Every choice matching `query`, in reading order. */
export function connectChoices(m: Mirror, from: string, query: string, untitled: string): Choice[] {
  return filterChoices(listChoices(m, from, untitled), query).shown.map(({ id, label }) => ({ id, label }));
}
