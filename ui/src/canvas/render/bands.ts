// The rows under the grid that draw the blueprint's measures, as the SVG export draws
// them (src/export/svg/bands.rs): the customer's emotion curve and the time strip, from
// the Scene's bands and in its paint. Each text sits in a group with the box it is drawn
// on, as in the export.

import type { BandRow, EmotionBand, Paint, Rect, Scene, TimeStrip } from "../../scene/types";
import { clear, el } from "./svg";
import { text } from "./draw";

function rect(r: Rect, attrs: Record<string, string | number> = {}): SVGRectElement {
  return el("rect", { x: r.x, y: r.y, width: r.w, height: r.h, ...attrs });
}

function add(parent: Element, child: Element | null): void {
  if (child) parent.append(child);
}

/** The row's band and header (as a lane's), with its name. */
function rowGroup(row: BandRow, paint: Paint): SVGGElement {
  const g = el("g", { class: "band-row" });
  g.append(
    rect(row.band, { fill: paint.band.fill, stroke: paint.band.stroke }),
    rect(row.header, {
      fill: paint.lane.header_fill,
      "fill-opacity": paint.lane.header_opacity,
      stroke: paint.band.stroke,
    }),
  );
  add(g, text(row.name, paint.band.name, "band-name"));
  return g;
}

/** The curve's row with its name and scale: drawn in the curve, and pinned at the left while scrolling. */
export function emotionHeader(band: EmotionBand, paint: Paint): SVGGElement {
  const header = rowGroup(band.row, paint);
  add(header, text(band.scale, paint.band.text, "band-scale"));
  return header;
}

/** The strip's row with its name and the journey's figures, likewise. */
export function stripHeader(strip: TimeStrip, paint: Paint): SVGGElement {
  const p = paint.strip;
  const header = rowGroup(strip.row, paint);
  add(header, text(strip.total, p.figure, "strip-total"));
  add(header, text(strip.total_over, p.over, "strip-over"));
  add(header, text(strip.total_note, paint.band.text, "strip-note"));
  return header;
}

export function drawEmotionCurve(band: EmotionBand, paint: Paint): SVGGElement {
  const p = paint.curve;
  const g = el("g", { class: "emotion-curve" });
  const header = emotionHeader(band, paint);
  g.append(
    header,
    el("line", {
      x1: band.x1,
      y1: band.zero_y,
      x2: band.x2,
      y2: band.zero_y,
      stroke: p.zero,
      "stroke-dasharray": p.zero_dash,
    }),
    el("polyline", {
      class: "curve-line",
      points: band.line.map((q) => `${q.x},${q.y}`).join(" "),
      fill: "none",
      stroke: p.line,
      "stroke-width": p.width,
      "stroke-linejoin": "round",
    }),
  );
  const marks = el("g", { class: "emotion-points" });
  for (const m of band.points) {
    marks.append(
      el("circle", {
        cx: m.at.x,
        cy: m.at.y,
        r: p.radius,
        fill: m.emotion < 0 ? p.low : p.point,
        "data-card": m.card,
      }),
    );
  }
  g.append(marks);
  for (const dip of band.dips) {
    const d = el("g", { class: "dip", "data-dip": dip.card });
    d.append(rect(dip.rect, { fill: p.label_fill, "fill-opacity": p.label_opacity }));
    add(d, text(dip.text, p.dip));
    g.append(d);
  }
  return g;
}

export function drawTimeStrip(strip: TimeStrip, paint: Paint): SVGGElement {
  const p = paint.strip;
  const g = el("g", { class: "time-strip" });
  g.append(stripHeader(strip, paint));
  for (const bar of strip.stages) {
    const s = el("g", { class: "stage-bar", "data-stage": bar.stage });
    s.append(
      rect(bar.cell, { fill: "none", stroke: paint.band.stroke }),
      rect(bar.track, { fill: p.track }),
      rect(bar.bar, { class: "bar", fill: bar.over ? p.over : p.bar }),
    );
    if (bar.wait) s.append(rect(bar.wait, { class: "wait", fill: p.wait }));
    if (bar.limit_x != null) {
      const t = bar.track;
      s.append(
        el("line", {
          class: "limit",
          x1: bar.limit_x,
          y1: t.y - 3,
          x2: bar.limit_x,
          y2: t.y + t.h + 3,
          stroke: p.limit,
          "stroke-width": p.limit_width,
        }),
      );
    }
    add(s, text(bar.figure, p.figure, "strip-figure"));
    add(s, text(bar.over_text, p.over, "strip-over"));
    add(s, text(bar.note, paint.band.text, "strip-note"));
    g.append(s);
  }
  return g;
}

/** The bands under the grid, those the Scene has, curve first as exported. */
export function drawBandsLayer(layer: SVGGElement, scene: Scene): void {
  clear(layer);
  if (scene.emotion_curve) layer.append(drawEmotionCurve(scene.emotion_curve, scene.paint));
  if (scene.time_strip) layer.append(drawTimeStrip(scene.time_strip, scene.paint));
}
