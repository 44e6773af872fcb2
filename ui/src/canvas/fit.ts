// The zooms that fit part of the blueprint to the view: its width, one stage's column,
// and the zoom a document opens at. Pure functions of the Scene and the view's size; the
// canvas applies them (Canvas.fitWidth, fitStage, openFitted).

import type { Rect, Scene } from "../scene/types";
import { laneColumn } from "./render/pinned";
import { idIn, idOf } from "../scene/keys";

/**
 * The smallest zoom a document opens at. Card text is set at 12–13 px; below about 0.75
 * it falls under 9–10 px on screen, where a designer can no longer read a card without
 * zooming in, which is what opening is for. So a wide blueprint opens at this zoom,
 * from its left edge, and scrolls (the lane and stage headers stay pinned), rather than
 * whole and unreadable (the hospital example fitted whole is about 35 %, 4-px text).
 */
export const READABLE_ZOOM = 0.75;
/** A document opens no larger than its actual size: a small blueprint is not blown up. */
export const OPEN_MAX_ZOOM = 1;
/** The most "Fit Stage" zooms in (a small blueprint in a large window). */
export const STAGE_MAX_ZOOM = 2.5;

/** The zoom that fits the Scene's width to `width` pixels, within [min, max]. */
export function widthZoom(scene: Pick<Scene, "width">, width: number, min: number, max: number): number {
  if (width <= 0) return 1;
  return Math.min(max, Math.max(min, width / Math.max(scene.width, 1)));
}

/** The zoom a document opens at in a view `width` pixels wide: its width fitted, never below readable nor above 100 %. */
export function openingZoom(scene: Pick<Scene, "width">, width: number): number {
  return widthZoom(scene, width, READABLE_ZOOM, OPEN_MAX_ZOOM);
}

/**
 * The stage "Fit Stage" frames: the selected stage, else the stage of the first selected
 * card, else the first stage whose column is in view right of the lane headers.
 */
export function stageToFit(
  scene: Pick<Scene, "stages" | "lanes">,
  selection: Iterable<string>,
  cardRects: ReadonlyMap<string, Rect>,
  visible: Rect,
): number {
  const keys = [...selection];
  for (const k of keys) {
    const id = idIn(k, "stage");
    const i = id === null ? -1 : scene.stages.findIndex((s) => idOf(s.element) === id);
    if (i >= 0) return i;
  }
  for (const k of keys) {
    const id = idIn(k, "card");
    const r = id === null ? undefined : cardRects.get(id);
    if (!r) continue;
    const cx = r.x + r.w / 2;
    const i = scene.stages.findIndex((s) => cx >= s.x && cx < s.x + s.width);
    if (i >= 0) return i;
  }
  // The pinned lane headers cover the view's left edge: a column hidden under them is not "in view".
  const col = laneColumn(scene);
  const left = visible.x + (col ? col.right - col.left : 0);
  const i = scene.stages.findIndex((s) => s.x + s.width / 2 > left);
  return i >= 0 ? i : Math.max(0, scene.stages.length - 1);
}
