// The canvas while a blueprint is presented (the app's Presentation says which step).
// The overview shows the whole Scene; a stage's step frames the stage's column (zoom and
// scroll, as the user's own zooms: nothing is redrawn for it), dims the other stages and
// rings the stage's cards with a fail point or a wait (a few rects over the drawing),
// and pins the lane headers at the left (a small svg beside the drawing, drawn from the
// Scene's lane bands and moved as the view scrolls). Problem marks and the selection are
// not painted meanwhile; a shield over the canvas keeps the pointer from editing, and
// passes the wheel on as scrolling. A Scene the canvas culls gets its overview on a 2D
// canvas (render/overview.ts): drawing it whole as SVG would cost about a second. That
// picture is drawn ahead while the editor is idle (render/overview-picture.ts), for the
// full screen presenting asks for, so entering only places it.
//
// A Scene the canvas culls is presented on a surface of its own, and the drawing is left
// as it was (hidden, its zoom, scroll and nodes untouched, its culling held): a 2D canvas
// shows what lies around the stage, dimmed (render/backdrop.ts), and a small svg over the
// stage's column draws the column's cards, arrows and rings as the drawing does. Zooming
// and scrolling the drawing itself made WebKitGTK lay out and paint thousands of cards
// at every step (over a second at 4K), and leaving had to draw the editor's view again.

import type { Point, Rect, Scene } from "../scene/types";
import type { CardBox, ConnectorRoute, StageColumn } from "../scene/types";
import { drawPinnedHeaders, drawStageDecor, fitZoom, headerRight, overviewFrame, stageFrame } from "./render/present";
import type { OverviewCtx } from "./render/overview";
import { OverviewPicture, paperOf, type OverviewKey, type ViewBox } from "./render/overview-picture";
import { AHEAD_AFTER_FRAMES, BackdropTiles, type BackdropCtx } from "./render/backdrop";
import { type Bounds, cardBounds, connectorBounds, cullsScene, visibleItems } from "./render/cull";
import { createLayers, drawLanes, drawLines, drawPaper, drawTitle } from "./render/layers";
import { drawCard, drawConnector, drawConnectorLabel, drawStage } from "./render/draw";
import { KeyedLayer } from "./render/keyed";
import { el } from "./render/svg";
import { idOf } from "../scene/keys";
import { wheelPixels } from "./viewport";

/** The zoom a stage's frame may be shrunk to; a taller frame is shown from its top. */
export const PRESENT_MIN_ZOOM = 0.5;
/** The most a step zooms in (a small blueprint on a large screen). */
export const PRESENT_MAX_ZOOM = 2.5;
/** Pixels kept free around the overview. */
export const OVERVIEW_PAD = 24;
/** How long an overview drawn for another view's size is shown fitted before it is drawn for this one (ms). */
const SETTLE_MS = 500;

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
  /** Hold the drawing's culling (true: a resize or scroll draws nothing until released). */
  holdCulling(held: boolean): void;
}

/** The stage's own drawing while a culled Scene is presented: its svg and keyed layers. */
interface StageSurface {
  /** Clips to the stage's column; `mover` inside it places the svg. */
  frame: HTMLDivElement;
  mover: HTMLDivElement;
  svg: SVGSVGElement;
  root: SVGGElement;
  paper: SVGRectElement;
  layers: ReturnType<typeof createLayers>["layers"];
  cards: KeyedLayer<CardBox>;
  connectors: KeyedLayer<ConnectorRoute>;
  labels: KeyedLayer<ConnectorRoute>;
  /** The Scene its lanes, lines and title were drawn from, and the stage drawn. */
  drawn: Scene | null;
  stage: StageColumn | null;
  /** The stages (indices, first to last) whose cards and arrows the svg holds. */
  around: { from: number; to: number } | null;
}

/** The presenter's own zoom and scroll (pixels) on the surface: scene point p lies at p × zoom − (x, y). */
interface SurfaceView {
  zoom: number;
  x: number;
  y: number;
}

/** The host's content box, relative to its parent (where the surface's elements are placed), and its size. */
interface HostBox {
  left: number;
  top: number;
  w: number;
  h: number;
}

/** A 2D context for the overview's canvas, or null where there is none (jsdom). */
export type ContextOf = (canvas: HTMLCanvasElement) => (OverviewCtx & BackdropCtx) | null;

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
  /** The overview's backdrop over the drawing. */
  private overview: HTMLDivElement | null = null;
  /** A large blueprint's overview: the paper only, kept between presentations. */
  private readonly picture: OverviewPicture;
  /** How the overview's picture was last shown (for the benchmark and the app's tests). */
  overviewShown: "kept" | "fitted" | "drawn" | null = null;
  /** The view the overview last had while presenting, and the screen's size then. */
  private presentedView: { w: number; h: number; screen: string } | null = null;
  /** Shown fitted to a view of another size: drawn for this view's size after a moment. */
  private settle: ReturnType<typeof setTimeout> | null = null;
  /**
   * Over the canvas while presenting. Made once, with its listeners: in WebKitGTK adding a
   * wheel listener, anywhere, lays out the whole document again (~450 ms at 4K with the
   * drawing's thousands of nodes), while inserting an element that has one costs nothing.
   */
  private readonly shield: HTMLDivElement;
  private stops: (() => void)[] = [];
  /** The host's size when the step was last framed: a resize to another frames it again. */
  private framedSize = "";
  private pending = false;
  /** The Scene is culled: presented on a surface of its own (the drawing left as it was). */
  private surfaced = false;
  private stageSurface: StageSurface | null = null;
  private view: SurfaceView | null = null;
  private box: HostBox | null = null;
  /** The backdrop's tiles, while a culled Scene is presented. */
  private tiles: BackdropTiles | null = null;
  /** A wheel's scroll waits for the next frame. */
  private scrollPending = false;
  /** The drawing's font list (`fontFamily`). */
  private family: string | null = null;

  constructor(
    private readonly c: PresenterHost,
    private readonly layer: SVGGElement,
    private readonly contextOf: ContextOf = context2d,
  ) {
    this.shield = c.host.ownerDocument.createElement("div");
    this.shield.className = "present-shield";
    this.shield.addEventListener("wheel", (e) => this.onWheel(e), { passive: false });
    for (const type of ["pointerdown", "mousedown", "click", "dblclick", "contextmenu"]) {
      this.shield.addEventListener(type, (e) => e.preventDefault());
    }
    this.picture = new OverviewPicture(c.host.ownerDocument, contextOf, () => this.fontFamily(), OVERVIEW_PAD);
    c.onScene(() => this.drawAhead());
    c.host.ownerDocument.defaultView?.addEventListener("resize", () => this.drawAhead());
  }

  get active(): boolean {
    return this.step !== undefined;
  }

  /** The overview is drawn on the 2D canvas (a culled Scene), not by the drawing itself. */
  get rasterShown(): boolean {
    return this.step === null && !!this.overview && !this.overview.hidden;
  }

  /** Start presenting (at no step yet: `show` says which). */
  start(): void {
    if (this.active) return;
    this.step = null;
    this.picture.pause();
    const host = this.c.host;
    const scene = this.c.current;
    this.surfaced = !!scene && cullsScene(scene.cards.length, scene.connectors.length);
    if (this.surfaced) {
      // Not `presenting`: its rules restyle the drawing's <svg> (centred in a flex box),
      // and in WebKitGTK any change to that element's style lays out every node of the
      // drawing again (600-850 ms at 4K, entering and again leaving).
      host.classList.add("present-surface");
      this.c.holdCulling(true);
    } else {
      host.classList.add("presenting");
      this.c.setMarksShown(false);
    }
    const doc = host.ownerDocument;
    this.strip = el("svg", { class: "present-headers", "aria-hidden": "true", focusable: "false" });
    this.stripContent = el("g");
    this.strip.append(this.stripContent);
    this.strip.style.display = "none";
    this.overview = doc.createElement("div");
    this.overview.className = "present-overview";
    this.overview.setAttribute("aria-hidden", "true");
    this.overview.hidden = true;
    this.overview.append(this.picture.canvas);
    if (this.surfaced) {
      this.stageSurface = createStageSurface(doc, () => this.c.current);
      this.tiles = new BackdropTiles(doc, this.contextOf, () => this.fontFamily());
    }
    const surface = this.stageSurface && this.tiles ? [this.tiles.element, this.stageSurface.frame] : [];
    host.after(this.overview, ...surface, this.strip, this.shield);
    this.stops.push(
      this.c.onViewportChange(() => {
        this.pinStrip();
        this.resized();
      }),
      this.c.onScene(() => (this.surfaced ? this.render() : this.decorate())),
    );
    if (typeof ResizeObserver === "function") {
      const ro = new ResizeObserver(() => this.resized());
      // On the surface the host is collapsed: the view is its parent's.
      ro.observe(this.surfaced ? (host.parentElement ?? host) : host);
      this.stops.push(() => ro.disconnect());
    }
  }

  /** Show a step: `null` the overview, else the stage at that index of the Scene. */
  show(stage: number | null): void {
    if (!this.active) return;
    this.step = stage;
    this.frame();
    if (this.surfaced) this.render();
    else this.decorate();
  }

  /** Stop presenting: the drawing is as it was (the caller puts the view back). */
  stop(): void {
    if (!this.active) return;
    this.step = undefined;
    for (const stop of this.stops.splice(0)) stop();
    this.c.host.classList.remove("presenting", "present-surface");
    this.c.setMarksShown(true);
    if (this.surfaced) this.c.holdCulling(false);
    this.surfaced = false;
    this.stageSurface?.frame.remove();
    this.stageSurface = null;
    this.view = this.box = null;
    this.tiles?.clear();
    this.tiles?.element.remove();
    this.tiles = null;
    this.layer.replaceChildren();
    this.strip?.remove();
    this.overview?.remove();
    this.shield.remove();
    this.strip = this.stripContent = this.overview = null;
    this.stripScene = null;
    this.framedSize = "";
    this.overviewShown = null;
    this.stopSettling();
    // A picture drawn for another view than the full screen's is drawn again, ahead.
    this.drawAhead();
  }

  /** While a large blueprint is edited, have its overview drawn ahead for the next presentation. */
  private drawAhead(): void {
    if (this.active) return;
    const scene = this.c.current;
    if (!scene || !cullsScene(scene.cards.length, scene.connectors.length)) {
      if (this.picture.drawnFor || this.picture.canvas.width) this.picture.release();
      return;
    }
    this.picture.ahead(() => this.expectedOverview());
  }

  /**
   * The overview presenting would show now, at the window's pixel ratio: the view of the
   * last presentation on this screen, or else the screen less what the window keeps around
   * the page (its menu bar): presenting makes the window full screen and hides the
   * toolbar and panels.
   */
  private expectedOverview(): OverviewKey | null {
    const scene = this.c.current;
    const doc = this.c.host.ownerDocument;
    const win = doc.defaultView;
    if (this.active || !scene || !win) return null;
    // Not in a font still loading (the picture would keep the fallback's names): once loaded.
    if (doc.fonts?.status === "loading") {
      void doc.fonts.ready.then(() => this.drawAhead());
      return null;
    }
    const screen = screenOf(win);
    const seen = this.presentedView?.screen === screen ? this.presentedView : null;
    const w = seen?.w ?? (win.screen?.width || win.innerWidth) - Math.max(0, win.outerWidth - win.innerWidth);
    const h = seen?.h ?? (win.screen?.height || win.innerHeight) - Math.max(0, win.outerHeight - win.innerHeight);
    return w > 0 && h > 0 ? { scene, w, h, ratio: win.devicePixelRatio || 1 } : null;
  }

  private stopSettling(): void {
    if (this.settle !== null) clearTimeout(this.settle);
    this.settle = null;
  }

  /** The view's size: the host's, or (on the surface, the host collapsed) its parent's. */
  private size(): { w: number; h: number } {
    const area = this.surfaced ? this.c.host.parentElement : null;
    const of = area ?? this.c.host;
    return { w: of.clientWidth, h: of.clientHeight };
  }

  /** Zoom and scroll to the step (or draw the overview's picture). */
  private frame(): void {
    const scene = this.c.current;
    if (!scene || this.step === undefined) return;
    const { w, h } = this.size();
    this.framedSize = `${w}×${h}`;
    if (this.step === null) {
      if (this.surfaced) this.prepareFirst(scene, w, h);
      if (cullsScene(scene.cards.length, scene.connectors.length)) return this.drawRaster(scene, w, h);
      if (this.overview) this.overview.hidden = true;
      const f = overviewFrame(scene);
      const z = fitZoom(f, w - 2 * OVERVIEW_PAD, h - 2 * OVERVIEW_PAD, 0, PRESENT_MAX_ZOOM);
      this.c.place(z, { x: f.x + f.w / 2, y: f.y + f.h / 2 }, w / 2, h / 2);
      return;
    }
    if (this.overview && !this.surfaced) this.overview.hidden = true;
    const f = stageFrame(scene, this.step);
    if (!f) return;
    const z = fitZoom(f, w, h, PRESENT_MIN_ZOOM, PRESENT_MAX_ZOOM);
    if (this.surfaced) {
      this.measureBox(w, h);
      this.view = stageView(scene, this.step, w, h);
      return;
    }
    // The frame's left edge at the view's left (the pinned headers cover what lies under
    // them), its top centred when it fits, else at the top.
    this.c.place(z, { x: f.x, y: f.y }, 0, Math.max(0, (h - f.h * z) / 2));
  }

  /** Dim, ring and pin for the step shown (again after a new Scene: another theme's paint). */
  private decorate(): void {
    const scene = this.c.current;
    if (!scene || this.step === undefined) return;
    if (!this.surfaced) drawStageDecor(this.layer, scene, this.step);
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
    const z = this.c.zoom;
    if (this.surfaced) {
      // Nothing is measured: the host's box was, before the step changed anything.
      const box = this.box;
      const v = this.view;
      if (!box || !v) return;
      strip.style.left = `${box.left + Math.max(0, -v.x)}px`;
      strip.style.top = `${box.top}px`;
      // Only what changed: a step to the next stage changes none of it.
      setIfChanged(strip, "width", String(Math.ceil(headerRight(scene) * v.zoom)));
      setIfChanged(strip, "height", String(box.h));
      setIfChanged(this.stripContent, "transform", `translate(0 ${-v.y}) scale(${v.zoom})`);
      return;
    }
    const hr = host.getBoundingClientRect();
    const pr = parent.getBoundingClientRect();
    const left = hr.left + host.clientLeft;
    const top = hr.top + host.clientTop;
    const origin = this.c.toClient({ x: 0, y: 0 });
    const width = Math.ceil(headerRight(scene) * z);
    strip.style.left = `${Math.max(left, origin.x) - pr.left}px`;
    strip.style.top = `${top - pr.top}px`;
    strip.setAttribute("width", String(width));
    strip.setAttribute("height", String(host.clientHeight));
    this.stripContent.setAttribute("transform", `translate(0 ${origin.y - top}) scale(${z})`);
  }

  /**
   * Show the overview's picture: as drawn ahead when it is this Scene's at this size; fitted
   * into the view when drawn for another size (full screen has not come yet, the notes
   * opened), then drawn for this one after a moment unless the view gets that size back;
   * else drawn now (`exact` also draws now).
   */
  private drawRaster(scene: Scene, w: number, h: number, exact = false): void {
    const overview = this.overview;
    if (!overview) return;
    const host = this.c.host;
    const parent = overview.parentElement;
    if (this.surfaced) {
      // Over the host's parent, as the surface is: no layout read beyond the size's.
      this.measureBox(w, h);
      overview.style.left = `${this.box!.left}px`;
      overview.style.top = `${this.box!.top}px`;
    } else if (parent) {
      const hr = host.getBoundingClientRect();
      const pr = parent.getBoundingClientRect();
      overview.style.left = `${hr.left + host.clientLeft - pr.left}px`;
      overview.style.top = `${hr.top + host.clientTop - pr.top}px`;
    }
    overview.style.width = `${w}px`;
    overview.style.height = `${h}px`;
    // The picture covers the paper alone; the backdrop's plain colour shows around it. A
    // 4K window's picture is made, cleared and painted by the engine in proportion to its
    // pixels, and a blueprint rarely has the screen's shape.
    const win = host.ownerDocument.defaultView;
    const ratio = win?.devicePixelRatio || 1;
    const key: OverviewKey = { scene, w, h, ratio };
    this.presentedView = { w, h, screen: win ? screenOf(win) : "" };
    const shown = this.picture.drawnFor;
    this.stopSettling();
    let paper: ViewBox;
    if (!exact && shown && shown.scene === scene && shown.ratio === ratio && (shown.w !== w || shown.h !== h)) {
      paper = paperOf(key, OVERVIEW_PAD);
      this.overviewShown = "fitted";
      this.settle = setTimeout(() => {
        this.settle = null;
        const now = this.c.current;
        if (this.step !== null || !now) return;
        const size = this.size();
        this.drawRaster(now, size.w, size.h, true);
      }, SETTLE_MS);
    } else {
      this.overviewShown =
        shown && shown.scene === scene && shown.ratio === ratio && shown.w === w && shown.h === h ? "kept" : "drawn";
      paper = this.picture.draw(key);
    }
    // For tests of the app: how the picture came (drawn ahead and kept, fitted, drawn now).
    overview.dataset.picture = this.overviewShown;
    const style = this.picture.canvas.style;
    style.left = `${paper.x}px`;
    style.top = `${paper.y}px`;
    style.width = `${paper.w}px`;
    style.height = `${paper.h}px`;
    overview.hidden = false;
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
      if (this.surfaced) this.render();
      else this.decorate();
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
    if (this.surfaced) return this.scrollSurface(dx, dy);
    host.scrollLeft += dx;
    host.scrollTop += dy;
  }

  /** Scroll the surface by (dx, dy) pixels, as far as the Scene goes; drawn at the next frame. */
  private scrollSurface(dx: number, dy: number): void {
    const v = this.view;
    const box = this.box;
    const scene = this.c.current;
    if (!v || !box || !scene || this.step == null) return;
    v.x = scrollTo(v.x + dx, Math.ceil(scene.width * v.zoom), box.w);
    v.y = scrollTo(v.y + dy, Math.ceil(scene.height * v.zoom), box.h);
    if (this.scrollPending) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      if (this.surfaced) this.render();
    });
  }

  /**
   * While the overview shows, draw ahead what the first stage's step shows (the next step,
   * most likely): its backdrop's tiles, and once the overview is painted, its column on
   * the surface, laid out but not shown.
   */
  private prepareFirst(scene: Scene, w: number, h: number): void {
    const v = stageView(scene, 0, w, h);
    const first = scene.stages[0];
    if (!v || !first || !this.tiles) return;
    const ratio = this.c.host.ownerDocument.defaultView?.devicePixelRatio || 1;
    this.tiles.prepare(scene, { ...v, width: w, height: h, ratio }, (first.x + first.width / 2) * v.zoom - v.x);
    afterFrames(AHEAD_AFTER_FRAMES, () => {
      // The view as it is then (a resize may have framed the overview again meanwhile).
      const surface = this.stageSurface;
      const box = this.box;
      if (this.step !== null || !surface || !box || this.c.current !== scene) return;
      const now = stageView(scene, 0, box.w, box.h);
      if (now) this.placeColumn(surface, scene, 0, now, box, false);
    });
  }

  /** The surface covers its parent (the host's, which the host no longer takes up): no layout read. */
  private measureBox(w: number, h: number): void {
    const parent = this.c.host.parentElement;
    this.box = { left: parent?.clientLeft ?? 0, top: parent?.clientTop ?? 0, w, h };
  }

  /**
   * Draw the step on the surface (a culled Scene): the backdrop around the stage, the
   * stage's column as SVG over it, the rings and the pinned headers. Reads no layout.
   */
  private render(): void {
    const scene = this.c.current;
    const surface = this.stageSurface;
    const overview = this.overview;
    if (!scene || !surface || !overview || this.step === undefined) return;
    if (this.step === null || !this.view || !this.box) {
      // The overview is its own picture (drawRaster).
      surface.frame.style.display = "none";
      this.decorate();
      return;
    }
    const stage = scene.stages[this.step];
    if (!stage) return;
    const v = this.view;
    const box = this.box;
    const ratio = this.c.host.ownerDocument.defaultView?.devicePixelRatio || 1;
    // The backdrop: the whole view, dimmed, in tiles (the column's svg covers the stage).
    overview.hidden = true;
    const tiles = this.tiles;
    if (tiles) {
      const e = tiles.element.style;
      e.left = `${box.left}px`;
      e.top = `${box.top}px`;
      e.width = `${box.w}px`;
      e.height = `${box.h}px`;
      const size = { width: box.w, height: box.h, ratio };
      const middle = (s: StageColumn, at: SurfaceView) => (s.x + s.width / 2) * at.zoom - at.x;
      const after = scene.stages[this.step + 1];
      const nextView = after ? stageView(scene, this.step + 1, box.w, box.h) : null;
      tiles.show(
        scene,
        { ...v, ...size },
        middle(stage, v),
        after && nextView ? { view: { ...nextView, ...size }, focus: middle(after, nextView) } : undefined,
      );
    }
    this.placeColumn(surface, scene, this.step, v, box, true);
    drawStageDecor(surface.layers.present, scene, this.step);
    this.decorate();
    this.prepareNeighbours(scene, this.step);
  }

  /**
   * Put stage `index`'s column on the surface at view `v`: its frame over the column
   * (`shown`; else of no width, so that it is laid out but not painted), the svg at the
   * view's zoom and scroll, the Scene's lanes and lines when the Scene is new to it, the
   * stage's header, and the cards and arrows in the column.
   */
  private placeColumn(
    surface: StageSurface,
    scene: Scene,
    index: number,
    v: SurfaceView,
    box: HostBox,
    shown: boolean,
  ): void {
    const stage = scene.stages[index]!;
    const z = v.zoom;
    const { x0, x1, area } = columnArea(stage, v, box);
    // The svg is the whole Scene at the zoom, never restyled or re-transformed by a step
    // (WebKitGTK lays out every text in it again then); a step moves it under the column's
    // frame with a CSS transform on the element between them.
    const frame = surface.frame.style;
    frame.display = x1 > x0 ? "" : "none";
    frame.left = `${box.left + x0}px`;
    frame.top = `${box.top}px`;
    frame.width = shown ? `${Math.max(0, x1 - x0)}px` : "0px";
    frame.height = `${box.h}px`;
    surface.mover.style.transform = `translate(${-(v.x + x0)}px, ${-v.y}px)`;
    setIfChanged(surface.svg, "width", String(Math.ceil(scene.width * z)));
    setIfChanged(surface.svg, "height", String(Math.ceil(scene.height * z)));
    setIfChanged(surface.root, "transform", `scale(${z})`);
    const l = surface.layers;
    if (surface.drawn !== scene) {
      // Another Scene: a delta may have moved items in place (same objects, new
      // coordinates), or a theme repainted them: the column's nodes are drawn again.
      if (surface.drawn) {
        surface.cards.clear();
        surface.connectors.clear();
        surface.labels.clear();
      }
      drawPaper(surface.paper, scene);
      surface.paper.setAttribute("width", String(scene.width));
      surface.paper.setAttribute("height", String(scene.height));
      drawTitle(l.title, scene);
      drawLanes(l.lanes, scene);
      drawLines(l.lines, l.grabs, scene);
      surface.drawn = scene;
      surface.stage = null;
      surface.around = null;
    }
    // Of the stages, the column shows only its own (with the separator at its right edge).
    if (surface.stage !== stage) {
      const bottom = scene.lanes.length ? Math.max(...scene.lanes.map((b) => b.band.y + b.band.h)) : undefined;
      l.stages.replaceChildren(drawStage(stage, bottom, scene.paint));
      surface.stage = stage;
    }
    // What lies in the column, and in the stages on either side that the svg holds
    // already (drawn ahead): a step keeps the stage it came from rather than making it
    // again after.
    const held = surface.around;
    const holds = (i: number) => !!held && held.from <= i && i <= held.to && !!scene.stages[i];
    const from = holds(index - 1) ? index - 1 : index;
    const to = holds(index + 1) ? index + 1 : index;
    this.showItems(surface, scene, area, from, to);
    surface.around = { from, to };
  }

  /** Show in the column's svg what lies in `area`, widened to stages `from` through `to`, and nothing else. */
  private showItems(surface: StageSurface, scene: Scene, area: Bounds, from: number, to: number): void {
    const first = scene.stages[from];
    const last = scene.stages[to];
    const wide = {
      ...area,
      x0: Math.min(area.x0, first ? first.x : area.x0),
      x1: Math.max(area.x1, last ? last.x + last.width : area.x1),
    };
    const none = new Set<string>();
    const connectors = visibleItems(scene.connectors, connectorBounds, (c) => idOf(c.element), wide, none);
    surface.connectors.show(connectors);
    surface.cards.show(visibleItems(scene.cards, cardBounds, (c) => idOf(c.element), wide, none));
    surface.labels.show(connectors.filter((c) => c.label));
  }

  /**
   * Once the step is painted, draw the cards and arrows of the stages on either side into
   * the column's svg as well, outside its frame (clipped, so not painted): a step to
   * either then only takes nodes away, instead of making and laying out a stage's
   * hundred-odd cards (10-16 ms at 4K).
   */
  private prepareNeighbours(scene: Scene, step: number): void {
    const surface = this.stageSurface;
    if (!surface || scene.stages.length < 2) return;
    afterFrames(AHEAD_AFTER_FRAMES, () => {
      // The view as it is then (a wheel may have scrolled it meanwhile).
      const v = this.view;
      const box = this.box;
      const stage = scene.stages[step];
      if (this.step !== step || this.stageSurface !== surface || surface.drawn !== scene) return;
      if (!v || !box || !stage) return;
      const from = Math.max(0, step - 1);
      const to = Math.min(scene.stages.length - 1, step + 1);
      const area = columnArea(stage, v, box).area;
      this.showItems(surface, scene, area, from, to);
      surface.around = { from, to };
    });
  }

  /**
   * The drawing's font list (its style sheet's, which nothing changes), read once: reading
   * a computed style after the DOM changed (a tile appended) makes WebKitGTK update the
   * styles first.
   */
  private fontFamily(): string {
    return (this.family ??= getComputedStyle(this.c.svg).fontFamily || "sans-serif");
  }

  /** Where a step frames the Scene (for tests and the benchmark). */
  static frameOf(scene: Scene, step: number | null): Rect | null {
    return step === null ? overviewFrame(scene) : stageFrame(scene, step);
  }
}

/**
 * Stage `stage`'s column in view `v` of `box`: its pixel edges in the view (a pixel more on
 * each side for the strokes on its edges) and the area it shows, in Scene units, from
 * the view's top to its bottom.
 */
function columnArea(stage: StageColumn, v: SurfaceView, box: HostBox): { x0: number; x1: number; area: Bounds } {
  const z = v.zoom;
  const x0 = Math.max(0, Math.floor(stage.x * z - v.x) - 1);
  const x1 = Math.min(box.w, Math.ceil((stage.x + stage.width) * z - v.x) + 1);
  return { x0, x1, area: { x0: (v.x + x0) / z, y0: v.y / z, x1: (v.x + x1) / z, y1: (v.y + box.h) / z } };
}

/** The screen's size, as a key: a view learnt on one screen is not expected on another. */
function screenOf(win: Window): string {
  return `${win.screen?.width}×${win.screen?.height}`;
}

/** Let `frames` animation frames pass, then run `fn` at the next (at once where there are none: jsdom). */
function afterFrames(frames: number, fn: () => void): void {
  if (frames < 0 || typeof requestAnimationFrame !== "function") return fn();
  requestAnimationFrame(() => afterFrames(frames - 1, fn));
}

/** Set an attribute unless it has that value: WebKitGTK lays an svg out again after any write. */
function setIfChanged(e: Element, name: string, value: string): void {
  if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}

/**
 * The surface's zoom and scroll for a stage's step in a view of w × h pixels: the frame's
 * left edge at the view's left, its top centred when it fits (as the drawing's own scroll
 * placed it, in whole pixels).
 */
function stageView(scene: Scene, index: number, w: number, h: number): SurfaceView | null {
  const f = stageFrame(scene, index);
  if (!f) return null;
  const z = fitZoom(f, w, h, PRESENT_MIN_ZOOM, PRESENT_MAX_ZOOM);
  const top = Math.max(0, (h - f.h * z) / 2);
  return {
    zoom: z,
    x: scrollTo(f.x * z, Math.ceil(scene.width * z), w),
    y: scrollTo(f.y * z - top, Math.ceil(scene.height * z), h),
  };
}

/** The scroll that puts `want` at the view's edge, within what a content of `size` pixels in a view of `view` allows (centred when it is smaller). */
function scrollTo(want: number, size: number, view: number): number {
  if (size <= view) return -Math.round((view - size) / 2);
  return Math.max(0, Math.min(size - view, Math.round(want)));
}

/** The stage's svg on the surface: the drawing's layers, in its order, with keyed cards and arrows. */
function createStageSurface(doc: Document, current: () => Scene | null): StageSurface {
  const { root, paper, layers } = createLayers();
  const svg = el("svg", { class: "blueprint present-stage", "aria-hidden": "true", focusable: "false" });
  svg.append(root);
  const frame = doc.createElement("div");
  frame.className = "present-stage-frame";
  frame.style.display = "none";
  const mover = doc.createElement("div");
  mover.className = "present-stage-mover";
  mover.append(svg);
  frame.append(mover);
  const paint = () => current()!.paint;
  return {
    frame,
    mover,
    svg,
    root,
    paper,
    layers,
    drawn: null,
    stage: null,
    around: null,
    cards: new KeyedLayer<CardBox>(layers.cards, (c) => drawCard(c, paint())),
    connectors: new KeyedLayer<ConnectorRoute>(layers.connectors, (c) => drawConnector(c, paint())),
    labels: new KeyedLayer<ConnectorRoute>(layers.labels, (c) => drawConnectorLabel(c, paint())),
  };
}
