// Box selection: a press on empty paper that drags draws a rubber band in the overlay
// and selects the cards it touches (with Shift, adds them to the selection). A press
// that does not travel is a click (which clears the selection).

import type { Rect } from "../../scene/types";
import type { SceneView, Selecting, Surface } from "./host";
import { Drag, type Gesture, type GestureSession, type Press } from "./gesture";
import type { Point } from "../hit";
import { el } from "../render/svg";
import { cardKey } from "../../scene/keys";

/** The rectangle spanned by two corners. */
export function boxOf(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** Whether two rectangles touch (share at least a point). */
export function touches(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** Ids of the cards whose rectangles the box touches. */
export function cardsInBox(rects: ReadonlyMap<string, Rect>, box: Rect): string[] {
  const out: string[] = [];
  for (const [id, r] of rects) if (touches(box, r)) out.push(id);
  return out;
}

class BoxSelect extends Drag {
  private band: SVGRectElement | null = null;
  private base: string[] = [];
  private shown = "";
  private readonly before: string[];

  constructor(
    private canvas: SceneView & Selecting & Surface,
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
    this.before = [...canvas.selection];
    if (press.event.shiftKey) this.base = this.before;
  }

  /** Escape: the selection goes back to what it was. */
  override cancel(): void {
    const moved = this.moved;
    super.cancel();
    if (moved) this.canvas.setSelection(this.before);
  }

  protected begin(_p: Point, e: PointerEvent): void {
    this.band = el("rect", {
      class: "rubber-band",
      fill: "#1a73e8",
      "fill-opacity": 0.08,
      stroke: "#1a73e8",
      "stroke-dasharray": "4 3",
    });
    this.canvas.overlay.append(this.band);
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected drag(p: Point): void {
    const box = boxOf(this.origin, p);
    for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.w, height: box.h }))
      this.band?.setAttribute(k, String(v));
    const keys = [...new Set([...this.base, ...cardsInBox(this.canvas.cardRects, box).map(cardKey)])];
    // Repaint and tell the panels only when the set changed, not on every move.
    const sig = keys.join(" ");
    if (sig !== this.shown) {
      this.shown = sig;
      this.canvas.setSelection(keys);
    }
  }

  protected abort(): void {
    this.band?.remove();
    this.band = null;
  }

  protected drop(): void {
    // The selection was made while dragging.
  }
}

export function boxSelect(canvas: SceneView & Selecting & Surface): Gesture {
  return {
    press(press): GestureSession | null {
      return press.hit.kind === "cell" || press.hit.kind === "none" ? new BoxSelect(canvas, press) : null;
    },
  };
}
