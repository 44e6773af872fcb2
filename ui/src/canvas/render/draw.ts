// Drawing the core's Scene as SVG DOM: the same primitives, colours and strokes as the
// SVG export (src/export/svg.rs), so what the canvas shows is what is exported.
// User text only ever goes into text nodes. Elements with the class `ui-only` are editing
// affordances (a lane's collapse toggle, a line's grab area) the export does not draw:
// comparisons with the export leave them out.

import type {
  CardBox,
  ConnectorRoute,
  ElementRef,
  LaneBand,
  LineGeom,
  Point,
  Rect,
  StageColumn,
  TextBlock,
  Tone,
} from "../../scene/types";
import { el } from "./svg";
import { idOf, keyOf } from "../../scene/keys";
import { drawLaneToggle } from "./lane-toggle";
import { cardHandles, connectorEnds, connectorHitArea } from "./connector-handles";

export const INK = "#1f2328";
export const MUTED = "#57606a";
export const GRID = "#d0d7de";
const STAGE_FILL = "#24323f";
const CARD_STROKE = "#8c959f";
const FAIL_STROKE = "#cf222e";
const ARROW = "#57606a";

const TONES: Record<Tone, [string, string, string]> = {
  alert: ["#ffebe9", "#cf222e", "#a40e26"],
  warn: ["#fff8c5", "#bf8700", "#7d4e00"],
  neutral: ["#eef1f4", "#8c959f", "#424a53"],
  good: ["#dafbe1", "#2da44e", "#116329"],
  info: ["#ddf4ff", "#218bff", "#0a3069"],
};

function rect(r: Rect, attrs: Record<string, string | number> = {}): SVGRectElement {
  return el("rect", { x: r.x, y: r.y, width: r.w, height: r.h, ...attrs });
}

function points(ps: Point[]): string {
  return ps.map((p) => `${p.x},${p.y}`).join(" ");
}

export function text(
  block: TextBlock,
  fill: string,
  cls?: string,
  extra: Record<string, string> = {},
): SVGTextElement | null {
  if (block.lines.length === 0) return null;
  const attrs: Record<string, string | number> = { "font-size": block.font_size, fill, ...extra };
  if (cls) attrs.class = cls;
  if (block.bold) attrs["font-weight"] = "bold";
  if (block.centered) attrs["text-anchor"] = "middle";
  const t = el("text", attrs);
  for (const l of block.lines) t.append(el("tspan", { x: l.x, y: l.y }, l.text));
  return t;
}

function group(cls: string, e: ElementRef, attrs: Record<string, string | number> = {}): SVGGElement {
  return el("g", { class: cls, "data-id": idOf(e), "data-key": keyOf(e), ...attrs });
}

function add(parent: Element, child: Element | null): void {
  if (child) parent.append(child);
}

export function drawLane(lane: LaneBand): SVGGElement {
  const g = group("lane", lane.element, { "data-kind": lane.kind });
  if (lane.collapsed) g.setAttribute("data-collapsed", "true");
  g.append(
    rect(lane.band, { class: "band", fill: lane.fill, stroke: GRID }),
    rect(lane.header, { class: "lane-header", fill: "#000000", "fill-opacity": "0.05", stroke: GRID }),
  );
  add(g, text(lane.name, INK, "lane-name"));
  add(g, text(lane.note, MUTED, "lane-note", { "font-style": "italic" }));
  g.append(drawLaneToggle(lane));
  return g;
}

export function drawStage(stage: StageColumn, bottom: number | undefined): SVGGElement {
  const g = group("stage", stage.element);
  const h = stage.header;
  g.append(rect(h, { class: "header", fill: STAGE_FILL, stroke: "#ffffff" }));
  if (bottom !== undefined) {
    g.append(el("line", { x1: h.x + h.w, y1: h.y + h.h, x2: h.x + h.w, y2: bottom, stroke: GRID }));
  }
  add(g, text(stage.name, "#ffffff", "stage-name"));
  return g;
}

export function drawLine(line: LineGeom): SVGGElement {
  const g = group("line", line.element, { "data-kind": line.kind });
  const attrs: Record<string, string | number> = {
    x1: line.x1,
    y1: line.y,
    x2: line.x2,
    y2: line.y,
    stroke: line.color,
    "stroke-width": 1.5,
  };
  if (line.dash) attrs["stroke-dasharray"] = line.dash;
  // The line is drawn over the connectors, as exported, but it is grabbed by its grab area
  // under them (drawLineGrab), so an arrow crossing it stays clickable right on the line.
  attrs["pointer-events"] = "none";
  g.append(el("line", attrs), rect(line.label_box, { fill: "#ffffff", "fill-opacity": "0.85" }));
  add(g, text(line.label, line.color, "line-name"));
  return g;
}

/**
 * The drawn line is thin: a wider, invisible stroke makes it easy to grab. It lies in a
 * layer under the connectors, so where an arrow crosses the line the arrow is clicked.
 */
export function drawLineGrab(line: LineGeom): SVGLineElement {
  return el("line", {
    class: "line-grab ui-only",
    "data-line": idOf(line.element),
    "aria-hidden": "true",
    x1: line.x1,
    y1: line.y,
    x2: line.x2,
    y2: line.y,
    stroke: "transparent",
    "stroke-width": 10,
  });
}

export function drawConnector(c: ConnectorRoute): SVGGElement {
  const g = group("connector", c.element, { "data-from": c.from, "data-to": c.to });
  const attrs: Record<string, string | number> = {
    class: "connector-path",
    points: points(c.points),
    fill: "none",
    stroke: ARROW,
    "stroke-width": 1.5,
    "stroke-linejoin": "round",
  };
  if (c.from_collapsed || c.to_collapsed) attrs["stroke-dasharray"] = "4 3";
  g.append(connectorHitArea(c.points), el("polyline", attrs));
  for (const head of c.arrowheads) g.append(el("polygon", { points: points(head.points), fill: ARROW }));
  g.append(...connectorEnds(c.points));
  return g;
}

/**
 * A connector's label, drawn in its own layer above the cards as the export does, so
 * lines do not strike through it and cards do not hide it. It carries the connector's
 * key: selection and marks paint it, and a click or double-click on it is the connector's.
 */
export function drawConnectorLabel(c: ConnectorRoute): SVGGElement {
  const g = group("connector-label", c.element);
  if (c.label) {
    g.append(rect(c.label.rect, { fill: "#ffffff", stroke: GRID, rx: 3 }));
    add(g, text(c.label.text, MUTED));
  }
  return g;
}

export function drawCard(card: CardBox): SVGGElement {
  const g = group("card", card.element);
  g.append(
    rect(card.rect, {
      class: "card-box",
      rx: 4,
      fill: "#ffffff",
      stroke: card.fail_point ? FAIL_STROKE : CARD_STROKE,
      "stroke-width": card.fail_point ? 1.5 : 1,
    }),
  );
  add(g, text(card.text, INK, "card-text"));
  add(g, text(card.owner, MUTED, "card-owner"));
  for (const badge of card.badges) {
    const [fill, edge, ink] = TONES[badge.tone] ?? TONES.neutral;
    const b = el("g", {
      class: badge.kind.type === "fail_point" ? "badge fail-point" : "badge",
      "data-badge": badge.kind.type,
    });
    b.append(
      rect(badge.rect, { rx: 8, fill, stroke: edge }),
      el("text", { "font-size": badge.font_size, "font-weight": "bold", fill: ink }),
    );
    b.lastElementChild!.append(el("tspan", { x: badge.label.x, y: badge.label.y }, badge.label.text));
    g.append(b);
  }
  g.append(...cardHandles(card.rect));
  return g;
}
