// The blueprint canvas: plain TypeScript over the SVG DOM, drawing the core's Scene.
// One <g data-id data-key> per element. Cards and connectors are keyed by id. After an
// edit the core sends a SceneDelta: only the parts and primitives it names are redrawn,
// so an edit touches only what it moved. Large Scenes are drawn only near the viewport
// (render/cull.ts): a card or connector far from it has no node until a scroll brings it near.

import type { Mirror } from "../scene/mirror";
import type {
  Applied,
  CardBox,
  Command,
  ConnectorRoute,
  Diagnostic,
  ElementRef,
  MarkPaint,
  Rect,
  Scene,
  SceneDelta,
} from "../scene/types";
import { applyDelta, isEmpty } from "../scene/delta";
import { DeltaMismatch } from "../scene/runs";
import { positions } from "../scene/positions";
import { el } from "./render/svg";
import { drawCard, drawConnector, drawConnectorLabel } from "./render/draw";
import { drawHeatLayer } from "./render/heat";
import { drawBandsLayer } from "./render/bands";
import { drawNotesLayer } from "./render/notes";
import {
  createLayers,
  drawLanes,
  drawLegendLayer,
  drawLines,
  drawPaper,
  drawStages,
  drawTitle,
  type Layers,
} from "./render/layers";
import { cardRects, updateCardRects } from "../edits/drop";
import { Marks } from "./render/marks";
import { drawMarkFilters } from "./render/mark-filters";
import { drawCellHints } from "./render/cell-hints";
import { hitOfKey, hitTest, selectableKey, type Hit, type Point } from "./hit";
import { CellCursorFrame, cellRect, type Cell } from "./render/cell-cursor";
import { cardKey, idIn, idOf, parseKey } from "../scene/keys";
import type { DoubleClick, Gesture, GestureSession } from "./gestures/gesture";
import type { GestureHost } from "./gestures/host";
import { bindings, doubleClickHandlers, pressGestures } from "./gestures";
import { InlineEditor } from "./inline-edit";
import { Listeners, Viewport, viewportCentre } from "./viewport";
import "./canvas.css";
import { KeyedLayer } from "./render/keyed";
import { Culling } from "./render/cull";
import {
  changedKeys,
  connectorUnder,
  highlightOf,
  NO_HIGHLIGHT,
  paintHighlight,
  type Highlight,
} from "./render/highlight";
import { Presenter } from "./presenter";
import { PinnedHeaders } from "./pinned";
import { openingZoom, READABLE_ZOOM, stageToFit, STAGE_MAX_ZOOM, widthZoom } from "./fit";
import { fitZoom, stageFrame } from "./render/present";

export const ZOOM_MIN = 0.1;
export const ZOOM_MAX = 4;
const ZOOM_STEP = 1.25;
/** Past this many changed marks, repainting every drawn node is as quick as finding them. */
const MARKS_REPAINT_ALL = 300;

/** Where the view is: its zoom and scroll (to put it back after presenting). */
export interface ViewState {
  zoom: number;
  left: number;
  top: number;
}

export interface CanvasEvents {
  /** The selection changed (element keys: `card:c1`, `lane:l2`, …). */
  select?(keys: string[]): void;
  /** Run one command in the core (a drop, an inline edit…). Resolves to what it did, or null if refused. */
  command?(command: Command): Promise<Applied | null>;
  /** A double-click the canvas's own handlers did not take. */
  doubleClick?(hit: Hit): void;
  /** The command a gesture sends if it ends here (`null`: the gesture ended): the core may prepare it. */
  expect?(command: Command | null): void;
  /**
   * The app's context menu for `hit` at client (x, y): a right-click (the element under
   * it selected first), or the Menu key / Shift+F10 (the selection's, or the cell cursor's).
   */
  contextMenu?(hit: Hit, x: number, y: number): void;
}

export type { Cell } from "./render/cell-cursor";

export class Canvas implements GestureHost {
  readonly svg: SVGSVGElement;
  private root: SVGGElement;
  private layers: Layers["layers"];
  private scene: Scene | null = null;
  private mirror: Mirror | null = null;
  private rects = new Map<string, Rect>();
  private cards: KeyedLayer<CardBox>;
  private connectors: KeyedLayer<ConnectorRoute>;
  /** Connector labels, drawn above the cards as the export does, for the connectors shown. */
  private labels: KeyedLayer<ConnectorRoute>;
  private culling: Culling;
  private paper: SVGRectElement;
  /** The marks' ring filters, and the paint they were drawn in. */
  private defs: SVGDefsElement;
  private markPaint: MarkPaint | null = null;
  private marks = new Marks();
  private session: { gesture: GestureSession; pointer: number } | null = null;
  /** Swallow the click that ends a drag. */
  private suppressClick = false;
  zoom = 1;
  /** The zoom and paper size last written to the DOM (applyZoom writes only what changed). */
  private zoomed = "";
  private sized = "";
  /** Selected element keys (`card:c1`, `lane:l2`, `connector:a1`, …). */
  selection = new Set<string>();
  /** Previews drawn over the blueprint while a gesture runs (insertion marks, box). */
  readonly overlay: SVGGElement;
  readonly inline: InlineEditor;
  /** Tried in order on every press. */
  readonly gestures: Gesture[] = [];
  /** Tried in order on every double-click. */
  readonly doubleClicks: DoubleClick[] = [];
  /** Wheel/pinch zoom and space/middle-button panning. */
  readonly viewport: Viewport;
  private sceneChanged = new Listeners<Scene>();
  private viewChanged = new Listeners<void>();
  /** Problem marks and the selection are painted (not while presenting). */
  private marksShown = true;
  /** The canvas while the blueprint is presented (presenter.ts). */
  readonly presenter: Presenter;
  /** The empty cells' hint, in the UI's language (set by the app; empty: none). */
  private cellHint = "";
  /** The lane and stage headers kept in view while scrolling. */
  readonly pinned: PinnedHeaders;
  /** Pixels kept free at the view's bottom for the corner's panel (reserveBottom). */
  private reserved = 0;
  /**
   * The keyboard's cell cursor: where Enter writes a new card while nothing is selected
   * (moved with the arrows, set by a click or right-click on a cell). Drawn only then.
   */
  cellCursor: Cell | null = null;
  private cursorFrame: CellCursorFrame;
  /** Whether a card stands out (View's highlight), or null when nothing is dimmed. */
  private standsOut: ((card: string) => boolean) | null = null;
  /** Whether an arrow stands out, when the highlight decides it itself (null: by its ends). */
  private arrowStandsOut: ((connector: string) => boolean | null) | undefined;
  /** The connector under the pointer (its key), and what is highlighted (render/highlight.ts). */
  private hovered: string | null = null;
  private highlight: Highlight = NO_HIGHLIGHT;

  constructor(
    readonly host: HTMLElement,
    private events: CanvasEvents = {},
  ) {
    // Its host is the labelled, focusable canvas (gestures/card-keys.ts); the selected card is announced.
    this.svg = el("svg", { class: "blueprint", "aria-hidden": "true" });
    let filters: SVGSVGElement;
    ({
      filters,
      defs: this.defs,
      root: this.root,
      paper: this.paper,
      layers: this.layers,
      overlay: this.overlay,
    } = createLayers());
    const l = this.layers;
    this.svg.append(this.root);
    host.append(filters, this.svg);
    // Cards and connectors are drawn only while a Scene is: in its paint.
    this.cards = new KeyedLayer(l.cards, (c) => drawCard(c, this.scene!.paint));
    this.connectors = new KeyedLayer(l.connectors, (c) => drawConnector(c, this.scene!.paint));
    this.labels = new KeyedLayer(l.labels, (c) => drawConnectorLabel(c, this.scene!.paint));
    this.culling = new Culling(host, this.svg, {
      scene: () => this.scene,
      zoom: () => this.zoom,
      pinned: () => [...this.selection, ...(this.drag ? [cardKey(this.drag.id)] : [])],
      busy: () => !!this.session?.gesture.moved,
      show: (cards, connectors, created, compare) => {
        this.showCards(cards, created, compare);
        this.showConnectors(connectors, created, compare);
        this.showLabels(connectors, created, compare);
      },
      paint: (nodes) => this.paint(nodes),
    });
    this.inline = new InlineEditor(
      host,
      () => this.hostOrigin(),
      () => this.takeFocus(),
    );
    // The gestures, in their order (gestures/index.ts).
    this.gestures.push(...pressGestures.map((g) => g(this)));
    this.doubleClicks.push(...doubleClickHandlers.map((d) => d(this)));
    for (const bind of bindings) bind(this);
    this.svg.addEventListener("click", (e) => this.onClick(e));
    this.svg.addEventListener("dblclick", (e) => this.onDoubleClick(e));
    this.svg.addEventListener("pointerdown", (e) => this.onPointerDown(e));
    this.svg.addEventListener("pointermove", (e) => this.onPointerMove(e));
    this.svg.addEventListener("pointerup", (e) => this.onPointerUp(e));
    this.svg.addEventListener("pointercancel", () => this.cancelDrag());
    // The app's own menu, never the web view's (Back, Forward, Reload).
    this.svg.addEventListener("contextmenu", (e) => this.onContextMenu(e));
    host.addEventListener("contextmenu", (e) => {
      if (e.target === host) this.onContextMenu(e);
    });
    this.svg.addEventListener("pointerover", (e) => this.hover(connectorUnder(e.target)));
    this.svg.addEventListener("pointerout", (e) => this.hover(connectorUnder(e.relatedTarget)));
    // The host around the drawing is empty paper too: a click there clears the selection,
    // a press there may start a box. Not while the viewport pans (it handled the event).
    const around =
      <E extends Event>(f: (e: E) => void) =>
      (e: E) => {
        if (e.target === host && !e.defaultPrevented && this.viewport.state !== "panning") f(e);
      };
    host.addEventListener(
      "click",
      around((e: MouseEvent) => this.onClick(e)),
    );
    host.addEventListener(
      "pointerdown",
      around((e: PointerEvent) => this.onPointerDown(e)),
    );
    host.addEventListener(
      "pointermove",
      around((e: PointerEvent) => this.onPointerMove(e)),
    );
    host.addEventListener(
      "pointerup",
      around((e: PointerEvent) => this.onPointerUp(e)),
    );
    this.cursorFrame = new CellCursorFrame(this.overlay);
    this.viewport = new Viewport(this, host);
    this.presenter = new Presenter(this, l.present);
    this.pinned = new PinnedHeaders(this);
    this.listenOnPins();
    this.viewChanged.add(() => this.pinned.place());
    host.addEventListener("scroll", () => this.viewChanged.emit(), { passive: true });
    // The host's border box: the padding reserveBottom sets (from the corner's observer)
    // changes its content box, and a change made while observers are being told, at the
    // same depth, is an error in the page (WebKitGTK reported it at every start).
    if (typeof ResizeObserver === "function")
      new ResizeObserver(() => this.viewChanged.emit()).observe(host, { box: "border-box" });
  }

  /**
   * A press, click or double-click on a pinned header is one on the header itself (the hit
   * test reads `data-pin`); a drag from there captures the pointer on the drawing. The
   * wheel over them scrolls or zooms the drawing, as it would over the headers.
   */
  private listenOnPins(): void {
    for (const s of this.pinned.surfaces) {
      s.addEventListener("click", (e) => this.onClick(e));
      s.addEventListener("dblclick", (e) => this.onDoubleClick(e));
      s.addEventListener("pointerdown", (e) => this.onPointerDown(e));
      s.addEventListener("contextmenu", (e) => this.onContextMenu(e));
      s.addEventListener("wheel", (e) => this.viewport.forwardWheel(e), { passive: false });
    }
  }

  /** Called after every render or applied delta with the Scene now drawn. Returns the unsubscribe. */
  onScene(cb: (scene: Scene) => void): () => void {
    return this.sceneChanged.add(cb);
  }

  /** Called when what is visible changes: scroll, zoom, host resize. Returns the unsubscribe. */
  onViewportChange(cb: () => void): () => void {
    return this.viewChanged.add(cb);
  }

  /** The part of the scene the host shows now, in scene units (may reach past the scene's edges). */
  visibleRect(): Rect {
    const h = this.host.getBoundingClientRect();
    const at = this.toScene(h.left + this.host.clientLeft, h.top + this.host.clientTop);
    return { x: at.x, y: at.y, w: this.host.clientWidth / this.zoom, h: this.host.clientHeight / this.zoom };
  }

  /** Scene units → client (viewport) coordinates; the inverse of `toScene`. */
  toClient(p: Point): Point {
    const r = this.svg.getBoundingClientRect();
    return { x: r.left + p.x * this.zoom, y: r.top + p.y * this.zoom };
  }

  /** Scroll so that scene point `p` is at the centre of the host (as far as scrolling can go). */
  centerOn(p: Point): void {
    const c = viewportCentre(this.host);
    const at = this.toClient(p);
    this.host.scrollLeft += at.x - c.x;
    this.host.scrollTop += at.y - c.y;
    this.viewChanged.emit();
  }

  /** Zoom to `z` (clamped) keeping the scene point under client (x, y) in place. */
  zoomAt(z: number, clientX: number, clientY: number): void {
    const anchor = this.toScene(clientX, clientY);
    this.zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, z));
    this.applyZoom();
    // The svg has its new size now, so the host can scroll as far as the anchor needs.
    const at = this.toClient(anchor);
    this.host.scrollLeft += at.x - clientX;
    this.host.scrollTop += at.y - clientY;
    this.culling.draw();
    this.viewChanged.emit();
  }

  /** The zoom and scroll now. */
  viewState(): ViewState {
    return { zoom: this.zoom, left: this.host.scrollLeft, top: this.host.scrollTop };
  }

  /** Put the zoom and scroll back as `viewState` gave them. */
  restoreView(v: ViewState): void {
    this.zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, v.zoom));
    this.applyZoom();
    this.host.scrollLeft = v.left;
    this.host.scrollTop = v.top;
    this.culling.draw();
    this.viewChanged.emit();
  }

  /**
   * Zoom to `z` (clamped) and scroll so that scene point `p` lies at (x, y) of the host's
   * view (as far as scrolling can go). One cull, nothing redrawn that stays in view.
   */
  place(z: number, p: Point, x: number, y: number): void {
    this.zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, z));
    this.applyZoom();
    const h = this.host.getBoundingClientRect();
    const at = this.toClient(p);
    this.host.scrollLeft += at.x - (h.left + this.host.clientLeft + x);
    this.host.scrollTop += at.y - (h.top + this.host.clientTop + y);
    this.culling.draw();
    this.viewChanged.emit();
  }

  /** Hold the culling's re-culls on scroll and resize (while a culled Scene is presented elsewhere). */
  holdCulling(held: boolean): void {
    this.culling.hold(held);
  }

  /** Paint problem marks and the selection (true), or neither (while presenting). */
  setMarksShown(shown: boolean): void {
    if (this.marksShown === shown) return;
    this.marksShown = shown;
    this.paintState();
  }

  /** The card being dragged, if a card drag is under way (the benchmark reads it). */
  get drag(): { id: string; moved: boolean } | null {
    const g = this.session?.gesture;
    return g?.cardId ? { id: g.cardId, moved: g.moved } : null;
  }

  /** Abandon the gesture in progress (Escape): what moved goes back, nothing is sent. */
  cancelDrag(): boolean {
    const s = this.session;
    if (!s) return false;
    this.session = null;
    s.gesture.cancel();
    this.suppressClick = s.gesture.moved;
    this.culling.settle();
    return s.gesture.moved;
  }

  /** Client (viewport) coordinates → scene units. */
  toScene(clientX: number, clientY: number): Point {
    const r = this.svg.getBoundingClientRect();
    return { x: (clientX - r.left) / this.zoom, y: (clientY - r.top) / this.zoom };
  }

  /** Where scene (0, 0) is in the host's scrolled content, and the zoom. */
  private hostOrigin(): { zoom: number; x: number; y: number } {
    const s = this.svg.getBoundingClientRect();
    const h = this.host.getBoundingClientRect();
    return { zoom: this.zoom, x: s.left - h.left + this.host.scrollLeft, y: s.top - h.top + this.host.scrollTop };
  }

  /** The drawn group of an element, by key. */
  node(key: string): SVGGElement | null {
    // Called for every marked element a repaint touches: no allocation on the way.
    const card = idIn(key, "card");
    if (card !== null) return this.cards.node(card) ?? null;
    const connector = idIn(key, "connector");
    if (connector !== null) return this.connectors.node(connector) ?? null;
    // Ids are a safe charset; quotes and backslashes are escaped anyway.
    return this.svg.querySelector<SVGGElement>(`[data-key="${key.replace(/["\\]/g, "\\$&")}"]`);
  }

  get cardRects(): Map<string, Rect> {
    return this.rects;
  }

  get currentMirror(): Mirror | null {
    return this.mirror;
  }

  /** Tell the core which command a gesture in progress would send now (`null`: none). */
  expect(command: Command | null): void {
    this.events.expect?.(command);
  }

  /** Run a command in the core through the editor. */
  send(command: Command): Promise<Applied | null> {
    return this.events.command?.(command) ?? Promise.resolve(null);
  }

  hit(e: MouseEvent): Hit {
    return hitTest(e.target, this.scene, this.toScene(e.clientX, e.clientY));
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || this.session) return;
    const at = this.toScene(e.clientX, e.clientY);
    const press = { hit: hitTest(e.target, this.scene, at), at, event: e };
    for (const g of this.gestures) {
      const gesture = g.press(press);
      if (gesture) {
        // The press is ours: no compatibility mouse events, no text selection or native drag
        // starting (in WebKitGTK those made a drag's first frames long). While the inline
        // field is open the default stays, so that the press takes its focus and commits it.
        if (!this.inline.active) e.preventDefault();
        this.session = { gesture, pointer: e.pointerId };
        return;
      }
    }
  }

  private onPointerMove(e: PointerEvent): void {
    const s = this.session;
    if (!s || e.pointerId !== s.pointer) return;
    s.gesture.move(this.toScene(e.clientX, e.clientY), e);
  }

  private onPointerUp(e: PointerEvent): void {
    const s = this.session;
    if (!s || e.pointerId !== s.pointer) return;
    this.session = null;
    this.suppressClick = s.gesture.moved;
    s.gesture.up(this.toScene(e.clientX, e.clientY), e);
    this.culling.settle();
  }

  private onDoubleClick(e: MouseEvent): void {
    const at = this.toScene(e.clientX, e.clientY);
    const hit = hitTest(e.target, this.scene, at);
    for (const handle of this.doubleClicks) if (handle(hit, at, e)) return;
    this.events.doubleClick?.(hit);
  }

  /** Drop selected elements the drawing no longer has. */
  private forgetMissing(): void {
    for (const key of [...this.selection]) if (!this.has(key)) this.selection.delete(key);
  }

  /** Whether the Scene has the element. */
  has(key: string): boolean {
    const s = this.scene;
    if (!s) return false;
    const ref = parseKey(key);
    if (!ref || ref.kind === "document") return !!ref;
    const find = (items: { element: ElementRef }[]) => items.some((i) => idOf(i.element) === ref.id);
    switch (ref.kind) {
      case "card":
        return this.rects.has(ref.id);
      case "connector":
        return find(s.connectors);
      case "lane":
        return find(s.lanes);
      case "stage":
        return find(s.stages);
      case "line":
        return find(s.lines);
    }
  }

  /** Draw a scene; cards and connectors whose primitive did not change keep their nodes. */
  render(scene: Scene, m: Mirror): void {
    this.scene = scene;
    this.mirror = m;
    this.rects = cardRects(scene);
    // Index the lists now, while opening, so that the first edit's delta finds its items at once.
    positions(scene.cards);
    positions(scene.connectors);
    const l = this.layers;
    if (scene.paint.mark !== this.markPaint) {
      drawMarkFilters(this.defs, scene.paint.mark);
      this.markPaint = scene.paint.mark;
    }
    drawPaper(this.paper, scene);
    drawTitle(l.title, scene);
    drawLanes(l.lanes, scene);
    drawStages(l.stages, scene);
    drawLines(l.lines, l.grabs, scene);
    drawBandsLayer(l.bands, scene);
    drawLegendLayer(l.legend, scene);
    drawHeatLayer(l.heat, scene);
    drawNotesLayer(l.notes, scene);
    this.forgetMissing();
    this.applyZoom();
    this.culling.draw();
    this.paintState();
    this.drawHints();
    this.pinned.draw(scene);
    this.drawCellCursor();
    this.sceneChanged.emit(scene);
  }

  /** Set the empty cells' hint text (the UI's language changed) and draw it. */
  setCellHint(text: string): void {
    this.cellHint = text;
    this.drawHints();
  }

  private drawHints(): void {
    if (this.scene && this.mirror) drawCellHints(this.layers.hints, this.scene, this.mirror, this.cellHint);
  }

  /** Draw `scene` whole, every card and connector again: its paint changed. */
  private repaint(scene: Scene, m: Mirror): void {
    this.cards.clear();
    this.connectors.clear();
    this.labels.clear();
    this.render(scene, m);
  }

  /** The Scene drawn now (what the next delta applies to). */
  get current(): Scene | null {
    return this.scene;
  }

  /**
   * Apply the core's delta to the drawn Scene and redraw only what it names. Throws
   * DeltaMismatch (nothing redrawn) when the delta does not fit the drawn Scene.
   */
  apply(delta: SceneDelta, m: Mirror): void {
    if (!this.scene) throw new DeltaMismatch("there is no scene to apply a delta to");
    const scene = this.applySceneDelta(this.scene, delta);
    // The shifted items have moved: their nodes follow at once, whatever comes next.
    this.offsetShifted(delta);
    // A new paint (another theme) repaints everything.
    if (delta.paint) return this.repaint(scene, m);
    this.scene = scene;
    this.mirror = m;
    const touched: SVGGElement[] = [];
    const redrawn = this.redrawLayers(scene, delta);
    if (!isEmpty(delta.cards)) updateCardRects(this.rects, scene.cards, delta.cards);
    this.forgetMissing();
    this.applyZoom();
    this.cullDelta(delta, touched);
    for (const layer of redrawn) touched.push(...layer.querySelectorAll<SVGGElement>("[data-key]"));
    this.paintRedrawn(touched);
    this.followHighlight();
    this.drawHints();
    this.pinned.draw(scene);
    if (this.cellCursor && (delta.lanes || delta.stages)) this.drawCellCursor();
    this.sceneChanged.emit(scene);
  }

  // The phases of `apply` and of a cull are methods of their own: the benchmark times
  // each one (bench/phases.ts).

  /** The drawn Scene after `delta`; throws DeltaMismatch when it does not fit. */
  private applySceneDelta(scene: Scene, delta: SceneDelta): Scene {
    return applyDelta(scene, delta);
  }

  /** Move the nodes of the cards and connectors the delta shifted (their items moved in place). */
  private offsetShifted(delta: SceneDelta): void {
    this.cards.offset(delta.cards.shifted);
    this.connectors.offset(delta.connectors.shifted);
    this.labels.offset(delta.connectors.shifted);
  }

  /** Redraw the small layers the delta replaced; returns those layers. */
  private redrawLayers(scene: Scene, delta: SceneDelta): SVGGElement[] {
    const l = this.layers;
    const redrawn: SVGGElement[] = [];
    if (delta.title) {
      drawTitle(l.title, scene);
      redrawn.push(l.title);
    }
    if (delta.lanes) {
      drawLanes(l.lanes, scene);
      redrawn.push(l.lanes);
    }
    // Stage columns reach down to the bottom of the last lane.
    if (delta.stages || delta.lanes) {
      drawStages(l.stages, scene);
      redrawn.push(l.stages);
    }
    // The lines and their grab areas.
    if (delta.lines) {
      drawLines(l.lines, l.grabs, scene);
      redrawn.push(l.lines);
    }
    if (delta.emotion_curve || delta.time_strip) {
      drawBandsLayer(l.bands, scene);
      redrawn.push(l.bands);
    }
    if (delta.legend) {
      drawLegendLayer(l.legend, scene);
      redrawn.push(l.legend);
    }
    if (delta.heat_map) {
      drawHeatLayer(l.heat, scene);
      redrawn.push(l.heat);
    }
    if (delta.notes) {
      drawNotesLayer(l.notes, scene);
      redrawn.push(l.notes);
    }
    return redrawn;
  }

  /** Show the cards and connectors the delta changed, and what it moved into or out of view. */
  private cullDelta(delta: SceneDelta, touched: SVGGElement[]): void {
    if (!isEmpty(delta.cards) || !isEmpty(delta.connectors) || delta.width != null || delta.height != null) {
      // What the delta names changed; the rest is shared by identity, so nothing to compare.
      this.culling.update(delta, touched);
    }
  }

  /** Give the nodes an edit drew or redrew their selection and problem marks. */
  private paintRedrawn(nodes: SVGGElement[]): void {
    this.paint(nodes);
  }

  private showCards(cards: CardBox[], created: SVGGElement[], compare: boolean): void {
    this.cards.show(cards, created, compare);
  }

  private showConnectors(connectors: ConnectorRoute[], created: SVGGElement[], compare: boolean): void {
    this.connectors.show(connectors, created, compare);
  }

  /** The labels of the connectors shown that have one. */
  private showLabels(connectors: ConnectorRoute[], created: SVGGElement[], compare: boolean): void {
    this.labels.show(
      connectors.filter((c) => c.label),
      created,
      compare,
    );
  }

  /** Mark the elements the diagnostics name: the worst severity wins. */
  setDiagnostics(diags: Diagnostic[]): void {
    this.repaintMarks(this.marks.update(diags));
  }

  /** An edit added and dropped these diagnostics: mark accordingly. */
  changeDiagnostics(added: readonly Diagnostic[], dropped: readonly Diagnostic[]): void {
    this.repaintMarks(this.marks.change(added, dropped));
  }

  private repaintMarks(changed: Set<string>): void {
    // After an edit few marks change: repaint the nodes of those, not every node drawn.
    if (changed.size > MARKS_REPAINT_ALL) return this.paintState();
    const nodes: SVGGElement[] = [];
    for (const k of changed) {
      const n = this.node(k);
      if (n) nodes.push(n);
      // A connector's label is a node of its own, in the labels layer.
      const connector = idIn(k, "connector");
      const label = connector !== null ? this.labels.node(connector) : undefined;
      if (label) nodes.push(label);
    }
    this.paint(nodes);
  }

  /** Give the keyboard to the canvas: its host. A no-op when it has it, since a focus change restyles its target. */
  takeFocus(): void {
    if (this.host.ownerDocument.activeElement !== this.host) this.host.focus({ preventScroll: true });
  }

  /** Select elements by key (`card:c1`, `lane:l2`, …). */
  setSelection(keys: Iterable<string>): void {
    this.selection = new Set(keys);
    this.culling.draw();
    this.paintState();
    this.drawCellCursor();
    this.events.select?.([...this.selection]);
  }

  /** The selected cards' ids. */
  get selectedCards(): string[] {
    return [...this.selection].flatMap((k) => idIn(k, "card") ?? []);
  }

  /**
   * Draw the element with this key if culling left it out (it stays drawn until the
   * next reveal), scroll it into view, and return its node. `scroll: "center"` puts it
   * in the middle (a problem shown); `"nearest"` scrolls only as far as needed, and not
   * at all when it is in view (the keyboard walking or moving cards); `false` only draws.
   */
  reveal(key: string, { scroll = "center" }: { scroll?: "center" | "nearest" | false } = {}): SVGGElement | null {
    // A culled element has no node to scroll to: bring its place into the middle first.
    if (scroll === "center" || (scroll === "nearest" && !this.node(key))) this.culling.scrollTo(key);
    this.culling.pin(key);
    const node = this.node(key) as (SVGGElement & { scrollIntoView?: (o?: object) => void }) | null;
    if (scroll) node?.scrollIntoView?.({ block: scroll, inline: scroll });
    return node;
  }

  private paintState(): void {
    this.highlight = highlightOf(this.scene, this.selection, this.hovered);
    this.paint(this.svg.querySelectorAll<SVGGElement>("[data-key]"));
    this.pinned.paint(this.marksShown ? this.selection : new Set());
  }

  /**
   * The pointer is over connector `key` (null: none): highlight it with its ends. Not
   * while a gesture runs (a drag repaints nothing for it); only the nodes whose marks
   * change are touched.
   */
  private hover(key: string | null): void {
    if (key === this.hovered || this.session) return;
    this.hovered = key;
    const before = this.highlight;
    this.highlight = highlightOf(this.scene, this.selection, key);
    const nodes: SVGGElement[] = [];
    for (const k of changedKeys(before, this.highlight)) {
      const node = this.node(k);
      if (node) nodes.push(node);
      const connector = idIn(k, "connector");
      const label = connector === null ? undefined : this.labels.node(connector);
      if (label) nodes.push(label);
    }
    this.paint(nodes);
  }

  private paint(nodes: Iterable<SVGGElement>): void {
    const shown = this.marksShown;
    const out = this.standsOut;
    for (const node of nodes) {
      const key = node.getAttribute("data-key")!;
      const mark = shown ? this.marks.get(key) : undefined;
      node.classList.toggle("has-error", mark === "error");
      node.classList.toggle("has-warning", mark === "warning");
      node.classList.toggle("selected", shown && this.selection.has(key));
      if (out || node.classList.contains("dimmed")) node.classList.toggle("dimmed", !!out && this.dims(key, out));
      paintHighlight(node, key, shown ? this.highlight : NO_HIGHLIGHT);
    }
  }

  /**
   * Dim every card that does not stand out (null: none), and every arrow that touches no
   * card that does, unless `arrows` says which stand out (the critical path's); lanes,
   * stages and lines stay. Screen only: the class is the canvas's.
   */
  setHighlight(standsOut: ((card: string) => boolean) | null, arrows?: (connector: string) => boolean | null): void {
    this.standsOut = standsOut;
    this.arrowStandsOut = arrows;
    this.paintState();
  }

  /**
   * After an edit, while something stands out: an edit can change what does (a card's
   * owner, channel, fail point) without the delta redrawing every node that depends on
   * it: an arrow's dimming follows its end cards, and a channel is not drawn at all. So
   * every drawn card, arrow and label is dimmed afresh; the class is only toggled.
   */
  private followHighlight(): void {
    const out = this.standsOut;
    if (!out) return;
    const l = this.layers;
    for (const layer of [l.cards, l.connectors, l.labels]) {
      for (const node of layer.children) {
        const key = node.getAttribute("data-key");
        if (key !== null) node.classList.toggle("dimmed", this.dims(key, out));
      }
    }
  }

  private dims(key: string, out: (card: string) => boolean): boolean {
    const card = idIn(key, "card");
    if (card !== null) return !out(card);
    const connector = idIn(key, "connector");
    if (connector === null) return false;
    const own = this.arrowStandsOut?.(connector);
    if (own !== undefined && own !== null) return !own;
    const c = this.mirror?.connectors.get(connector);
    return !!c && !out(c.from) && !out(c.to);
  }

  zoomBy(factor: number): void {
    this.setZoom(this.zoom * factor);
  }
  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }
  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }
  actualSize(): void {
    this.setZoom(1);
  }
  fit(): void {
    if (!this.scene) return;
    const { width, height } = this.scene;
    const size = this.viewSize();
    const w = size.w || width;
    const h = size.h || height;
    this.setZoom(Math.min(w / Math.max(width, 1), h / Math.max(height, 1)));
    this.centerOn({ x: width / 2, y: height / 2 });
  }
  /**
   * Keep `px` pixels at the bottom of the view for a panel over it (the minimap and zoom
   * control): the drawing scrolls that much further, so nothing of it has to stay under
   * the panel, and the fits leave the room free. Written only when it changes.
   */
  reserveBottom(px: number): void {
    const r = Math.max(0, Math.round(px));
    if (r === this.reserved) return;
    this.reserved = r;
    this.host.style.paddingBottom = r ? `${r}px` : "";
    this.viewChanged.emit();
  }

  /** The view's size in pixels, less the room reserved for the corner's panel. */
  private viewSize(): { w: number; h: number } {
    return { w: this.host.clientWidth, h: Math.max(0, this.host.clientHeight - this.reserved) };
  }

  /** Fit the blueprint's width to the view, the scene row at the view's top staying there. */
  fitWidth(): void {
    if (!this.scene) return;
    const z = widthZoom(this.scene, this.host.clientWidth, ZOOM_MIN, ZOOM_MAX);
    this.place(z, { x: 0, y: Math.max(0, this.visibleRect().y) }, 0, 0);
  }

  /**
   * Fit one stage's column (and the lane headers' width before it, which the pinned
   * headers cover) to the view: the selected stage, or the selected card's, or the first
   * in view. Never below the readable zoom: a column too tall for it is shown from its top.
   */
  fitStage(): void {
    const s = this.scene;
    if (!s) return;
    const f = stageFrame(s, stageToFit(s, this.selection, this.rects, this.visibleRect()));
    if (!f) return;
    const { w, h } = this.viewSize();
    const z = fitZoom(f, w, h, READABLE_ZOOM, STAGE_MAX_ZOOM);
    this.place(z, { x: f.x, y: f.y }, 0, Math.max(0, (h - f.h * z) / 2));
  }

  /** The view a document opens with: its width fitted within readable limits (fit.ts), from its top-left corner. */
  openFitted(): void {
    if (!this.scene) return;
    this.place(openingZoom(this.scene, this.host.clientWidth), { x: 0, y: 0 }, 0, 0);
  }

  /** Zoom about the centre of the visible area (menus, keys, the zoom control). */
  setZoom(z: number): void {
    const c = viewportCentre(this.host);
    this.zoomAt(z, c.x, c.y);
  }

  private applyZoom(): void {
    const s = this.scene;
    if (!s) return;
    // A CSS transform, not the attribute: engines change it without laying the
    // drawing out again (measured: none vs. ~170 ms at 10,000 cards in Chromium).
    // Only what changed: WebKitGTK lays the whole drawing out again after a write to the
    // <svg>'s size or the root's transform, even of the value it had.
    const zoomed = [`scale(${this.zoom})`, Math.ceil(s.width * this.zoom), Math.ceil(s.height * this.zoom)].join();
    const sized = `${s.width} ${s.height}`;
    if (zoomed !== this.zoomed) {
      this.zoomed = zoomed;
      this.root.style.transformOrigin = "0 0";
      this.root.style.transform = `scale(${this.zoom})`;
      this.svg.setAttribute("width", String(Math.ceil(s.width * this.zoom)));
      this.svg.setAttribute("height", String(Math.ceil(s.height * this.zoom)));
    }
    if (sized !== this.sized) {
      this.sized = sized;
      this.paper.setAttribute("width", String(s.width));
      this.paper.setAttribute("height", String(s.height));
    }
  }

  /** A right-click: select what is under it (keeping a selection it is part of), then ask for the menu. */
  private onContextMenu(e: MouseEvent): void {
    e.preventDefault();
    if (this.session || this.inline.active) return;
    const hit = this.hit(e);
    const key = selectableKey(hit);
    if (key && !this.selection.has(key)) this.setSelection([key]);
    if (!key) {
      this.setSelection([]);
      this.setCellCursor(hit.kind === "cell" ? { lane: hit.lane, stage: hit.stage } : null);
    }
    this.takeFocus();
    this.events.contextMenu?.(hit, e.clientX, e.clientY);
  }

  /** The menu for the keyboard (Menu key, Shift+F10): the first selected element's, or the cell cursor's, at its place. */
  openContextMenu(): void {
    const first = [...this.selection][0];
    let hit: Hit = first ? hitOfKey(first) : { kind: "none" };
    let at: DOMRect | undefined;
    if (first) at = this.reveal(first, { scroll: "nearest" })?.getBoundingClientRect();
    else if (this.cellCursor) {
      hit = { kind: "cell", ...this.cellCursor };
      at = this.cursorFrame.node?.getBoundingClientRect();
    }
    const box = at ? { x: at.left, y: at.top } : null;
    // At the element's top-left, inside the view.
    const h = this.host.getBoundingClientRect();
    const x = Math.min(Math.max(box ? box.x + 8 : h.left + h.width / 2, h.left), h.right - 8);
    const y = Math.min(Math.max(box ? box.y + 8 : h.top + h.height / 2, h.top), h.bottom - 8);
    this.events.contextMenu?.(hit, x, y);
  }

  /** Put the cell cursor on `cell` (null: none) and bring it into view. */
  setCellCursor(cell: Cell | null): void {
    this.cellCursor = cell;
    this.drawCellCursor();
    (this.cursorFrame.node as (SVGRectElement & { scrollIntoView?: (o?: object) => void }) | null)?.scrollIntoView?.({
      block: "nearest",
      inline: "nearest",
    });
  }

  /** Draw the cell cursor while nothing is selected (a selection is the keyboard's place then). */
  private drawCellCursor(): void {
    const cell = this.cellCursor;
    this.cursorFrame.draw(cell && !this.selection.size ? cellRect(this.scene, cell) : null);
  }

  private onClick(e: MouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const hit = this.hit(e);
    if (hit.kind === "cell") this.cellCursor = { lane: hit.lane, stage: hit.stage };
    const key = selectableKey(hit);
    if (!key) {
      if (!(e.shiftKey || e.metaKey || e.ctrlKey)) this.setSelection([]);
      return;
    }
    if (e.shiftKey || e.metaKey || e.ctrlKey) {
      const next = new Set(this.selection);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      this.setSelection(next);
    } else {
      this.setSelection([key]);
    }
  }
}
