// The presentation's overview of a large blueprint as a picture kept between
// presentations and drawn ahead, while the editor is idle. On a machine without a GPU,
// WebKitGTK takes 65–95 ms to paint any new full-screen picture at 4K; drawing the
// overview's 5,000 cards on entering (~35 ms, and ~17 ms to make its canvas) on top of
// that put entering at ~147 ms. So the picture is drawn, a slice at a time, once no new
// Scene has come for a moment, at the size presenting will show it; entering then only
// places it.

import type { Scene } from "../../scene/types";
import { overviewSlices, paperBox, placeOverview, type OverviewCtx } from "./overview";

/** What a picture shows: the Scene in a view of w × h CSS pixels, `ratio` device pixels each. */
export interface OverviewKey {
  scene: Scene;
  w: number;
  h: number;
  ratio: number;
}

/** A box of the view, in CSS pixels. */
export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How long no new Scene must come before the picture is drawn ahead (ms). */
export const AHEAD_QUIET_MS = 300;
/**
 * Drawing ahead goes on a run of cards or arrows at a time (`overviewSlices`) until this
 * long has passed, then gives the page back (ms): a go takes at least one run.
 */
const GO_MS = 6;

/** Timers, replaceable in tests. */
export interface Clock {
  now(): number;
  later(run: () => void, ms: number): unknown;
  cancel(timer: unknown): void;
}

const pageClock: Clock = {
  now: () => performance.now(),
  later: (run, ms) => setTimeout(run, ms),
  cancel: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

const sameKey = (a: OverviewKey, b: OverviewKey) =>
  a.scene === b.scene && a.w === b.w && a.h === b.h && a.ratio === b.ratio;

/** Where the Scene's paper lies in a view of the key's size, `pad` CSS pixels kept free around it. */
export function paperOf(key: OverviewKey, pad: number): ViewBox {
  return paperBox(key.scene, placeOverview(key.scene, key.w, key.h, pad), key.w, key.h, key.ratio);
}

export class OverviewPicture {
  /** The picture: the paper only, on whole device pixels. */
  readonly canvas: HTMLCanvasElement;
  /** What the canvas shows whole, if anything. */
  private drawn: OverviewKey | null = null;
  /** A picture being drawn a slice at a time (the canvas shows part of it). */
  private job: { key: OverviewKey; slices: Iterator<void> } | null = null;
  private timer: unknown = null;
  /** What to draw ahead, asked for once the editor has been idle. */
  private wanted: (() => OverviewKey | null) | null = null;

  constructor(
    doc: Document,
    private readonly contextOf: (canvas: HTMLCanvasElement) => OverviewCtx | null,
    private readonly family: () => string,
    private readonly pad: number,
    private readonly clock: Clock = pageClock,
  ) {
    this.canvas = doc.createElement("canvas");
  }

  /** The key the canvas is drawn for, whole, if any. */
  get drawnFor(): OverviewKey | null {
    return this.drawn;
  }

  /**
   * Make the canvas show `key` whole, drawing now what is not drawn yet (all of it, or the
   * rest of a picture being drawn ahead). Returns where the paper lies in the view.
   */
  draw(key: OverviewKey): ViewBox {
    this.stopWaiting();
    const paper = paperOf(key, this.pad);
    if (this.drawn && sameKey(this.drawn, key)) return paper;
    if (!this.job || !sameKey(this.job.key, key)) this.begin(key, paper);
    const job = this.job;
    this.job = null;
    if (job) while (!job.slices.next().done);
    this.drawn = key;
    return paper;
  }

  /**
   * Draw ahead what `want` names, once no other call has come for `AHEAD_QUIET_MS`; `want`
   * is asked then (null: nothing to draw). Every call puts the drawing off again.
   */
  ahead(want: () => OverviewKey | null): void {
    this.stopWaiting();
    this.job = null;
    this.wanted = want;
    this.timer = this.clock.later(() => this.startAhead(), AHEAD_QUIET_MS);
  }

  /** Stop drawing ahead (presenting began); `draw` finishes a picture half drawn if it is the one wanted. */
  pause(): void {
    this.stopWaiting();
    this.wanted = null;
  }

  /** Forget the picture and free its pixels (a blueprint too small to need one). */
  release(): void {
    this.pause();
    this.job = null;
    this.drawn = null;
    this.canvas.width = this.canvas.height = 0;
  }

  private stopWaiting(): void {
    if (this.timer !== null) this.clock.cancel(this.timer);
    this.timer = null;
  }

  private startAhead(): void {
    this.timer = null;
    const key = this.wanted?.();
    this.wanted = null;
    if (!key || (this.drawn && sameKey(this.drawn, key))) return;
    this.begin(key, paperOf(key, this.pad));
    this.slice();
  }

  /** Draw for a go, then give the page back until the next. */
  private slice(): void {
    this.timer = null;
    const job = this.job;
    if (!job) return;
    const t0 = this.clock.now();
    for (;;) {
      if (job.slices.next().done) {
        this.job = null;
        this.drawn = job.key;
        return;
      }
      if (this.clock.now() - t0 >= GO_MS) break;
    }
    this.timer = this.clock.later(() => this.slice(), 0);
  }

  /**
   * Size the canvas for `key` and start its drawing, which clears it first. A canvas of
   * the size already is not sized again: that makes its pixels anew (~17 ms at 4K).
   */
  private begin(key: OverviewKey, paper: ViewBox): void {
    this.drawn = null;
    const c = this.canvas;
    const [w, h] = [Math.max(1, Math.round(paper.w * key.ratio)), Math.max(1, Math.round(paper.h * key.ratio))];
    if (c.width !== w) c.width = w;
    if (c.height !== h) c.height = h;
    const ctx = this.contextOf(c);
    const place = placeOverview(key.scene, key.w, key.h, this.pad);
    const slices = ctx
      ? overviewSlices(
          ctx,
          key.scene,
          { scale: place.scale, x: place.x - paper.x, y: place.y - paper.y },
          { width: paper.w, height: paper.h, ratio: key.ratio },
          this.family(),
        )
      : [][Symbol.iterator]();
    this.job = { key, slices };
  }
}
