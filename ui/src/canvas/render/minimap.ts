// The overview of a large blueprint: lanes as bands, cards as small rectangles, and the
// rectangle the canvas shows. Drawn on a 2D canvas in one path per colour, so it stays
// cheap at thousands of cards. Clicking or dragging in it scrolls the main view.

import type { Point, Rect, Scene } from "../../scene/types";

/** Where the scene sits in the minimap: minimap = offset + scene × scale. */
export interface MiniLayout {
  scale: number;
  /** The drawn scene's size in minimap pixels. */
  w: number;
  h: number;
}

/** Fit a scene of `size` into a box of at most `maxW` × `maxH` pixels. */
export function layoutMinimap(size: { width: number; height: number }, maxW: number, maxH: number): MiniLayout {
  const sw = Math.max(size.width, 1);
  const sh = Math.max(size.height, 1);
  const scale = Math.min(maxW / sw, maxH / sh);
  return { scale, w: Math.max(1, Math.round(sw * scale)), h: Math.max(1, Math.round(sh * scale)) };
}

export function toMini(l: MiniLayout, p: Point): Point {
  return { x: p.x * l.scale, y: p.y * l.scale };
}

export function fromMini(l: MiniLayout, m: Point): Point {
  return { x: m.x / l.scale, y: m.y / l.scale };
}

/** The visible rectangle in minimap pixels, cut to the drawn scene. */
export function viewportBox(l: MiniLayout, visible: Rect): Rect {
  const x0 = Math.max(0, visible.x * l.scale);
  const y0 = Math.max(0, visible.y * l.scale);
  const x1 = Math.min(l.w, (visible.x + visible.w) * l.scale);
  const y1 = Math.min(l.h, (visible.y + visible.h) * l.scale);
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/** The part of CanvasRenderingContext2D the minimap uses (tests pass a recorder). */
export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  "fillStyle" | "strokeStyle" | "lineWidth" | "clearRect" | "fillRect" | "strokeRect" | "beginPath" | "rect" | "fill"
>;

const CARD = "#5b6b7c";
const FAIL = "#cf222e";
const STAGE_RULE = "#c3cad3";
const VIEW_FILL = "rgba(26, 115, 232, 0.12)";
const VIEW_EDGE = "#1a73e8";

/** Draw the scene's overview: lane bands, stage rules, cards (at least one pixel each). */
export function drawOverview(ctx: Ctx2D, scene: Scene, l: MiniLayout): void {
  const s = l.scale;
  ctx.clearRect(0, 0, l.w, l.h);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, l.w, l.h);
  for (const lane of scene.lanes) {
    ctx.fillStyle = lane.fill;
    ctx.fillRect(lane.band.x * s, lane.band.y * s, lane.band.w * s, lane.band.h * s);
  }
  ctx.fillStyle = STAGE_RULE;
  for (const stage of scene.stages) ctx.fillRect(stage.x * s, 0, 1, l.h);
  // One path per colour: a single fill for all ordinary cards, however many.
  for (const [colour, fail] of [
    [CARD, false],
    [FAIL, true],
  ] as const) {
    ctx.beginPath();
    let any = false;
    for (const c of scene.cards) {
      if (c.fail_point !== fail) continue;
      const r = c.rect;
      ctx.rect(r.x * s, r.y * s, Math.max(1, r.w * s), Math.max(1, r.h * s));
      any = true;
    }
    if (any) {
      ctx.fillStyle = colour;
      ctx.fill();
    }
  }
}

/** Draw the visible rectangle (on its own layer, so scrolling does not redraw the cards). */
export function drawViewport(ctx: Ctx2D, l: MiniLayout, visible: Rect): void {
  ctx.clearRect(0, 0, l.w, l.h);
  const b = viewportBox(l, visible);
  ctx.fillStyle = VIEW_FILL;
  ctx.fillRect(b.x, b.y, b.w, b.h);
  ctx.strokeStyle = VIEW_EDGE;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(b.x + 0.75, b.y + 0.75, Math.max(0, b.w - 1.5), Math.max(0, b.h - 1.5));
}

/** What the minimap moves: the canvas. */
export interface Scrollable {
  visibleRect(): Rect;
  centerOn(p: Point): void;
}

/**
 * Click or drag in the minimap. A press inside the visible rectangle grabs it where it
 * was pressed; a press elsewhere centres the view there first, then drags.
 */
export class MinimapDrag {
  private grab: Point | null = null;

  constructor(
    private view: Scrollable,
    private layout: () => MiniLayout,
  ) {}

  get active(): boolean {
    return this.grab !== null;
  }

  down(m: Point): void {
    const p = fromMini(this.layout(), m);
    const v = this.view.visibleRect();
    const centre = { x: v.x + v.w / 2, y: v.y + v.h / 2 };
    const inside = p.x >= v.x && p.x <= v.x + v.w && p.y >= v.y && p.y <= v.y + v.h;
    this.grab = inside ? { x: p.x - centre.x, y: p.y - centre.y } : { x: 0, y: 0 };
    if (!inside) this.view.centerOn(p);
  }

  move(m: Point): void {
    if (!this.grab) return;
    const p = fromMini(this.layout(), m);
    this.view.centerOn({ x: p.x - this.grab.x, y: p.y - this.grab.y });
  }

  up(): void {
    this.grab = null;
  }
}
