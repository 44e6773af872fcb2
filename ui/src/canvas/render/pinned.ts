// The headers pinned while the editor scrolls (canvas/pinned.ts places them): the lane
// header column, kept at the left, and the stage header row, kept at the top. Each is a
// copy of those parts of the Scene, drawn in its paint, so a large map still says which
// lane and stage a card is in. Screen only: the export has none of it. The copies carry
// `data-pin` (an element key), not `data-key` or the drawing's classes, so nothing that
// finds the drawing's elements finds them twice; the hit test reads `data-pin`.

import type { Scene } from "../../scene/types";
import { keyOf } from "../../scene/keys";
import { el, clear } from "./svg";
import { text } from "./draw";
import { drawLaneColumn } from "./lane-column";
import { emotionHeader, stripHeader } from "./bands";

/** The lane header column's left and right edges, in scene units; null without lanes. */
export function laneColumn(scene: Pick<Scene, "lanes">): { left: number; right: number } | null {
  if (!scene.lanes.length) return null;
  let left = Infinity;
  let right = -Infinity;
  for (const l of scene.lanes) {
    left = Math.min(left, l.header.x);
    right = Math.max(right, l.header.x + l.header.w);
  }
  return { left, right };
}

/** The stage header row's top and bottom, in scene units; null without stages. */
export function stageRow(scene: Pick<Scene, "stages">): { top: number; bottom: number } | null {
  if (!scene.stages.length) return null;
  let top = Infinity;
  let bottom = -Infinity;
  for (const s of scene.stages) {
    top = Math.min(top, s.header.y);
    bottom = Math.max(bottom, s.header.y + s.header.h);
  }
  return { top, bottom };
}

/**
 * The lane header column into `g` (scene units; its svg clips it to the column): paper
 * from the stage headers' top down, so nothing scrolled under it shows through, then each
 * lane's band and header with its name, and the lines across the column (with their
 * names where the Scene puts those inside it).
 */
export function drawPinnedLanes(g: SVGGElement, scene: Scene): void {
  clear(g);
  const col = laneColumn(scene);
  if (!col) return;
  const top = Math.min(stageRow(scene)?.top ?? Infinity, ...scene.lanes.map((l) => l.band.y));
  const bottom = Math.max(...scene.lanes.map((l) => l.band.y + l.band.h));
  drawLaneColumn(
    g,
    scene,
    { top, bottom, right: col.right },
    {
      paper: "pin-paper",
      lane: (lane) => ({ class: "pin-lane", "data-pin": keyOf(lane.element) }),
      band: "pin-band",
      header: "lane-header",
      line: (line) => ({ class: "pin-line", "data-pin": keyOf(line.element), "pointer-events": "none" }),
      labelsInsideOnly: true,
    },
  );
  // The rows under the grid keep their names too (clipped to the column as the lanes are).
  if (scene.emotion_curve) g.append(emotionHeader(scene.emotion_curve, scene.paint));
  if (scene.time_strip) g.append(stripHeader(scene.time_strip, scene.paint));
}

/** The stage header row into `g` (scene units): paper the paper's width, and each stage's header with its name. */
export function drawPinnedStages(g: SVGGElement, scene: Scene): void {
  clear(g);
  const row = stageRow(scene);
  if (!row) return;
  const p = scene.paint.stage;
  g.append(
    el("rect", {
      class: "pin-paper",
      x: 0,
      y: row.top,
      width: scene.width,
      height: row.bottom - row.top,
      fill: scene.paint.page,
    }),
  );
  for (const stage of scene.stages) {
    const sg = el("g", { class: "pin-stage", "data-pin": keyOf(stage.element) });
    const h = stage.header;
    sg.append(el("rect", { class: "header", x: h.x, y: h.y, width: h.w, height: h.h, fill: p.fill, stroke: p.stroke }));
    const name = text(stage.name, p.name, "stage-name");
    if (name) sg.append(name);
    g.append(sg);
  }
}
