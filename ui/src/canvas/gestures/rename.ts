// Renaming a lane or a stage in place: the inline text field over its header, one
// command on commit (update_lane / rename_stage). Double-clicking a header opens it, so
// do F2 and Enter on a selected lane or stage, and adding one. Tab / Shift+Tab commit and
// open the next / previous stage's (or lane's) name, so a row of names is typed in one go.

import type { Commanding, Focus, SceneView, Selecting } from "./host";
import type { OnwardKey } from "../inline-edit";
import type { DoubleClick } from "./gesture";
import type { Rect } from "../../scene/types";
import { idOf, laneKey, parseKey, stageKey } from "../../scene/keys";
import { t } from "../../i18n";

/** The field's height over a lane header (the header itself may be tall). */
const FIELD_H = 28;

type Host = SceneView & Selecting & Commanding & Focus;

/** The neighbour of `id` in `items` a Tab (or Shift+Tab) goes to; null at either end. */
export function neighbour(items: readonly { id: string }[], id: string, how: OnwardKey): string | null {
  if (how === "below") return null;
  const i = items.findIndex((x) => x.id === id);
  return i < 0 ? null : (items[i + (how === "previous" ? -1 : 1)]?.id ?? null);
}

/** After committing a name with Tab: select the neighbour and open its name. */
function onward(canvas: Host, kind: "lane" | "stage", id: string, how: OnwardKey): void {
  const m = canvas.currentMirror;
  const next = m && neighbour(kind === "lane" ? m.lanes : m.stages, id, how);
  if (!next) return;
  const key = kind === "lane" ? laneKey(next) : stageKey(next);
  canvas.setSelection([key]);
  rename(canvas, key);
}

/** Open the inline editor on the name of `lane:…` or `stage:…`; false if there is none. */
export function rename(canvas: Host, key: string): boolean {
  const scene = canvas.current;
  const mirror = canvas.currentMirror;
  if (!scene || !mirror) return false;
  const ref = parseKey(key);
  if (ref?.kind === "lane") {
    const id = ref.id;
    const band = scene.lanes.find((l) => idOf(l.element) === id);
    const lane = mirror.lanes.find((l) => l.id === id);
    if (!band || !lane) return false;
    const h = band.header;
    const rect: Rect = { x: h.x + 4, y: h.y + 4, w: h.w - 8, h: Math.min(FIELD_H, h.h - 8) };
    canvas.inline.open({
      rect,
      value: lane.name,
      label: t("edit_field.lane_name"),
      commit: (name) => (name.trim() ? canvas.send({ type: "update_lane", lane: id, name }) : undefined),
      next: (how) => onward(canvas, "lane", id, how),
    });
    return true;
  }
  if (ref?.kind === "stage") {
    const id = ref.id;
    const column = scene.stages.find((s) => idOf(s.element) === id);
    const stage = mirror.stages.find((s) => s.id === id);
    if (!column || !stage) return false;
    canvas.inline.open({
      rect: column.header,
      value: stage.name,
      label: t("edit_field.stage_name"),
      commit: (name) => (name.trim() ? canvas.send({ type: "rename_stage", stage: id, name }) : undefined),
      next: (how) => onward(canvas, "stage", id, how),
    });
    return true;
  }
  return false;
}

/** Double-click on a lane or stage header renames it. */
export const renameOnDoubleClick =
  (canvas: Host): DoubleClick =>
  (hit) => {
    if (hit.kind === "lane-header") return rename(canvas, laneKey(hit.id));
    if (hit.kind === "stage-header") return rename(canvas, stageKey(hit.id));
    return false;
  };
