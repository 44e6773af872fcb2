// One inspector field set on several selected lanes at once (their kind, colour, collapsed):
// one command, one undo step, as for cards (many-cards.ts). A name is each lane's own and
// is not copied.

import type { Command } from "../scene/types";
import type { Mirror } from "../scene/mirror";

/** The batch's name, as Undo shows it (the core's words translate it). */
export const EDIT_LANES = "Edit Lanes";

export type LaneChanges = Omit<Extract<Command, { type: "update_lane" }>, "type" | "lane">;

/** The command that sets `changes` on every lane of `ids` that is still there. */
export function updateLanes(m: Mirror, ids: readonly string[], changes: LaneChanges): Command | null {
  const lanes = ids.filter((id) => m.lanes.some((l) => l.id === id));
  if (!lanes.length) return null;
  const { name: _own, ...shared } = changes;
  const commands: Command[] = lanes.map((lane) => ({ type: "update_lane", lane, ...shared }));
  return commands.length === 1 ? commands[0]! : { type: "batch", label: EDIT_LANES, commands };
}
