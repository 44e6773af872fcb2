// The collapse toggle in a lane header: a UI-only affordance (class `ui-only`, which the
// SVG export does not draw), shown while the lane is hovered or selected. A press on it
// toggles the lane (gestures/lane-toggle.ts).

import type { LaneBand } from "../../scene/types";
import { el } from "./svg";
import { t } from "../../i18n";

const SIZE = 16;

export function drawLaneToggle(lane: LaneBand): SVGGElement {
  const h = lane.header;
  const name = lane.name.lines.map((l) => l.text).join(" ");
  const x = h.x + h.w - SIZE - 4;
  const y = h.y + 4;
  const g = el("g", {
    class: "lane-toggle ui-only",
    role: "button",
    "aria-label": t(lane.collapsed ? "canvas.expand_lane_named" : "canvas.collapse_lane_named", { name }),
    "aria-expanded": String(!lane.collapsed),
  });
  const title = el("title", {}, t(lane.collapsed ? "canvas.expand_lane" : "canvas.collapse_lane"));
  // A chevron: pointing down while expanded, right while collapsed.
  const c = { x: x + SIZE / 2, y: y + SIZE / 2 };
  const d = lane.collapsed
    ? `M ${c.x - 2} ${c.y - 4} L ${c.x + 2} ${c.y} L ${c.x - 2} ${c.y + 4}`
    : `M ${c.x - 4} ${c.y - 2} L ${c.x} ${c.y + 2} L ${c.x + 4} ${c.y - 2}`;
  g.append(
    title,
    el("rect", { x, y, width: SIZE, height: SIZE, rx: 3, fill: "#ffffff", stroke: "#8c959f" }),
    el("path", { d, fill: "none", stroke: "#1f2328", "stroke-width": 1.5 }),
  );
  return g;
}
