// The lane header column drawn on its own, for the two places that pin it at the left of
// the view: the editor while scrolling (render/pinned.ts) and the presenter beside a
// framed stage (render/present.ts). Paper behind it, each lane's band and header with its
// name (and a collapsed lane's note), and each line across it with its name. The callers
// differ only in how they mark what they draw, so the drawing is written once.

import type { Scene } from "../../scene/types";
import { el } from "./svg";
import { text } from "./draw";

type Attrs = Record<string, string | number>;
type Lane = Scene["lanes"][number];
type Line = Scene["lines"][number];

/** How a caller marks the column's parts. */
export interface ColumnMarks {
  paper: string;
  lane(lane: Lane): Attrs;
  /** Classes of a lane's band and header rectangles, when the caller needs them. */
  band?: string;
  header?: string;
  line(line: Line): Attrs;
  /** A class for a group holding a line's name; without one, the name sits in the line's group. */
  label?: string;
  /** Draw a line's name only where the Scene puts it inside the column. */
  labelsInsideOnly: boolean;
}

/** The column into `g` (scene units), from `top` to `bottom`, `right` its right edge. */
export function drawLaneColumn(
  g: SVGGElement,
  scene: Scene,
  span: { top: number; bottom: number; right: number },
  marks: ColumnMarks,
): void {
  const { top, bottom, right } = span;
  const lp = scene.paint.lane;
  g.append(
    el("rect", { class: marks.paper, x: 0, y: top, width: right, height: bottom - top, fill: scene.paint.page }),
  );
  const cls = (c: string | undefined): Attrs => (c ? { class: c } : {});
  for (const lane of scene.lanes) {
    const lg = el("g", marks.lane(lane));
    const b = lane.band;
    lg.append(
      el("rect", {
        ...cls(marks.band),
        x: b.x,
        y: b.y,
        width: Math.max(0, right - b.x),
        height: b.h,
        fill: lane.fill,
        stroke: lp.stroke,
      }),
      el("rect", {
        ...cls(marks.header),
        x: lane.header.x,
        y: lane.header.y,
        width: lane.header.w,
        height: lane.header.h,
        fill: lp.header_fill,
        "fill-opacity": lp.header_opacity,
        stroke: lp.stroke,
      }),
    );
    const name = text(lane.name, lp.name, "lane-name");
    if (name) lg.append(name);
    const note = text(lane.note, lp.note, "lane-note", { "font-style": "italic" });
    if (note) lg.append(note);
    g.append(lg);
  }
  for (const line of scene.lines) {
    const lg = el("g", marks.line(line));
    const attrs: Attrs = {
      x1: line.x1,
      y1: line.y,
      x2: right,
      y2: line.y,
      stroke: line.color,
      "stroke-width": scene.paint.line.width,
    };
    if (line.dash) attrs["stroke-dasharray"] = line.dash;
    lg.append(el("line", attrs));
    if (marks.labelsInsideOnly && line.label_box.x >= right) {
      g.append(lg);
      continue;
    }
    const box = line.label_box;
    const holder = marks.label ? el("g", { class: marks.label }) : lg;
    holder.append(
      el("rect", {
        x: box.x,
        y: box.y,
        width: box.w,
        height: box.h,
        fill: scene.paint.line.label_fill,
        "fill-opacity": scene.paint.line.label_opacity,
      }),
    );
    const t = text(line.label, line.color, "line-name");
    if (t) holder.append(t);
    if (holder !== lg) lg.append(holder);
    g.append(lg);
  }
}
