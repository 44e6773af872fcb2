// A presented stage's backdrop: what lies around the stage's column, on a 2D canvas. While
// a large blueprint (one the canvas culls) is presented, everything but the framed column
// is dimmed and nothing is editable, so it need not be live SVG: at a 4K screen's zoom the
// view holds thousands of cards, and as SVG every step cost WebKitGTK seconds of style,
// layout and paint. This draws the Scene as the SVG does — lanes, stages, lines, arrows
// with their heads, cards with their text, owners and badges, arrow labels — in the
// Scene's paint, then lays the paper's colour over it at the presenter's dimming. The
// column itself is drawn as SVG over it (presenter.ts).

import type { CardBox, Point, Scene, TextBlock } from "../../scene/types";
import { DIM_OPACITY } from "./present";
import { type Bounds, connectorBounds } from "./cull";

/** The part of CanvasRenderingContext2D the backdrop uses. */
export type BackdropCtx = Pick<
  CanvasRenderingContext2D,
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "lineJoin"
  | "globalAlpha"
  | "font"
  | "textAlign"
  | "save"
  | "restore"
  | "setTransform"
  | "clearRect"
  | "fillRect"
  | "strokeRect"
  | "beginPath"
  | "closePath"
  | "rect"
  | "clip"
  | "moveTo"
  | "lineTo"
  | "fill"
  | "stroke"
  | "setLineDash"
  | "fillText"
  | "drawImage"
  | "globalCompositeOperation"
> & { roundRect?: CanvasRenderingContext2D["roundRect"] };

/** Where the Scene lies on the canvas: pixel = scene × zoom − scroll. */
export interface BackdropView {
  zoom: number;
  /** The scroll: scene point (0, 0) lies at (−x, −y) pixels. */
  x: number;
  y: number;
  /** The canvas's size in CSS pixels, and device pixels per CSS pixel. */
  width: number;
  height: number;
  ratio: number;
}

const meets = (a: Bounds, x: number, y: number, w: number, h: number) =>
  x <= a.x1 && a.x0 <= x + w && y <= a.y1 && a.y0 <= y + h;

/**
 * `ctx` with its colours, font, alignment and line width written only when they change:
 * each write parses its value again (a colour, a font), and a tile's cards mostly share them.
 */
function pen(ctx: BackdropCtx): BackdropCtx {
  const last = new Map<string, unknown>();
  const p = Object.create(ctx) as BackdropCtx;
  for (const key of ["fillStyle", "strokeStyle", "font", "textAlign", "lineWidth"] as const) {
    Object.defineProperty(p, key, {
      get: () => ctx[key],
      set: (v: unknown) => {
        if (last.get(key) === v) return;
        last.set(key, v);
        (ctx as unknown as Record<string, unknown>)[key] = v;
      },
    });
  }
  for (const key of [
    "save",
    "restore",
    "setTransform",
    "clearRect",
    "fillRect",
    "strokeRect",
    "beginPath",
    "closePath",
    "rect",
    "clip",
    "moveTo",
    "lineTo",
    "fill",
    "stroke",
    "setLineDash",
    "fillText",
    "drawImage",
    "roundRect",
  ] as const) {
    const f = ctx[key] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof f === "function") Object.defineProperty(p, key, { value: f.bind(ctx) });
  }
  for (const key of ["globalAlpha", "lineJoin", "globalCompositeOperation"] as const) {
    Object.defineProperty(p, key, {
      get: () => ctx[key],
      set: (v: unknown) => void ((ctx as unknown as Record<string, unknown>)[key] = v),
    });
  }
  return p;
}

function roundRect(ctx: BackdropCtx, x: number, y: number, w: number, h: number, r: number): void {
  if (r > 0 && ctx.roundRect) ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
  else ctx.rect(x, y, w, h);
}

function text(
  ctx: BackdropCtx,
  block: TextBlock,
  fill: string,
  family: string,
  extra: { italic?: boolean; bold?: boolean } = {},
): void {
  if (!block.lines.length) return;
  ctx.fillStyle = fill;
  const bold = block.bold || extra.bold;
  ctx.font = `${extra.italic ? "italic " : ""}${bold ? "bold " : ""}${block.font_size}px ${family}`;
  ctx.textAlign = block.centered ? "center" : "left";
  for (const l of block.lines) ctx.fillText(l.text, l.x, l.y);
}

function polyline(ctx: BackdropCtx, ps: readonly Point[]): void {
  const [first, ...rest] = ps;
  if (!first) return;
  ctx.moveTo(first.x, first.y);
  for (const q of rest) ctx.lineTo(q.x, q.y);
}

function dashes(d: string | null | undefined): number[] {
  return d
    ? d
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number)
    : [];
}

function drawCard(ctx: BackdropCtx, card: CardBox, scene: Scene, family: string): void {
  const p = card.fail_point ? scene.paint.card.fail_point : scene.paint.card.normal;
  const r = card.rect;
  ctx.beginPath();
  roundRect(ctx, r.x, r.y, r.w, r.h, p.radius);
  ctx.fillStyle = p.fill;
  ctx.fill();
  ctx.strokeStyle = p.stroke;
  ctx.lineWidth = p.width;
  ctx.stroke();
  if (card.colour_band) {
    const b = card.colour_band.rect;
    ctx.beginPath();
    roundRect(ctx, b.x, b.y, b.w, b.h, card.colour_band.radius);
    ctx.fillStyle = scene.paint.card_colour[card.colour_band.colour];
    ctx.fill();
  }
  text(ctx, card.text, p.text, family);
  text(ctx, card.owner, p.owner, family);
  text(ctx, card.notes, scene.paint.notes.text, family);
  text(ctx, card.tags, scene.paint.notes.tags, family);
  for (const badge of card.badges) {
    const bp = scene.paint.badge[badge.tone] ?? scene.paint.badge.neutral;
    const b = badge.rect;
    ctx.beginPath();
    roundRect(ctx, b.x, b.y, b.w, b.h, bp.radius);
    ctx.fillStyle = bp.fill;
    ctx.fill();
    ctx.strokeStyle = bp.stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = bp.ink;
    ctx.font = `bold ${badge.font_size}px ${family}`;
    ctx.textAlign = "left";
    ctx.fillText(badge.label.text, badge.label.x, badge.label.y);
  }
}

/**
 * Draw the part of the Scene in the pixel columns [`px0`, `px1`) of the canvas (all of it
 * by default), as the drawing shows it at `view`, with the paper's colour over it at the
 * presenter's dimming. What lies outside those columns is left as it was.
 */
export function drawBackdrop(
  target: BackdropCtx,
  scene: Scene,
  view: BackdropView,
  family = "sans-serif",
  px0 = 0,
  px1 = view.width,
): void {
  const { zoom: z, ratio } = view;
  const p = scene.paint;
  target.save();
  const ctx = pen(target);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.beginPath();
  ctx.rect(px0, 0, px1 - px0, view.height);
  ctx.clip();
  ctx.clearRect(px0, 0, px1 - px0, view.height);
  ctx.setTransform(ratio * z, 0, 0, ratio * z, -ratio * view.x, -ratio * view.y);
  // The region drawn, in scene units (a little wider: strokes reach past their boxes).
  const slack = 4 / z;
  const area: Bounds = {
    x0: (view.x + px0) / z - slack,
    y0: view.y / z - slack,
    x1: (view.x + px1) / z + slack,
    y1: (view.y + view.height) / z + slack,
  };
  // The paper, and later the dimming, only where the Scene is: around it the canvas's own
  // background shows, as the host's shows around the drawing.
  const paper = {
    x: Math.max(0, area.x0),
    y: Math.max(0, area.y0),
    w: Math.min(scene.width, area.x1) - Math.max(0, area.x0),
    h: Math.min(scene.height, area.y1) - Math.max(0, area.y0),
  };
  ctx.fillStyle = p.page;
  if (paper.w > 0 && paper.h > 0) ctx.fillRect(paper.x, paper.y, paper.w, paper.h);
  // Lanes: band, header, names.
  ctx.lineWidth = 1;
  for (const lane of scene.lanes) {
    const b = lane.band;
    if (!meets(area, b.x, b.y, b.w, b.h)) continue;
    ctx.fillStyle = lane.fill;
    ctx.fillRect(b.x, b.y, b.w, b.h);
    ctx.strokeStyle = p.lane.stroke;
    ctx.strokeRect(b.x, b.y, b.w, b.h);
    const h = lane.header;
    if (meets(area, h.x, h.y, h.w, h.h)) {
      ctx.globalAlpha = p.lane.header_opacity;
      ctx.fillStyle = p.lane.header_fill;
      ctx.fillRect(h.x, h.y, h.w, h.h);
      ctx.globalAlpha = 1;
      ctx.strokeRect(h.x, h.y, h.w, h.h);
      text(ctx, lane.name, p.lane.name, family);
      text(ctx, lane.note, p.lane.note, family, { italic: true });
    }
  }
  // Stages: header, the separator down to the last lane's bottom, name.
  const bottom = scene.lanes.length ? Math.max(...scene.lanes.map((l) => l.band.y + l.band.h)) : undefined;
  for (const st of scene.stages) {
    const h = st.header;
    if (!meets(area, h.x, h.y, h.w + 1, (bottom ?? h.y + h.h) - h.y)) continue;
    ctx.fillStyle = p.stage.fill;
    ctx.fillRect(h.x, h.y, h.w, h.h);
    ctx.strokeStyle = p.stage.stroke;
    ctx.strokeRect(h.x, h.y, h.w, h.h);
    if (bottom !== undefined) {
      ctx.strokeStyle = p.stage.separator;
      ctx.beginPath();
      ctx.moveTo(h.x + h.w, h.y + h.h);
      ctx.lineTo(h.x + h.w, bottom);
      ctx.stroke();
    }
    text(ctx, st.name, p.stage.name, family);
  }
  // Arrows, under the lines and cards; their heads.
  const routes = scene.connectors.filter((c) => {
    const b = connectorBounds(c);
    return b.x0 <= area.x1 && area.x0 <= b.x1 && b.y0 <= area.y1 && area.y0 <= b.y1;
  });
  ctx.strokeStyle = p.connector.stroke;
  ctx.lineWidth = p.connector.width;
  ctx.lineJoin = p.connector.linejoin as CanvasLineJoin;
  for (const dashed of [false, true]) {
    ctx.setLineDash(dashed ? dashes(p.connector.collapsed_dash) : []);
    ctx.beginPath();
    for (const c of routes) if (!!(c.from_collapsed || c.to_collapsed) === dashed) polyline(ctx, c.points);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.fillStyle = p.connector.arrowhead;
  ctx.beginPath();
  for (const c of routes) {
    for (const h of c.arrowheads) {
      polyline(ctx, h.points);
      ctx.closePath();
    }
  }
  ctx.fill();
  // Lines across the lanes, with their labels.
  for (const line of scene.lines) {
    ctx.strokeStyle = line.color;
    ctx.lineWidth = p.line.width;
    ctx.setLineDash(dashes(line.dash));
    ctx.beginPath();
    ctx.moveTo(line.x1, line.y);
    ctx.lineTo(line.x2, line.y);
    ctx.stroke();
    ctx.setLineDash([]);
    const b = line.label_box;
    if (!meets(area, b.x, b.y, b.w, b.h)) continue;
    ctx.globalAlpha = p.line.label_opacity;
    ctx.fillStyle = p.line.label_fill;
    ctx.fillRect(b.x, b.y, b.w, b.h);
    ctx.globalAlpha = 1;
    text(ctx, line.label, line.color, family);
  }
  // Cards, then the arrows' labels over them (as the export layers them).
  for (const card of scene.cards) {
    const r = card.rect;
    if (meets(area, r.x, r.y, r.w, r.h)) drawCard(ctx, card, scene, family);
  }
  const lp = p.connector_label;
  for (const c of routes) {
    if (!c.label) continue;
    const r = c.label.rect;
    ctx.beginPath();
    roundRect(ctx, r.x, r.y, r.w, r.h, lp.radius);
    ctx.fillStyle = lp.fill;
    ctx.fill();
    ctx.strokeStyle = lp.stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
    text(ctx, c.label.text, lp.text, family);
  }
  text(ctx, scene.title.title, p.title.title, family);
  text(ctx, scene.title.subtitle, p.title.subtitle, family);
  // The dimming, as the present layer lays it over the stages not presented.
  ctx.globalAlpha = DIM_OPACITY;
  ctx.fillStyle = p.page;
  if (paper.w > 0 && paper.h > 0) ctx.fillRect(paper.x, paper.y, paper.w, paper.h);
  target.restore();
}

/** What the tiles' edges and pixels depend on, besides the Scene: views alike in it share tiles. */
const layoutKey = (view: BackdropView) => `${view.zoom} ${view.y} ${view.height} ${view.ratio}`;

/** The context a tile draws with, or null where there is none (jsdom). */
export type BackdropContextOf = (canvas: HTMLCanvasElement) => BackdropCtx | null;

/** What the backdrop shows now: the Scene at a view, and the pixel column it is about. */
interface Shown {
  scene: Scene;
  view: BackdropView;
  /** The framed stage's middle (pixels of the view): the tiles nearest it are drawn first. */
  focus: number;
}

/** Time a step may spend drawing tiles before it shows what it has (ms); a frame's share after. */
const STEP_BUDGET_MS = 25;
const FRAME_BUDGET_MS = 12;
/**
 * Frames drawing ahead lets pass first: the frame that paints the view just shown
 * (entering's overview, a new full-screen picture that WebKitGTK paints in 65-95 ms at 4K
 * without a GPU), which a frame's drawing before it delayed, and the frame after it, which
 * the benchmark waits for to tell that the view was painted.
 */
export const AHEAD_AFTER_FRAMES = 2;

/**
 * The backdrop as tiles: one 2D canvas per stage column (and the margins before the first
 * stage and after the last), each drawn once at the presenting zoom and kept, side by
 * side in a strip that a step only moves (a CSS transform: no pixel is copied by us). A
 * step to the next stage draws the one column that comes into view. Tiles not drawn yet
 * are drawn nearest the framed stage first, within a budget per step, and the rest at the
 * following frames; while the overview shows, the first stage's tiles are drawn ahead,
 * a frame's budget at a time, once the overview has been painted.
 */
export class BackdropTiles {
  /** The element to place over the view (its size is the view's). */
  readonly element: HTMLDivElement;
  private readonly strip: HTMLDivElement;
  private key = "";
  private sceneOf: Scene | null = null;
  private edges: number[] = [];
  private tiles = new Map<number, HTMLCanvasElement>();
  private shown: Shown | null = null;
  private ahead: Shown | null = null;
  /** The view the next step will most likely show, drawn once the shown one is whole. */
  private next: Shown | null = null;
  private frame = 0;
  /** Frames to let pass before drawing (ahead). */
  private wait = 0;

  constructor(
    doc: Document,
    private readonly contextOf: BackdropContextOf,
    private readonly family: () => string,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.element = doc.createElement("div");
    this.element.className = "present-backdrop";
    this.element.setAttribute("aria-hidden", "true");
    this.element.hidden = true;
    this.strip = doc.createElement("div");
    this.strip.className = "present-backdrop-strip";
    this.element.append(this.strip);
  }

  /**
   * Show `view` of `scene`, the framed stage's middle at pixel `focus` of the view; then,
   * once it is drawn whole and painted, draw ahead the tiles `next` (the next step's view,
   * at the same zoom) adds.
   */
  show(scene: Scene, view: BackdropView, focus: number, next?: { view: BackdropView; focus: number }): void {
    this.shown = { scene, view, focus };
    this.ahead = null;
    // Only tiles of this layout (a view at another zoom or height has tiles of its own).
    this.next = next && layoutKey(next.view) === layoutKey(view) ? { scene, ...next } : null;
    this.layout(scene, view);
    this.strip.style.transform = `translate(${-view.x}px, 0)`;
    this.element.hidden = false;
    const unfinished = this.fill(this.shown, STEP_BUDGET_MS);
    this.wait = unfinished ? 0 : AHEAD_AFTER_FRAMES;
    this.schedule();
  }

  /** Draw ahead the tiles of a view about to be shown (after entering: the first stage's). */
  prepare(scene: Scene, view: BackdropView, focus: number): void {
    this.shown = this.next = null;
    this.ahead = { scene, view, focus };
    this.element.hidden = true;
    this.wait = AHEAD_AFTER_FRAMES;
    this.schedule();
  }

  /** Forget every tile (presenting ended). */
  clear(): void {
    if (this.frame && typeof cancelAnimationFrame === "function") cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.drop();
    this.shown = this.ahead = this.next = null;
    this.key = "";
  }

  private drop(): void {
    this.strip.replaceChildren();
    this.tiles.clear();
  }

  /** How many tiles are drawn (for tests). */
  get drawn(): number {
    return this.tiles.size;
  }

  private schedule(): void {
    if (this.frame || typeof requestAnimationFrame !== "function") return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.wait > 0) {
        this.wait--;
        return this.schedule();
      }
      const view = this.shown ?? this.ahead;
      if (view && !this.whole(view)) {
        if (this.fill(view, FRAME_BUDGET_MS)) return this.schedule();
        // Whole now: painted before the next view's tiles are drawn.
        if (this.next) {
          this.wait = AHEAD_AFTER_FRAMES;
          this.schedule();
        }
        return;
      }
      if (this.next && this.fill(this.next, FRAME_BUDGET_MS)) this.schedule();
    });
  }

  /** The tiles' pixel edges at this view (kept while the Scene, zoom, vertical view and ratio are). */
  private layout(scene: Scene, view: BackdropView): void {
    const key = layoutKey(view);
    if (key === this.key && this.sceneOf === scene) return;
    this.drop();
    this.key = key;
    this.sceneOf = scene;
    const z = view.zoom;
    const right = Math.ceil(scene.width * z);
    const edges = new Set<number>([0, right]);
    for (const s of scene.stages) edges.add(Math.min(right, Math.max(0, Math.floor(s.x * z))));
    this.edges = [...edges].sort((a, b) => a - b);
  }

  /**
   * Indices of the tiles `view` shows, nearest `focus` (the framed column's middle) first,
   * and the column's own last: the column's svg covers it.
   */
  private visible(view: BackdropView, focus: number): number[] {
    const out: number[] = [];
    const e = this.edges;
    for (let i = 0; i + 1 < e.length; i++) {
      if (e[i + 1]! > view.x && e[i]! < view.x + view.width) out.push(i);
    }
    const at = focus + view.x;
    const rank = (i: number) => (e[i]! <= at && at < e[i + 1]! ? Infinity : Math.abs((e[i]! + e[i + 1]!) / 2 - at));
    return out.sort((a, b) => rank(a) - rank(b));
  }

  /** Whether every tile `target` shows is drawn. */
  private whole(target: Shown): boolean {
    this.layout(target.scene, target.view);
    return this.visible(target.view, target.focus).every((i) => this.tiles.has(i));
  }

  /** Draw missing tiles of `target` for up to `budget` ms; true when some are left. */
  private fill(target: Shown, budget: number): boolean {
    this.layout(target.scene, target.view);
    const t0 = this.now();
    const wanted = this.visible(target.view, target.focus);
    let left = false;
    for (const i of wanted) {
      if (this.tiles.has(i)) continue;
      if (this.now() - t0 > budget) {
        left = true;
        break;
      }
      this.draw(target.scene, target.view, i);
    }
    // Keep about two screens' worth of tiles, dropping the farthest from this view.
    const most = 2 * wanted.length + 4;
    if (this.tiles.size > most) {
      const keep = new Set(wanted);
      const centre = wanted[0] ?? 0;
      const far = [...this.tiles.keys()].filter((i) => !keep.has(i));
      far.sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
      for (const i of far.slice(0, this.tiles.size - most)) {
        this.tiles.get(i)?.remove();
        this.tiles.delete(i);
      }
    }
    return left;
  }

  private draw(scene: Scene, view: BackdropView, i: number): void {
    const x0 = this.edges[i]!;
    const x1 = this.edges[i + 1]!;
    const tile = this.element.ownerDocument.createElement("canvas");
    tile.width = Math.max(1, Math.round((x1 - x0) * view.ratio));
    tile.height = Math.max(1, Math.round(view.height * view.ratio));
    tile.style.left = `${x0}px`;
    tile.style.width = `${x1 - x0}px`;
    tile.style.height = `${view.height}px`;
    const ctx = this.contextOf(tile);
    if (ctx) drawBackdrop(ctx, scene, { ...view, x: x0, width: x1 - x0 }, this.family());
    this.tiles.set(i, tile);
    this.strip.append(tile);
  }
}
