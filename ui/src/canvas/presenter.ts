// The canvas while a blueprint is presented (the app's Presentation says which step).
// The overview shows the whole Scene; a stage's step frames the stage's column (zoom and
// scroll, as the user's own zooms: nothing is redrawn for it), dims the other stages and
// rings the stage's cards with a fail point or a wait (a few rects over the drawing),
// and pins the lane headers at the left (a small svg beside the drawing, drawn from the
// Scene's lane bands and moved as the view scrolls). Problem marks and the selection are
// not painted meanwhile; a shield over the canvas keeps the pointer from editing, and
// passes the wheel on as scrolling. A Scene the canvas culls gets its overview on a 2D
// canvas (render/overview.ts): drawing it whole as SVG would cost about a second.

import type { Point, Rect, Scene } from "../scene/types";
import { drawPinnedHeaders, drawStageDecor, fitZoom, headerRight, overviewFrame, stageFrame } from "./render/present";
import { drawOverview, placeOverview, type OverviewCtx } from "./render/overview";
import { cullsScene } from "./render/cull";
import { el } from "./render/svg";
import { wheelPixels } from "./viewport";

/** The zoom a stage's frame may be shrunk to; a taller frame is shown from its top. */
export const PRESENT_MIN_ZOOM = 0.5;
/** The most a step zooms in (a small blueprint on a large screen). */
export const PRESENT_MAX_ZOOM = 2.5;
/** Pixels kept free around the overview. */
const OVERVIEW_PAD = 24;

/** What the presenter uses of the canvas (the Canvas class implements it). */
export interface PresenterHost {
  readonly host: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly current: Scene | null;
  readonly zoom: number;
  toClient(p: Point): Point;
  /** Zoom to `zoom` and scroll so that scene point `p` lies at (x, y) of the host's view. */
  place(zoom: number, p: Point, x: number, y: number): void;
  setMarksShown(shown: boolean): void;
  onScene(cb: (scene: Scene) => void): () => void;
  onViewportChange(cb: () => void): () => void;
}

/** A 2D context for the overview's canvas, or null where there is none (jsdom). */
export type ContextOf = (canvas: HTMLCanvasElement) => OverviewCtx | null;

const context2d: ContextOf = (canvas) => {
  try {
    return canvas.getContext("2d");
  } catch {
    return null;
  }
};

export class Presenter {
  /** The step shown: null the overview, else a stage's index in the Scene; undefined when not presenting. */
  private step: number | null | undefined = undefined;
  private strip: SVGSVGElement | null = null;
  private stripContent: SVGGElement | null = null;
  /** The Scene the pinned headers were drawn from. */
  private stripScene: Scene | null = null;
  private raster: HTMLCanvasElement | null = null;
  private shield: HTMLDivElement | null = null;
  private stops: (() => void)[] = [];
  /** The host's size when the step was last framed: a resize to another frames it again. */
  private framedSize = "";
  private pending = false;

  constructor(
    private readonly c: PresenterHost,
    private readonly layer: SVGGElement,
    private readonly contextOf: ContextOf = context2d,
  ) {}

  get active(): boolean {
    return this.step !== undefined;
  }

  /** The overview is drawn on the 2D canvas (a culled Scene), not by the drawing itself. */
  get rasterShown(): boolean {
    return !!this.raster && !this.raster.hidden;
  }

  /** Start presenting (at no step yet: `show` says which). */
  start(): void {
    if (this.active) return;
    this.step = null;
    const host = this.c.host;
    host.classList.add("presenting");
    this.c.setMarksShown(false);
    const doc = host.ownerDocument;
    this.strip = el("svg", { class: "present-headers", "aria-hidden": "true", focusable: "false" });
    this.stripContent = el("g");
    this.strip.append(this.stripContent);
    this.strip.style.display = "none";
    this.raster = doc.createElement("canvas");
    this.raster.className = "present-overview";
    this.raster.setAttribute("aria-hidden", "true");
    this.raster.hidden = true;
    this.shield = doc.createElement("div");
    this.shield.className = "present-shield";
    this.shield.addEventListener("wheel", (e) => this.onWheel(e), { passive: false });
    for (const type of ["pointerdown", "mousedown", "click", "dblclick", "contextmenu"]) {
      this.shield.addEventListener(type, (e) => e.preventDefault());
    }
    host.after(this.raster, this.strip, this.shield);
    this.stops.push(
      this.c.onViewportChange(() => {
        this.pinStrip();
        this.resized();
      }),
      this.c.onScene(() => this.decorate()),
    );
    if (typeof ResizeObserver === "function") {
      const ro = new ResizeObserver(() => this.resized());
      ro.observe(host);
      this.stops.push(() => ro.disconnect());
    }
  }

  /** Show a step: `null` the overview, else the stage at that index of the Scene. */
  show(stage: number | null): void {
    if (!this.active) return;
    this.step = stage;
    this.frame();
    this.decorate();
  }

  /** Stop presenting: the drawing is as it was (the caller puts the view back). */
  stop(): void {
    if (!this.active) return;
    this.step = undefined;
    for (const stop of this.stops.splice(0)) stop();
    this.c.host.classList.remove("presenting");
    this.c.setMarksShown(true);
    this.layer.replaceChildren();
    this.strip?.remove();
    this.raster?.remove();
    this.shield?.remove();
    this.strip = this.stripContent = this.raster = this.shield = null;
    this.stripScene = null;
    this.framedSize = "";
  }

  private size(): { w: number; h: number } {
    return { w: this.c.host.clientWidth, h: this.c.host.clientHeight };
  }

  /** Zoom and scroll to the step (or draw the overview's picture). */
  private frame(): void {
    const scene = this.c.current;
    if (!scene || this.step === undefined) return;
    const { w, h } = this.size();
    this.framedSize = `${w}×${h}`;
    if (this.step === null) {
      if (cullsScene(scene.cards.length, scene.connectors.length)) return this.drawRaster(scene, w, h);
      if (this.raster) this.raster.hidden = true;
      const f = overviewFrame(scene);
      const z = fitZoom(f, w - 2 * OVERVIEW_PAD, h - 2 * OVERVIEW_PAD, 0, PRESENT_MAX_ZOOM);
      this.c.place(z, { x: f.x + f.w / 2, y: f.y + f.h / 2 }, w / 2, h / 2);
      return;
    }
    if (this.raster) this.raster.hidden = true;
    const f = stageFrame(scene, this.step);
    if (!f) return;
    const z = fitZoom(f, w, h, PRESENT_MIN_ZOOM, PRESENT_MAX_ZOOM);
    // The frame's left edge at the view's left (the pinned headers cover what lies under
    // them), its top centred when it fits, else at the top.
    this.c.place(z, { x: f.x, y: f.y }, 0, Math.max(0, (h - f.h * z) / 2));
  }

  /** Dim, ring and pin for the step shown (again after a new Scene: another theme's paint). */
  private decorate(): void {
    const scene = this.c.current;
    if (!scene || this.step === undefined) return;
    drawStageDecor(this.layer, scene, this.step);
    if (!this.strip || !this.stripContent) return;
    if (this.step === null || !scene.lanes.length) {
      this.strip.style.display = "none";
      return;
    }
    if (this.stripScene !== scene) {
      drawPinnedHeaders(this.stripContent, scene);
      this.stripScene = scene;
    }
    this.strip.style.display = "";
    this.pinStrip();
  }

  /**
   * Lay the pinned headers over the host's left edge (or over the drawing's own headers
   * while those are in view), at the drawing's zoom and vertical scroll.
   */
  private pinStrip(): void {
    const scene = this.c.current;
    const strip = this.strip;
    if (!scene || !strip || !this.stripContent || strip.style.display === "none") return;
    const host = this.c.host;
    const parent = strip.parentElement;
    if (!parent) return;
    const hr = host.getBoundingClientRect();
    const pr = parent.getBoundingClientRect();
    const left = hr.left + host.clientLeft;
    const top = hr.top + host.clientTop;
    const origin = this.c.toClient({ x: 0, y: 0 });
    const z = this.c.zoom;
    const width = Math.ceil(headerRight(scene) * z);
    strip.style.left = `${Math.max(left, origin.x) - pr.left}px`;
    strip.style.top = `${top - pr.top}px`;
    strip.setAttribute("width", String(width));
    strip.setAttribute("height", String(host.clientHeight));
    this.stripContent.setAttribute("transform", `translate(0 ${origin.y - top}) scale(${z})`);
  }

  private drawRaster(scene: Scene, w: number, h: number): void {
    const raster = this.raster;
    if (!raster) return;
    const host = this.c.host;
    const parent = raster.parentElement;
    if (parent) {
      const hr = host.getBoundingClientRect();
      const pr = parent.getBoundingClientRect();
      raster.style.left = `${hr.left + host.clientLeft - pr.left}px`;
      raster.style.top = `${hr.top + host.clientTop - pr.top}px`;
    }
    raster.style.width = `${w}px`;
    raster.style.height = `${h}px`;
    const ratio = host.ownerDocument.defaultView?.devicePixelRatio || 1;
    raster.width = Math.max(1, Math.round(w * ratio));
    raster.height = Math.max(1, Math.round(h * ratio));
    raster.hidden = false;
    const ctx = this.contextOf(raster);
    if (!ctx) return;
    const family = getComputedStyle(this.c.svg).fontFamily || "sans-serif";
    drawOverview(ctx, scene, placeOverview(scene, w, h, OVERVIEW_PAD), { width: w, height: h, ratio }, family);
  }

  /** The host changed size (full screen came, the notes opened): frame the step again, once a frame. */
  private resized(): void {
    if (this.step === undefined || this.pending) return;
    const { w, h } = this.size();
    if (`${w}×${h}` === this.framedSize) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      if (this.step === undefined) return;
      const now = this.size();
      if (`${now.w}×${now.h}` === this.framedSize) return;
      this.frame();
      this.decorate();
    });
  }

  /** The wheel over the shield scrolls the view (a stage taller than the screen); no zoom. */
  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    if (e.ctrlKey || e.metaKey) return;
    const host = this.c.host;
    let dx = wheelPixels(e.deltaX, e.deltaMode, host.clientWidth);
    let dy = wheelPixels(e.deltaY, e.deltaMode, host.clientHeight);
    if (e.shiftKey && dx === 0) [dx, dy] = [dy, 0];
    host.scrollLeft += dx;
    host.scrollTop += dy;
  }

  /** Where a step frames the Scene (for tests and the benchmark). */
  static frameOf(scene: Scene, step: number | null): Rect | null {
    return step === null ? overviewFrame(scene) : stageFrame(scene, step);
  }
}
