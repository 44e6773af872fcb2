// The heat map (View › Overlay) as the SVG export draws it (src/export/svg.rs,
// `heat_layer`): the shaded cells in the one colour of what they count, each at its
// level's opacity, and the rings around fail points with no recovery; under the cards.

import type { HeatMap, HeatPaint, Overlay, Paint, Rect, Scene } from "../../scene/types";
import { clear, el } from "./svg";

/** The colour of a heat map shaded by `by`; none for no heat map. */
function fillOf(paint: HeatPaint, by: Overlay): string | null {
  return by === "none" ? null : paint[by];
}

/** The opacity of a cell of `level` (1, lightest, to 5). */
export function heatOpacity(paint: HeatPaint, level: number): number {
  const levels = paint.levels;
  return levels[Math.min(Math.max(level, 1), levels.length) - 1]!;
}

function box(r: Rect, attrs: Record<string, string | number>): SVGRectElement {
  return el("rect", { x: r.x, y: r.y, width: r.w, height: r.h, ...attrs });
}

/** A ring around a card (or the legend's swatch of one). */
export function drawRing(r: Rect, paint: HeatPaint): SVGRectElement {
  return box(r, {
    rx: 6,
    fill: "none",
    stroke: paint.ring,
    "stroke-width": paint.ring_width,
    "stroke-dasharray": paint.ring_dash,
  });
}

/** One shade of the legend's scale. */
export function drawHeatSwatch(r: Rect, by: Overlay, level: number, paint: HeatPaint): SVGRectElement | null {
  const fill = fillOf(paint, by);
  return fill ? box(r, { fill, "fill-opacity": heatOpacity(paint, level) }) : null;
}

export function drawHeatMap(heat: HeatMap, paint: Paint): SVGGElement {
  const p = paint.heat;
  const g = el("g", { class: "heat-map", "data-by": heat.by });
  const fill = fillOf(p, heat.by);
  if (fill) g.setAttribute("fill", fill);
  for (const cell of heat.cells) {
    g.append(box(cell.rect, { "fill-opacity": heatOpacity(p, cell.level), "data-value": cell.value }));
  }
  for (const ring of heat.rings) g.append(drawRing(ring, p));
  return g;
}

/** The heat map's layer: empty when the Scene has none. */
export function drawHeatLayer(layer: SVGGElement, scene: Scene): void {
  clear(layer);
  if (scene.heat_map) layer.append(drawHeatMap(scene.heat_map, scene.paint));
}
