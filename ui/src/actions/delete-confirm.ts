// Deleting a lane or a stage takes its cards and their arrows with it. Before it goes,
// the core previews the command and the user is asked with what it takes named:
// "Delete lane “Backstage” and its 12 cards and 3 arrows?". An empty lane or stage goes
// without a question: nothing is lost that Undo does not bring back at once.

import type { Mirror } from "../scene/mirror";
import type { Command, ElementRef, Patch } from "../scene/types";
import { t } from "../i18n";

export interface DeleteHost {
  readonly mirror: Mirror | null;
  /** What a command would change (the core's preview). */
  preview(command: Command): Promise<Patch>;
  /** Ask; `action` names the button that goes ahead. */
  confirm(message: string, action: string): Promise<boolean>;
}

/** The delete_lane / delete_stage commands for the lanes and stages among `refs`. */
export function structureDeletes(refs: ElementRef[]): Command[] {
  return refs.flatMap((e): Command[] => {
    if (e.kind === "lane") return [{ type: "delete_lane", lane: e.id }];
    if (e.kind === "stage") return [{ type: "delete_stage", stage: e.id }];
    return [];
  });
}

const quote = (name: string) => `“${name.trim() || t("delete.untitled")}”`;

/** “A”, “A” and “B”, “A”, “B” and “C” (“A”、“B”和“C”). */
function list(items: string[]): string {
  return items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join(t("delete.list_sep"))}${t("delete.and")}${items[items.length - 1]}`;
}

/** The cards and arrows a preview deletes. */
function losses(patch: Patch): { cards: number; arrows: number } {
  let cards = 0;
  let arrows = 0;
  for (const ch of patch.changes) {
    if (ch.record === "card" && ch.before && !ch.after) cards++;
    if (ch.record === "connector" && ch.before && !ch.after) arrows++;
  }
  return { cards, arrows };
}

/** The question for deleting `refs` (lanes, stages) given the core's preview of it. */
export function deleteMessage(refs: ElementRef[], patch: Patch, mirror: Mirror): string {
  const names = (kind: "lane" | "stage") => {
    const items: { id: string; name: string }[] = kind === "lane" ? mirror.lanes : mirror.stages;
    const ids = refs.flatMap((e) => (e.kind === kind ? [e.id] : []));
    return ids.map((id) => quote(items.find((i) => i.id === id)?.name ?? id));
  };
  const lanes = names("lane");
  const stages = names("stage");
  const what = [
    lanes.length ? t(lanes.length === 1 ? "delete.lane" : "delete.lanes", { names: list(lanes) }) : "",
    stages.length ? t(stages.length === 1 ? "delete.stage" : "delete.stages", { names: list(stages) }) : "",
  ].filter(Boolean);
  const { cards, arrows } = losses(patch);
  const takes = [
    cards && t(cards === 1 ? "delete.card" : "delete.cards", { count: cards }),
    arrows && t(arrows === 1 ? "delete.arrow" : "delete.arrows", { count: arrows }),
  ].filter(Boolean);
  const params = { what: what.join(t("delete.and")), takes: takes.join(t("delete.and")) };
  if (!takes.length) return t("delete.question", params);
  return t(lanes.length + stages.length > 1 ? "delete.question_their" : "delete.question_its", params);
}

/**
 * Whether to go ahead with `command`, which deletes the lanes and stages among `refs`:
 * asks with the preview's count of what goes. Nothing to ask about (no lane or stage, or
 * no card or arrow goes with them): true.
 */
export async function confirmDelete(host: DeleteHost, command: Command, refs: ElementRef[]): Promise<boolean> {
  if (!structureDeletes(refs).length || !host.mirror) return true;
  const patch = await host.preview(command);
  const { cards, arrows } = losses(patch);
  if (!cards && !arrows) return true;
  return host.confirm(deleteMessage(refs, patch, host.mirror), t("delete.confirm"));
}
