// Editing the blueprint's structure from menus, toolbar and keys: add a lane or a stage
// (its name opens for editing), rename, reorder and collapse the selected one. Deleting
// goes through the editor's Delete (see delete-confirm.ts).

import type { Action } from "./registry";
import type { GestureHost } from "../canvas/gestures/host";
import { rename } from "../canvas/gestures/rename";
import { keyOf } from "../scene/keys";
import type { Mirror } from "../scene/mirror";
import type { Applied, Command, ElementRef, LaneKind } from "../scene/types";

export interface StructureHost {
  readonly selected: ElementRef[];
  readonly mirror: Mirror | null;
  readonly canvas: GestureHost | null;
  edit(command: Command): Promise<Applied | null>;
}

/** The canonical lane kinds each zone between the lines holds (rule 2 of the domain). */
const ZONES: { below: string | null; kinds: LaneKind[] }[] = [
  { below: "internal_interaction", kinds: ["support"] },
  { below: "visibility", kinds: ["backstage"] },
  { below: "interaction", kinds: ["frontstage"] },
  { below: null, kinds: ["evidence", "customer"] },
];

/**
 * The kind of a lane added at `index`: the canonical kind that belongs between the lines
 * around it, if the blueprint lacks one; otherwise (or without lines) a custom lane.
 */
export function fittingKind(mirror: Mirror, index: number): LaneKind {
  if (!mirror.lines.length) return "custom";
  // A line at the insertion boundary stays above the new lane (as the core places it).
  const above = new Set(mirror.lines.filter((l) => l.boundary <= index).map((l) => l.kind as string));
  const zone = ZONES.find((z) => z.below === null || above.has(z.below))!;
  const present = new Set(mirror.lanes.map((l) => l.kind));
  return zone.kinds.find((k) => !present.has(k)) ?? "custom";
}

/** The one selected element of `kind`, if exactly one element is selected. */
function single(host: StructureHost, kind: "lane" | "stage"): string | null {
  const s = host.selected;
  return s.length === 1 && s[0]!.kind === kind ? s[0]!.id : null;
}

function indexOf(host: StructureHost, kind: "lane" | "stage", id: string | null): number {
  const items: { id: string }[] = (kind === "lane" ? host.mirror?.lanes : host.mirror?.stages) ?? [];
  return id === null ? -1 : items.findIndex((i) => i.id === id);
}

/** Select what the command created and open its name for editing. */
function selectAndRename(host: StructureHost, applied: Applied | null): void {
  const made = applied?.created[0];
  if (!made || made.kind === "document" || !host.canvas) return;
  const key = keyOf(made);
  host.canvas.setSelection([key]);
  rename(host.canvas, key);
}

export async function addLane(host: StructureHost): Promise<void> {
  if (!host.mirror) return;
  const i = indexOf(host, "lane", single(host, "lane"));
  const index = i < 0 ? host.mirror.lanes.length : i + 1;
  selectAndRename(host, await host.edit({ type: "add_lane", index, kind: fittingKind(host.mirror, index) }));
}

export async function addStage(host: StructureHost): Promise<void> {
  if (!host.mirror) return;
  const i = indexOf(host, "stage", single(host, "stage"));
  const index = i < 0 ? host.mirror.stages.length : i + 1;
  selectAndRename(host, await host.edit({ type: "add_stage", index, name: "New stage" }));
}

/** Move the selected lane or stage `by` places, if it can go there. */
function mover(host: StructureHost, kind: "lane" | "stage", by: -1 | 1) {
  const target = (): { id: string; index: number } | null => {
    const id = single(host, kind);
    const from = indexOf(host, kind, id);
    const n = (kind === "lane" ? host.mirror?.lanes.length : host.mirror?.stages.length) ?? 0;
    const index = from + by;
    return id !== null && from >= 0 && index >= 0 && index < n ? { id, index } : null;
  };
  return {
    enabled: () => target() !== null,
    run: async () => {
      const t = target();
      if (!t) return;
      await host.edit(
        kind === "lane"
          ? { type: "move_lane", lane: t.id, index: t.index }
          : { type: "move_stage", stage: t.id, index: t.index },
      );
    },
  };
}

export function structureActions(host: StructureHost): Action[] {
  const renameTarget = () => single(host, "lane") ?? single(host, "stage");
  const collapsible = () => {
    const id = single(host, "lane");
    return id === null ? undefined : host.mirror?.lanes.find((l) => l.id === id);
  };
  return [
    { id: "lane.add", label: () => "Add Lane", enabled: () => !!host.mirror, run: () => addLane(host) },
    { id: "stage.add", label: () => "Add Stage", enabled: () => !!host.mirror, run: () => addStage(host) },
    {
      id: "structure.rename",
      label: () => (single(host, "stage") ? "Rename Stage" : "Rename Lane"),
      keys: ["F2", "Enter"],
      enabled: () => renameTarget() !== null,
      run: () => {
        const s = host.selected[0];
        if (renameTarget() !== null && s && host.canvas) rename(host.canvas, keyOf(s));
      },
    },
    { id: "lane.move_up", label: () => "Move Lane Up", keys: ["Alt+ArrowUp"], ...mover(host, "lane", -1) },
    { id: "lane.move_down", label: () => "Move Lane Down", keys: ["Alt+ArrowDown"], ...mover(host, "lane", 1) },
    { id: "stage.move_left", label: () => "Move Stage Left", keys: ["Alt+ArrowLeft"], ...mover(host, "stage", -1) },
    { id: "stage.move_right", label: () => "Move Stage Right", keys: ["Alt+ArrowRight"], ...mover(host, "stage", 1) },
    {
      id: "lane.toggle_collapsed",
      label: () => (collapsible()?.collapsed ? "Expand Lane" : "Collapse Lane"),
      enabled: () => !!collapsible(),
      run: async () => {
        const lane = collapsible();
        if (lane) await host.edit({ type: "update_lane", lane: lane.id, collapsed: !lane.collapsed });
      },
    },
  ];
}
