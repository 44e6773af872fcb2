// Marking the selected cards from the keyboard, the context menu or the menus: a fail
// point, a wait. One command for all of them (edits/many-cards.ts); the first card's
// state decides whether the mark is set or taken off, as a checkbox over them would, and
// a card that has the mark already keeps its own (a fail point its recovery).

import type { Action } from "./registry";
import type { GestureHost } from "../canvas/gestures/host";
import type { Card, CardChanges } from "../scene/types";
import { updateCards } from "../edits/many-cards";

export function cardMarkActions(editor: { readonly canvas: GestureHost | null; seal(): Promise<void> }): Action[] {
  const first = (): Card | undefined => {
    const c = editor.canvas;
    const id = c?.selectedCards[0];
    return id ? c!.currentMirror?.cards.get(id) : undefined;
  };
  const mark = (
    id: string,
    on: string,
    off: string,
    isOn: (c: Card) => boolean,
    set: (on: boolean) => CardChanges,
  ) => ({
    id,
    label: () => {
      const card = first();
      return card && isOn(card) ? off : on;
    },
    enabled: () => !!first(),
    run: async () => {
      const c = editor.canvas!;
      const m = c.currentMirror!;
      const to = !isOn(first()!);
      // Only the cards whose mark changes: one that has it already keeps it as it is.
      const cards = c.selectedCards.flatMap((id) => m.cards.get(id) ?? []).filter((card) => isOn(card) !== to);
      const command = cards.length
        ? updateCards(
            m,
            cards.map((card) => card.id),
            cards[0]!,
            set(to),
          )
        : null;
      if (command) await c.send(command);
      // A mark is an edit of its own: the next change of the same field is another undo step.
      await editor.seal();
    },
  });
  return [
    mark(
      "cards.fail_point",
      "Mark as Fail Point",
      "Unmark Fail Point",
      (c) => !!c.fail_point,
      (on) => ({ fail_point: on ? { kind: "process", recovery: "" } : null }),
    ),
    mark(
      "cards.wait",
      "Mark as Wait",
      "Unmark Wait",
      (c) => !!c.wait,
      (on) => ({ wait: on }),
    ),
  ];
}
