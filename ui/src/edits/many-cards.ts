// One inspector field set on several selected cards at once: one command, one undo step
// (a batch of update_card, which the core coalesces as it does one card's field). The
// inspector shows the first card; a field set there is set on every selected card. A
// fail point's parts are set only where they changed: setting the kind keeps each card's
// own recovery, and copies no other card's.

import type { Card, CardChanges, Command, FailPoint } from "../scene/types";
import type { Mirror } from "../scene/mirror";

/** The batch's name, as Undo shows it (the core's words translate it). */
export const EDIT_CARDS = "Edit Cards";

/** The fail point `card` gets when the shown card's became `next`: only what changed there changes here. */
function failPointFor(card: Card, shown: FailPoint | null | undefined, next: FailPoint): FailPoint {
  const changed = (Object.keys(next) as (keyof FailPoint)[]).filter((k) => next[k] !== shown?.[k]);
  // A card that had none gets a fail point of the kind, and nothing of the shown card's text.
  const own = card.fail_point ?? { kind: next.kind };
  return { ...own, ...Object.fromEntries(changed.map((k) => [k, next[k]])) };
}

/** The command that sets `changes` (made on the card `shown`) on every card of `ids` that is still there. */
export function updateCards(m: Mirror, ids: readonly string[], shown: Card, changes: CardChanges): Command | null {
  const cards = ids.flatMap((id) => m.cards.get(id) ?? []);
  if (!cards.length) return null;
  const commands: Command[] = cards.map((card) => {
    const own: CardChanges = { ...changes };
    if (changes.fail_point && card.id !== shown.id)
      own.fail_point = failPointFor(card, shown.fail_point, changes.fail_point);
    return { type: "update_card", card: card.id, changes: own };
  });
  return commands.length === 1 ? commands[0]! : { type: "batch", label: EDIT_CARDS, commands };
}
