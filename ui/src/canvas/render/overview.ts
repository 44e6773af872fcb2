// The presentation's overview of a large blueprint, on a 2D canvas. A Scene the canvas
// culls (render/cull.ts) is never drawn whole as SVG: showing all of it would put every
// card's nodes in the DOM (about a second at 5,000 cards in WebKitGTK). At the scale that
// fits it on a screen a card is a few pixels and its text far below one, so the overview
// draws what can be seen there — lane bands and headers, stage headers, lines, arrows and
// card boxes, in the Scene's paint, one path per colour — and the names of lanes and
// stages (and cards' text) only where they come out large enough to read.

import type { Rect, Scene, TextBlock } from "../../scene/types";

/** The part of CanvasRenderingContext2D the overview uses (tests pass a recorder). */
export type OverviewCtx = Pick<
  CanvasRenderingContext2D,
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "globalAlpha"
  | "font"
  | "textAlign"
  | "save"
  | "restore"
  | "setTransform"
  | "clearRect"
  | "fillRect"
  | "beginPath"
  | "rect"
  | "moveTo"
  | "lineTo"
  | "fill"
  | "stroke"
  | "setLineDash"
  | "fillText"
>;

/** Text is drawn only when it comes out at least this many pixels high. */
export const MIN_TEXT_PX = 6;

/** Where the Scene lies on the overview: pixel = offset + scene × scale. */
export interface OverviewPlace {
  scale: number;
  x: number;
  y: number;
}

/** The Scene fitted and centred in `width` × `height` pixels, with `pad` pixels around. */
export function placeOverview(
  scene: Pick<Scene, "width" | "height">,
  width: number,
  height: number,
  pad = 16,
): OverviewPlace {
  const w = Math.max(1, width - 2 * pad);
  const h = Math.max(1, height - 2 * pad);
  const scale = Math.min(w / Math.max(scene.width, 1), h / Math.max(scene.height, 1));
  return { scale, x: (width - scene.width * scale) / 2, y: (height - scene.height * scale) / 2 };
}

/**
 * The box the Scene covers at `place` (a pixel more each side for the outlines drawn on
 * its edges), within `width` × `height`, on whole device pixels (`ratio` each CSS
 * pixel) so the picture is not resampled: what the overview's picture needs.
 */
export function paperBox(
  scene: Pick<Scene, "width" | "height">,
  place: OverviewPlace,
  width: number,
  height: number,
  ratio = 1,
): { x: number; y: number; w: number; h: number } {
  const snap = (v: number, round: (n: number) => number) => round(v * ratio) / ratio;
  const x = Math.max(0, snap(place.x - 1, Math.floor));
  const y = Math.max(0, snap(place.y - 1, Math.floor));
  const right = Math.min(width, snap(place.x + scene.width * place.scale + 1, Math.ceil));
  const bottom = Math.min(height, snap(place.y + scene.height * place.scale + 1, Math.ceil));
  return { x, y, w: Math.max(1 / ratio, right - x), h: Math.max(1 / ratio, bottom - y) };
}

function drawText(ctx: OverviewCtx, block: TextBlock, fill: string, scale: number, family: string): void {
  if (!block.lines.length || block.font_size * scale < MIN_TEXT_PX) return;
  ctx.fillStyle = fill;
  ctx.font = `${block.bold ? "bold " : ""}${block.font_size}px ${family}`;
  ctx.textAlign = block.centered ? "center" : "left";
  for (const l of block.lines) ctx.fillText(l.text, l.x, l.y);
}

/** Items (cards, arrows) drawn between two pauses of `overviewSlices`. */
export const OVERVIEW_SLICE_ITEMS = 1500;

/**
 * Draw the Scene at `place` on a context whose pixels are `ratio` device pixels each.
 * Clears `width` × `height` (CSS pixels) first; what lies under the canvas shows around
 * the paper.
 */
export function drawOverview(
  ctx: OverviewCtx,
  scene: Scene,
  place: OverviewPlace,
  size: { width: number; height: number; ratio: number },
  family = "sans-serif",
): void {
  for (const _ of overviewSlices(ctx, scene, place, size, family));
}

/** The items of `list` in runs of at most `OVERVIEW_SLICE_ITEMS`. */
function* runs<T>(list: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < list.length; i += OVERVIEW_SLICE_ITEMS) yield list.slice(i, i + OVERVIEW_SLICE_ITEMS);
}

/**
 * `drawOverview` a slice at a time: it pauses (yields) after the background and after
 * each run of cards or arrows, so a picture drawn ahead, while the editor is idle, never
 * holds the page for long. The context keeps its state between slices: nothing else may
 * draw on it meanwhile.
 */
export function* overviewSlices(
  ctx: OverviewCtx,
  scene: Scene,
  place: OverviewPlace,
  size: { width: number; height: number; ratio: number },
  family = "sans-serif",
): Generator<void, void, undefined> {
  const { scale: s } = place;
  const p = scene.paint;
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.setTransform(size.ratio * s, 0, 0, size.ratio * s, size.ratio * place.x, size.ratio * place.y);
  const hair = 1 / s;
  ctx.fillStyle = p.page;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const lane of scene.lanes) {
    const b = lane.band;
    ctx.fillStyle = lane.fill;
    ctx.fillRect(b.x, b.y, b.w, b.h);
    ctx.globalAlpha = p.lane.header_opacity;
    ctx.fillStyle = p.lane.header_fill;
    ctx.fillRect(lane.header.x, lane.header.y, lane.header.w, lane.header.h);
    ctx.globalAlpha = 1;
  }
  ctx.lineWidth = hair;
  ctx.strokeStyle = p.lane.stroke;
  ctx.beginPath();
  for (const lane of scene.lanes) ctx.rect(lane.band.x, lane.band.y, lane.band.w, lane.band.h);
  ctx.stroke();
  const bottom = scene.lanes.reduce((m, l) => Math.max(m, l.band.y + l.band.h), 0);
  ctx.fillStyle = p.stage.fill;
  for (const st of scene.stages) ctx.fillRect(st.header.x, st.header.y, st.header.w, st.header.h);
  ctx.strokeStyle = p.stage.separator;
  ctx.beginPath();
  for (const st of scene.stages) {
    const h = st.header;
    ctx.rect(h.x, h.y, h.w, h.h);
    ctx.moveTo(h.x + h.w, h.y + h.h);
    ctx.lineTo(h.x + h.w, Math.max(bottom, h.y + h.h));
  }
  ctx.stroke();
  yield;
  // Arrows: one path a run, at least a pixel wide.
  for (const run of runs(scene.connectors)) {
    ctx.strokeStyle = p.connector.stroke;
    ctx.lineWidth = Math.max(p.connector.width, hair);
    ctx.beginPath();
    for (const c of run) {
      const [first, ...rest] = c.points;
      if (!first) continue;
      ctx.moveTo(first.x, first.y);
      for (const q of rest) ctx.lineTo(q.x, q.y);
    }
    ctx.stroke();
    yield;
  }
  // Cards: one fill and one outline per paint a run, each at least a pixel; then their
  // colour bands, one fill per colour, at least a pixel tall, so a designer's colours
  // still show when the whole blueprint is in view.
  for (const run of runs(scene.cards)) {
    for (const [paint, fail] of [
      [p.card.normal, false],
      [p.card.fail_point, true],
    ] as const) {
      ctx.beginPath();
      let any = false;
      for (const c of run) {
        if (c.fail_point !== fail) continue;
        const r = c.rect;
        ctx.rect(r.x, r.y, Math.max(r.w, hair), Math.max(r.h, hair));
        any = true;
      }
      if (!any) continue;
      ctx.fillStyle = paint.fill;
      ctx.fill();
      ctx.strokeStyle = paint.stroke;
      ctx.lineWidth = Math.max(paint.width, hair);
      ctx.stroke();
    }
    const bands = new Map<string, Rect[]>();
    for (const c of run) {
      if (!c.colour_band) continue;
      const fill = p.card_colour[c.colour_band.colour];
      const list = bands.get(fill);
      if (list) list.push(c.colour_band.rect);
      else bands.set(fill, [c.colour_band.rect]);
    }
    for (const [fill, rects] of bands) {
      ctx.beginPath();
      for (const r of rects) ctx.rect(r.x, r.y, Math.max(r.w, hair), Math.max(r.h, hair));
      ctx.fillStyle = fill;
      ctx.fill();
    }
    yield;
  }
  for (const line of scene.lines) {
    ctx.strokeStyle = line.color;
    ctx.lineWidth = Math.max(p.line.width, hair);
    ctx.setLineDash(line.dash ? line.dash.split(/[\s,]+/).map(Number) : []);
    ctx.beginPath();
    ctx.moveTo(line.x1, line.y);
    ctx.lineTo(line.x2, line.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  // Names, where they can be read.
  drawText(ctx, scene.title.title, p.title.title, s, family);
  for (const lane of scene.lanes) drawText(ctx, lane.name, p.lane.name, s, family);
  for (const st of scene.stages) drawText(ctx, st.name, p.stage.name, s, family);
  for (const line of scene.lines) drawText(ctx, line.label, line.color, s, family);
  for (const run of runs(scene.cards)) {
    for (const c of run) drawText(ctx, c.text, (c.fail_point ? p.card.fail_point : p.card.normal).text, s, family);
    yield;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
