// The blueprint canvas: plain TypeScript over the SVG DOM, drawing the core's Scene.
// One <g data-id data-key> per element. Cards and connectors are keyed by id. After an
// edit the core sends a SceneDelta: only the parts and primitives it names are redrawn,
// so an edit touches only what it moved.

import type { Mirror } from "../mirror";
import type { Diagnostic, ElementRef, KeyedDelta, Rect, Scene, SceneDelta } from "../types";
import { applyDelta, DeltaMismatch, isEmpty } from "../delta";
import { el, clear } from "./svg";
import { t } from "../i18n";
import { drawCard, drawConnector, drawLane, drawLine, drawStage, idOf, keyOf, text, INK, MUTED } from "./draw";
import { cardRects, dropTarget, isMove, type DropTarget } from "./drop";

export const ZOOM_MIN = 0.1;
export const ZOOM_MAX = 4;
const ZOOM_STEP = 1.25;

export interface CanvasEvents {
  /** The selection changed (card ids). */
  select?(ids: string[]): void;
  /** A card was dropped somewhere else: one command, sent once, on drop. */
  move?(card: string, to: DropTarget): void;
}

/** Pointer travel (screen pixels) before a press becomes a drag. */
const DRAG_THRESHOLD = 4;

interface Drag {
  id: string;
  node: SVGGElement;
  startX: number;
  startY: number;
  pointer: number;
  moved: boolean;
}

interface Keyed {
  node: SVGGElement;
  sig: string;
}

export class Canvas {
  readonly svg: SVGSVGElement;
  private root: SVGGElement;
  private layers: Record<"title" | "lanes" | "stages" | "connectors" | "lines" | "cards", SVGGElement>;
  private scene: Scene | null = null;
  private mirror: Mirror | null = null;
  private rects = new Map<string, Rect>();
  private cards = new Map<string, Keyed>();
  private connectors = new Map<string, Keyed>();
  private marks = new Map<string, string>();
  private drag: Drag | null = null;
  /** Swallow the click that ends a drag. */
  private suppressClick = false;
  zoom = 1;
  selection = new Set<string>();
  /** Elements other than cards shown as selected (from the problems panel). */
  private highlighted = new Set<string>();

  constructor(private host: HTMLElement, private events: CanvasEvents = {}) {
    this.svg = el("svg", { class: "blueprint", role: "img", "aria-label": t("canvas.label") });
    this.root = el("g", { class: "scene" });
    this.layers = {
      title: el("g", { class: "layer-title" }),
      lanes: el("g", { class: "layer-lanes" }),
      stages: el("g", { class: "layer-stages" }),
      connectors: el("g", { class: "layer-connectors" }),
      lines: el("g", { class: "layer-lines" }),
      cards: el("g", { class: "layer-cards" }),
    };
    // The export's layer order: connectors under lines under cards.
    const l = this.layers;
    this.root.append(l.title, l.lanes, l.stages, l.connectors, l.lines, l.cards);
    this.svg.append(this.root);
    host.append(this.svg);
    this.svg.addEventListener("click", (e) => this.onClick(e));
    this.svg.addEventListener("pointerdown", (e) => this.onPointerDown(e));
    this.svg.addEventListener("pointermove", (e) => this.onPointerMove(e));
    this.svg.addEventListener("pointerup", (e) => this.onPointerUp(e));
    this.svg.addEventListener("pointercancel", () => this.cancelDrag());
  }

  /** Abandon a drag in progress (Escape): the card goes back, nothing is sent. */
  cancelDrag(): boolean {
    const d = this.drag;
    if (!d) return false;
    this.drag = null;
    d.node.removeAttribute("transform");
    d.node.classList.remove("dragging");
    this.suppressClick = d.moved;
    return d.moved;
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    const node = (e.target as Element | null)?.closest?.(".card") as SVGGElement | null;
    const id = node?.getAttribute("data-id");
    if (!node || !id) return;
    this.drag = { id, node, startX: e.clientX, startY: e.clientY, pointer: e.pointerId, moved: false };
  }

  private onPointerMove(e: PointerEvent): void {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    const dx = e.clientX - d.startX;
    const dy = e.clientY - d.startY;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!d.moved) {
      d.moved = true;
      d.node.classList.add("dragging");
      // Drawn last so it floats over the other cards while dragged.
      d.node.parentNode?.appendChild(d.node);
      this.svg.setPointerCapture?.(e.pointerId);
    }
    d.node.setAttribute("transform", `translate(${dx / this.zoom} ${dy / this.zoom})`);
  }

  private onPointerUp(e: PointerEvent): void {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    const moved = this.cancelDrag();
    if (!moved || !this.scene || !this.mirror) return;
    const r = this.svg.getBoundingClientRect();
    const x = (e.clientX - r.left) / this.zoom;
    const y = (e.clientY - r.top) / this.zoom;
    const target = dropTarget(this.scene, this.rects, this.mirror, d.id, x, y);
    if (target && isMove(this.mirror, d.id, target)) this.events.move?.(d.id, target);
  }

  /** Draw a scene; cards and connectors whose primitive did not change keep their nodes. */
  render(scene: Scene, m: Mirror): void {
    this.scene = scene;
    this.mirror = m;
    this.rects = cardRects(scene);
    this.drawTitle(scene);
    this.drawLanes(scene);
    this.drawStages(scene);
    this.drawLines(scene);
    this.sync(this.cards, this.layers.cards, scene.cards, drawCard);
    this.sync(this.connectors, this.layers.connectors, scene.connectors, drawConnector);
    for (const id of [...this.selection]) if (!this.cards.has(id)) this.selection.delete(id);
    this.paintState();
    this.applyZoom();
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
    const scene = applyDelta(this.scene, delta);
    this.scene = scene;
    this.mirror = m;
    const touched: SVGGElement[] = [];
    const redrawn: SVGGElement[] = [];
    const redraw = (layer: SVGGElement, draw: (s: Scene) => void) => {
      draw.call(this, scene);
      redrawn.push(layer);
    };
    if (delta.title) redraw(this.layers.title, this.drawTitle);
    if (delta.lanes) redraw(this.layers.lanes, this.drawLanes);
    // Stage columns reach down to the bottom of the last lane.
    if (delta.stages || delta.lanes) redraw(this.layers.stages, this.drawStages);
    if (delta.lines) redraw(this.layers.lines, this.drawLines);
    if (!isEmpty(delta.cards)) {
      this.rects = cardRects(scene);
      this.patch(this.cards, this.layers.cards, scene.cards, delta.cards, drawCard, touched);
    }
    if (!isEmpty(delta.connectors)) {
      this.patch(this.connectors, this.layers.connectors, scene.connectors, delta.connectors, drawConnector, touched);
    }
    for (const id of delta.cards.removed) this.selection.delete(id);
    for (const layer of redrawn) touched.push(...layer.querySelectorAll<SVGGElement>("[data-key]"));
    this.paint(touched);
    this.applyZoom();
  }

  private drawTitle(scene: Scene): void {
    const layer = this.layers.title;
    clear(layer);
    const t = el("g", { class: "title", "data-id": "document", "data-key": "document" });
    const tt = text(scene.title.title, INK, "doc-heading");
    const st = text(scene.title.subtitle, MUTED);
    if (tt) t.append(tt);
    if (st) t.append(st);
    layer.append(t);
  }

  private drawLanes(scene: Scene): void {
    clear(this.layers.lanes);
    for (const lane of scene.lanes) this.layers.lanes.append(drawLane(lane));
  }

  private drawStages(scene: Scene): void {
    clear(this.layers.stages);
    const bottom = scene.lanes.length ? Math.max(...scene.lanes.map((l) => l.band.y + l.band.h)) : undefined;
    for (const stage of scene.stages) this.layers.stages.append(drawStage(stage, bottom));
  }

  private drawLines(scene: Scene): void {
    clear(this.layers.lines);
    for (const line of scene.lines) this.layers.lines.append(drawLine(line));
  }

  /** Redraw the upserted items, drop the removed ones, and keep the scene's order. */
  private patch<T extends { element: ElementRef }>(
    nodes: Map<string, Keyed>, layer: SVGGElement, items: T[], d: KeyedDelta<T>,
    draw: (item: T) => SVGGElement, touched: SVGGElement[],
  ): void {
    for (const id of d.removed) {
      nodes.get(id)?.node.remove();
      nodes.delete(id);
    }
    for (const item of d.upserted) {
      const id = idOf(item.element);
      const node = draw(item);
      const k = nodes.get(id);
      if (k) k.node.replaceWith(node);
      else layer.append(node);
      nodes.set(id, { node, sig: JSON.stringify(item) });
      touched.push(node);
    }
    // A dragged card was raised to the top, and new items went last: put them back in
    // the scene's order. Walking siblings is cheap; moving nodes is done only when needed.
    let prev: Element | null = null;
    for (const item of items) {
      const node = nodes.get(idOf(item.element))!.node;
      const want: ChildNode | null = prev ? prev.nextSibling : layer.firstChild;
      if (want !== node) layer.insertBefore(node, want);
      prev = node;
    }
  }

  private sync<T extends { element: ElementRef }>(
    nodes: Map<string, Keyed>, layer: SVGGElement, items: T[], draw: (item: T) => SVGGElement,
  ): void {
    const seen = new Set<string>();
    let prev: Element | null = null;
    for (const item of items) {
      const id = idOf(item.element);
      seen.add(id);
      const sig = JSON.stringify(item);
      let k = nodes.get(id);
      if (!k || k.sig !== sig) {
        const node = draw(item);
        if (k) k.node.replaceWith(node);
        k = { node, sig };
        nodes.set(id, k);
      }
      // Keep the scene's order (it is the drawing order).
      const want: ChildNode | null = prev ? prev.nextSibling : layer.firstChild;
      if (want !== k.node) layer.insertBefore(k.node, want);
      prev = k.node;
    }
    for (const [id, k] of nodes) {
      if (!seen.has(id)) {
        k.node.remove();
        nodes.delete(id);
      }
    }
  }

  /** Mark the elements the diagnostics name: the worst severity wins. */
  setDiagnostics(diags: Diagnostic[]): void {
    const rank = { info: 1, warning: 2, error: 3 } as const;
    const marks = new Map<string, "info" | "warning" | "error">();
    for (const d of diags) {
      for (const e of d.elements) {
        const k = keyOf(e);
        const cur = marks.get(k);
        if (!cur || rank[d.severity] > rank[cur]) marks.set(k, d.severity);
      }
    }
    this.marks = marks;
    this.paintState();
  }

  setSelection(ids: Iterable<string>, others: Iterable<string> = []): void {
    this.selection = new Set(ids);
    this.highlighted = new Set(others);
    this.paintState();
    this.events.select?.([...this.selection]);
  }

  /** Scroll so that the element with this key is in view. */
  reveal(key: string): void {
    const node = this.svg.querySelector(`[data-key="${CSS.escape(key)}"]`) as (SVGGElement & { scrollIntoView?: (o?: object) => void }) | null;
    node?.scrollIntoView?.({ block: "center", inline: "center" });
  }

  private paintState(): void {
    this.paint(this.svg.querySelectorAll<SVGGElement>("[data-key]"));
  }

  private paint(nodes: Iterable<SVGGElement>): void {
    for (const node of nodes) {
      const key = node.getAttribute("data-key")!;
      const mark = this.marks.get(key);
      node.classList.toggle("has-error", mark === "error");
      node.classList.toggle("has-warning", mark === "warning");
      const id = node.getAttribute("data-id")!;
      const selected = key.startsWith("card:") ? this.selection.has(id) : this.highlighted.has(key);
      node.classList.toggle("selected", selected);
    }
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
    const w = this.host.clientWidth || width;
    const h = this.host.clientHeight || height;
    this.setZoom(Math.min(w / Math.max(width, 1), h / Math.max(height, 1)));
  }
  setZoom(z: number): void {
    this.zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, z));
    this.applyZoom();
  }

  private applyZoom(): void {
    const s = this.scene;
    if (!s) return;
    this.root.setAttribute("transform", `scale(${this.zoom})`);
    this.svg.setAttribute("width", String(Math.ceil(s.width * this.zoom)));
    this.svg.setAttribute("height", String(Math.ceil(s.height * this.zoom)));
  }

  private onClick(e: MouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const target = (e.target as Element | null)?.closest?.(".card");
    const id = target?.getAttribute("data-id");
    if (!id) {
      this.setSelection([]);
      return;
    }
    if (e.shiftKey || e.metaKey || e.ctrlKey) {
      const next = new Set(this.selection);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      this.setSelection(next);
    } else {
      this.setSelection([id]);
    }
  }
}
