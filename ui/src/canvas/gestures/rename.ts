// Renaming a lane or a stage in place: the inline text field over its header, one
// command on commit (update_lane / rename_stage). Double-clicking a header opens it, so
// do F2 and Enter on a selected lane or stage, and adding one.

import type { Commanding, Focus, SceneView } from "./host";
import type { DoubleClick } from "./gesture";
import type { Rect } from "../../scene/types";
import { idOf, laneKey, parseKey, stageKey } from "../../scene/keys";
import { t } from "../../i18n";

/** The field's height over a lane header (the header itself may be tall). */
const FIELD_H = 28;

/** Open the inline editor on the name of `lane:…` or `stage:…`; false if there is none. */
export function rename(canvas: SceneView & Commanding & Focus, key: string): boolean {
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
      commit: (name) => {
        if (name.trim()) void canvas.send({ type: "update_lane", lane: id, name });
      },
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
      commit: (name) => {
        if (name.trim()) void canvas.send({ type: "rename_stage", stage: id, name });
      },
    });
    return true;
  }
  return false;
}

/** Double-click on a lane or stage header renames it. */
export const renameOnDoubleClick =
  (canvas: SceneView & Commanding & Focus): DoubleClick =>
  (hit) => {
    if (hit.kind === "lane-header") return rename(canvas, laneKey(hit.id));
    if (hit.kind === "stage-header") return rename(canvas, stageKey(hit.id));
    return false;
  };
