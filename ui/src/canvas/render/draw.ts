// Drawing the core's Scene as SVG DOM: the same primitives, and the colours and strokes
// the Scene's paint gives (src/layout/paint.rs), as the SVG export (src/export/svg.rs)
// draws them, so what the canvas shows is what is exported. No colour is decided here.
// User text only ever goes into text nodes. Elements with the class `ui-only` are editing
// affordances (a lane's collapse toggle, a line's grab area) the export does not draw:
// comparisons with the export leave them out.

import type {
  Badge,
  CardBox,
  ColourBand,
  ConnectorRoute,
  ElementRef,
  LaneBand,
  Legend,
  LineGeom,
  Paint,
  Point,
  Rect,
  StageColumn,
  TextBlock,
} from "../../scene/types";
import { el } from "./svg";
import { idOf, keyOf } from "../../scene/keys";
import { drawLaneToggle } from "./lane-toggle";
import { cardHandles, connectorEnds, connectorHitArea } from "./connector-handles";
import { drawHeatSwatch, drawRing } from "./heat";

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

export function drawLane(lane: LaneBand, paint: Paint): SVGGElement {
  const p = paint.lane;
  const g = group("lane", lane.element, { "data-kind": lane.kind });
  if (lane.collapsed) g.setAttribute("data-collapsed", "true");
  g.append(
    rect(lane.band, { class: "band", fill: lane.fill, stroke: p.stroke }),
    rect(lane.header, {
      class: "lane-header",
      fill: p.header_fill,
      "fill-opacity": p.header_opacity,
      stroke: p.stroke,
    }),
  );
  add(g, text(lane.name, p.name, "lane-name"));
  add(g, text(lane.note, p.note, "lane-note", { "font-style": "italic" }));
  g.append(drawLaneToggle(lane));
  return g;
}

export function drawStage(stage: StageColumn, bottom: number | undefined, paint: Paint): SVGGElement {
  const p = paint.stage;
  const g = group("stage", stage.element);
  const h = stage.header;
  g.append(rect(h, { class: "header", fill: p.fill, stroke: p.stroke }));
  if (bottom !== undefined) {
    g.append(el("line", { x1: h.x + h.w, y1: h.y + h.h, x2: h.x + h.w, y2: bottom, stroke: p.separator }));
  }
  add(g, text(stage.name, p.name, "stage-name"));
  return g;
}

export function drawLine(line: LineGeom, paint: Paint): SVGGElement {
  const g = group("line", line.element, { "data-kind": line.kind });
  const attrs: Record<string, string | number> = {
    x1: line.x1,
    y1: line.y,
    x2: line.x2,
    y2: line.y,
    stroke: line.color,
    "stroke-width": paint.line.width,
  };
  if (line.dash) attrs["stroke-dasharray"] = line.dash;
  // The line is drawn over the connectors, as exported, but it is grabbed by its grab area
  // under them (drawLineGrab), so an arrow crossing it stays clickable right on the line.
  attrs["pointer-events"] = "none";
  g.append(
    el("line", attrs),
    rect(line.label_box, { fill: paint.line.label_fill, "fill-opacity": paint.line.label_opacity }),
  );
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

export function drawConnector(c: ConnectorRoute, paint: Paint): SVGGElement {
  const p = paint.connector;
  const g = group("connector", c.element, { "data-from": c.from, "data-to": c.to });
  const attrs: Record<string, string | number> = {
    class: "connector-path",
    points: points(c.points),
    fill: "none",
    stroke: p.stroke,
    "stroke-width": p.width,
    "stroke-linejoin": p.linejoin,
  };
  if (c.from_collapsed || c.to_collapsed) attrs["stroke-dasharray"] = p.collapsed_dash;
  g.append(connectorHitArea(c.points), el("polyline", attrs));
  for (const head of c.arrowheads) g.append(el("polygon", { points: points(head.points), fill: p.arrowhead }));
  g.append(...connectorEnds(c.points));
  return g;
}

/**
 * A connector's label, drawn in its own layer above the cards as the export does, so
 * lines do not strike through it and cards do not hide it. It carries the connector's
 * key: selection and marks paint it, and a click or double-click on it is the connector's.
 */
export function drawConnectorLabel(c: ConnectorRoute, paint: Paint): SVGGElement {
  const p = paint.connector_label;
  const g = group("connector-label", c.element);
  if (c.label) {
    g.append(rect(c.label.rect, { fill: p.fill, stroke: p.stroke, rx: p.radius }));
    add(g, text(c.label.text, p.text));
  }
  return g;
}

export function drawCard(card: CardBox, paint: Paint): SVGGElement {
  const p = card.fail_point ? paint.card.fail_point : paint.card.normal;
  const g = group("card", card.element);
  g.append(
    rect(card.rect, { class: "card-box", rx: p.radius, fill: p.fill, stroke: p.stroke, "stroke-width": p.width }),
  );
  if (card.colour_band) g.append(drawColourBand(card.colour_band, paint));
  add(g, text(card.text, p.text, "card-text"));
  add(g, text(card.owner, p.owner, "card-owner"));
  add(g, text(card.notes, paint.notes.text, "card-notes"));
  add(g, text(card.tags, paint.notes.tags, "card-tags"));
  for (const badge of card.badges) {
    g.append(drawBadge(badge, paint));
  }
  g.append(...cardHandles(card.rect));
  return g;
}

/** A card's colour mark: a band across its top, in the colour's paint. */
function drawColourBand(band: ColourBand, paint: Paint): SVGRectElement {
  return rect(band.rect, { class: "card-colour", rx: band.radius, fill: paint.card_colour[band.colour] });
}

/** A badge: its pill and bold label in its tone's paint. */
function drawBadge(badge: Badge, paint: Paint): SVGGElement {
  const { fill, stroke, ink, radius } = paint.badge[badge.tone] ?? paint.badge.neutral;
  const b = el("g", {
    class: badge.kind.type === "fail_point" ? "badge fail-point" : "badge",
    "data-badge": badge.kind.type,
  });
  b.append(
    rect(badge.rect, { rx: radius, fill, stroke }),
    el("text", { "font-size": badge.font_size, "font-weight": "bold", fill: ink }),
  );
  b.lastElementChild!.append(el("tspan", { x: badge.label.x, y: badge.label.y }, badge.label.text));
  return b;
}

/**
 * The legend under the grid, as the SVG export draws it: its frame and title, and each
 * item's swatches (badges, a card's outline, a line's stroke, the heat map's shades and
 * ring) with its words.
 */
export function drawLegend(legend: Legend, paint: Paint): SVGGElement {
  const g = el("g", { class: "legend" });
  g.append(rect(legend.frame, { fill: paint.page, stroke: paint.lane.stroke }));
  add(g, text(legend.title, paint.title.title, "legend-title"));
  for (const item of legend.items) {
    const ig = el("g", { class: "legend-item" });
    for (const s of item.swatches) {
      if (s.type === "badge") ig.append(drawBadge(s.badge, paint));
      else if (s.type === "outline") {
        const p = s.fail_point ? paint.card.fail_point : paint.card.normal;
        ig.append(rect(s.rect, { rx: p.radius, fill: p.fill, stroke: p.stroke, "stroke-width": p.width }));
      } else if (s.type === "heat") {
        add(ig, drawHeatSwatch(s.rect, s.by, s.level, paint.heat));
      } else if (s.type === "ring") {
        ig.append(drawRing(s.rect, paint.heat));
      } else if (s.type === "bar") {
        const p = paint.strip;
        const t = s.track;
        ig.append(
          rect(t, { fill: p.track }),
          rect(s.bar, { fill: p.bar }),
          rect(s.wait, { fill: p.wait }),
          el("line", {
            x1: s.limit_x,
            y1: t.y - 3,
            x2: s.limit_x,
            y2: t.y + t.h + 3,
            stroke: p.limit,
            "stroke-width": p.limit_width,
          }),
        );
      } else {
        const attrs: Record<string, string | number> = {
          x1: s.x1,
          y1: s.y,
          x2: s.x2,
          y2: s.y,
          stroke: s.color,
          "stroke-width": paint.line.width,
        };
        if (s.dash) attrs["stroke-dasharray"] = s.dash;
        ig.append(el("line", attrs));
      }
    }
    add(ig, text(item.text, paint.title.subtitle));
    g.append(ig);
  }
  return g;
}
