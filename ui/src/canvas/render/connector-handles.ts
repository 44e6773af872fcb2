// The parts of cards and connectors that exist only for editing: the handles a new
// connector is dragged from, a connector's wide invisible hit stroke and its end handles.
// All carry the class `ui-only`; they are invisible until hovered or selected
// (connectors.css), so the canvas still looks like the SVG export.

import type { Point, Rect } from "../../scene/types";
import { el } from "./svg";
import "./connectors.css";

/** Radius of a handle, scene units. */
export const HANDLE_R = 5;
/** Width of a connector's invisible hit stroke, scene units. */
export const HIT_WIDTH = 12;

/**
 * One handle on the middle of each edge of a card; `hitTest` reports them as `handle`.
 * Hidden handles still take the pointer (`pointer-events: all`): half of each lies outside
 * the card, and reaching it from outside must work too. Hovering one hovers its card,
 * which shows the handles (connectors.css).
 */
export function cardHandles(r: Rect): SVGCircleElement[] {
  const sides: [string, number, number][] = [
    ["right", r.x + r.w, r.y + r.h / 2],
    ["bottom", r.x + r.w / 2, r.y + r.h],
    ["left", r.x, r.y + r.h / 2],
    ["top", r.x + r.w / 2, r.y],
  ];
  return sides.map(([side, cx, cy]) =>
    el("circle", { class: "handle ui-only", "data-side": side, cx, cy, r: HANDLE_R, "pointer-events": "all" }),
  );
}

/** A wide transparent stroke along the route, so a thin arrow is easy to click. */
export function connectorHitArea(points: Point[]): SVGPathElement {
  const d = points.map((p, i) => `${i ? "L" : "M"}${p.x},${p.y}`).join(" ");
  return el("path", {
    class: "connector-hit ui-only",
    d,
    fill: "none",
    stroke: "transparent",
    "stroke-width": HIT_WIDTH,
    "pointer-events": "stroke",
  });
}

/** Handles on both ends, shown while the connector is selected, to drag an end elsewhere. */
export function connectorEnds(points: Point[]): SVGCircleElement[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  return [
    el("circle", { class: "connector-end ui-only", "data-end": "from", cx: first.x, cy: first.y, r: HANDLE_R }),
    el("circle", { class: "connector-end ui-only", "data-end": "to", cx: last.x, cy: last.y, r: HANDLE_R }),
  ];
}
