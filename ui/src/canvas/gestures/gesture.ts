// Pointer gestures on the canvas. A press is offered to each gesture in turn (index.ts
// lists them); the first that takes it owns the pointer until release or cancel. Each
// kind of drag (cards, lanes, stages, lines, connectors, box selection) lives in its own
// file.

import type { Hit, Point } from "../hit";

/** Pointer travel (screen pixels) before a press becomes a drag. */
export const DRAG_THRESHOLD = 4;

export interface Press {
  hit: Hit;
  /** Scene coordinates. */
  at: Point;
  event: PointerEvent;
}

export interface GestureSession {
  /** `p`: scene coordinates; `moved`: the press has travelled past the threshold. */
  move(p: Point, e: PointerEvent): void;
  /** Released. `moved` false: it was a click (the click handler selects). */
  up(p: Point, e: PointerEvent): void;
  /** Abandoned (Escape, pointercancel): put back whatever was moved locally. */
  cancel(): void;
  /** The press travelled past the threshold. */
  readonly moved: boolean;
  /** What the benchmark and tests read: the card being dragged, if any. */
  readonly cardId?: string;
}

export interface Gesture {
  /** Take the press (return a session) or leave it to the next gesture (null). */
  press(p: Press): GestureSession | null;
}

/** A double-click handler: true when it took the double-click (the next is not asked). */
export type DoubleClick = (hit: Hit, at: Point, e: MouseEvent) => boolean;

/**
 * The common shape of a drag: nothing happens until the pointer travels past the
 * threshold, then `begin` once, `drag` on every move, and `drop` or `abort` at the end.
 */
export abstract class Drag implements GestureSession {
  moved = false;
  private readonly start: { x: number; y: number };

  constructor(
    protected readonly origin: Point,
    event: PointerEvent,
    private readonly zoom: () => number,
  ) {
    this.start = { x: event.clientX, y: event.clientY };
  }

  move(p: Point, e: PointerEvent): void {
    if (!this.moved) {
      if (Math.hypot(e.clientX - this.start.x, e.clientY - this.start.y) < DRAG_THRESHOLD) return;
      this.moved = true;
      this.begin(p, e);
    }
    this.drag(p, { x: p.x - this.origin.x, y: p.y - this.origin.y }, e);
  }

  up(p: Point, e: PointerEvent): void {
    if (this.moved && this.holdsPreview) {
      // Sent first; the preview goes once the answer is drawn (or refused).
      const sent = this.drop(p, e);
      if (sent) void sent.finally(() => this.abort());
      else this.abort();
      return;
    }
    const moved = this.moved;
    this.abort();
    if (moved) this.drop(p, e);
  }

  cancel(): void {
    this.abort();
  }

  /** Screen pixels per scene unit. */
  protected get scale(): number {
    return this.zoom();
  }

  protected abstract begin(p: Point, e: PointerEvent): void;
  /** `delta`: scene units from the press. */
  protected abstract drag(p: Point, delta: Point, e: PointerEvent): void;
  /** Put back every local change (also called before `drop`). */
  protected abstract abort(): void;
  /**
   * Whether the preview shows where the drop puts things (dragged cards): then it stays
   * until the core's answer is drawn, instead of jumping back for the round trip.
   */
  protected readonly holdsPreview: boolean = false;

  /** Send the one command this drag means, if any (what was sent, for `holdsPreview`). */
  protected abstract drop(p: Point, e: PointerEvent): void | Promise<unknown>;
}
