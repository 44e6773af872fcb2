// The blueprint canvas: plain TypeScript over the SVG DOM, one <g data-id> per element.
// A full draw builds everything; an update after a patch redraws only the cards and
// connectors the patch touched or moved (structural changes redraw the whole scene).

import type { Mirror, Touched } from "../mirror";
import type { Card, Connector } from "../types";
import { computeGeometry, wrapText, LABEL_W, HEADER_H, type Box, type Geometry } from "./geometry";
import { laneFill, LINE_LABEL } from "./colors";
import { el, clear, SVG_NS } from "./svg";
import { dropTarget, isMove, type DropTarget } from "./drop";

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

export class Canvas {
  readonly svg: SVGSVGElement;
  private root: SVGGElement;
  private layers: Record<"bands" | "lines" | "connectors" | "cards", SVGGElement>;
  private geometry: Geometry | null = null;
  private mirror: Mirror | null = null;
  private cardNodes = new Map<string, SVGGElement>();
  private connectorNodes = new Map<string, SVGGElement>();
  private drag: Drag | null = null;
  /** Swallow the click that ends a drag. */
  private suppressClick = false;
  zoom = 1;
  selection = new Set<string>();

  constructor(private host: HTMLElement, private events: CanvasEvents = {}) {
    this.svg = el("svg", { class: "blueprint", role: "img", "aria-label": "Service blueprint" });
    const defs = el("defs");
    const marker = el("marker", {
      id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse",
    });
    marker.append(el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#44546a" }));
    defs.append(marker);
    this.root = el("g", { class: "scene" });
    this.layers = {
      bands: el("g", { class: "layer-bands" }),
      lines: el("g", { class: "layer-lines" }),
      connectors: el("g", { class: "layer-connectors" }),
      cards: el("g", { class: "layer-cards" }),
    };
    this.root.append(this.layers.bands, this.layers.lines, this.layers.connectors, this.layers.cards);
    this.svg.append(defs, this.root);
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
    if (!moved || !this.geometry || !this.mirror) return;
    const r = this.svg.getBoundingClientRect();
    const x = (e.clientX - r.left) / this.zoom;
    const y = (e.clientY - r.top) / this.zoom;
    const target = dropTarget(this.geometry, this.mirror, d.id, x, y);
    if (target && isMove(this.mirror, d.id, target)) this.events.move?.(d.id, target);
  }

  /** Draw the whole document. */
  render(m: Mirror): void {
    this.mirror = m;
    this.geometry = computeGeometry(m);
    for (const layer of Object.values(this.layers)) clear(layer);
    this.cardNodes.clear();
    this.connectorNodes.clear();
    this.drawBands(m, this.geometry);
    this.drawLines(m, this.geometry);
    for (const card of m.cards.values()) this.drawCard(card);
    for (const conn of m.connectors.values()) this.drawConnector(conn);
    for (const id of [...this.selection]) if (!m.cards.has(id)) this.selection.delete(id);
    this.applyZoom();
  }

  /** Redraw what a patch changed. */
  update(m: Mirror, touched: Touched): void {
    const old = this.geometry;
    const next = computeGeometry(m);
    const bandsMoved = !old || old.height !== next.height || !sameBoxes(old.lanes, next.lanes);
    if (touched.structural || bandsMoved || !this.mirror) {
      this.render(m);
      return;
    }
    this.geometry = next;
    const redrawCards = new Set(touched.cards);
    for (const [id, box] of next.cards) {
      const before = old.cards.get(id);
      if (!before || !sameBox(before, box)) redrawCards.add(id);
    }
    for (const id of redrawCards) {
      this.cardNodes.get(id)?.remove();
      this.cardNodes.delete(id);
      const card = m.cards.get(id);
      if (card) this.drawCard(card);
      else this.selection.delete(id);
    }
    const redrawConnectors = new Set(touched.connectors);
    for (const c of m.connectors.values()) {
      if (redrawCards.has(c.from) || redrawCards.has(c.to)) redrawConnectors.add(c.id);
    }
    for (const id of redrawConnectors) {
      this.connectorNodes.get(id)?.remove();
      this.connectorNodes.delete(id);
      const conn = m.connectors.get(id);
      if (conn) this.drawConnector(conn);
    }
  }

  setSelection(ids: Iterable<string>): void {
    this.selection = new Set(ids);
    for (const [id, node] of this.cardNodes) node.classList.toggle("selected", this.selection.has(id));
    this.events.select?.([...this.selection]);
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
    if (!this.geometry) return;
    const { width, height } = this.geometry;
    const w = this.host.clientWidth || width;
    const h = this.host.clientHeight || height;
    this.setZoom(Math.min(w / Math.max(width, 1), h / Math.max(height, 1)));
  }
  setZoom(z: number): void {
    this.zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, z));
    this.applyZoom();
  }

  private applyZoom(): void {
    const g = this.geometry;
    if (!g) return;
    this.root.setAttribute("transform", `scale(${this.zoom})`);
    this.svg.setAttribute("width", String(Math.ceil(g.width * this.zoom)));
    this.svg.setAttribute("height", String(Math.ceil(g.height * this.zoom)));
  }

  private drawBands(m: Mirror, g: Geometry): void {
    const bands = this.layers.bands;
    for (const lane of m.lanes) {
      const b = g.lanes.get(lane.id);
      if (!b) continue;
      const node = el("g", { class: "lane", "data-id": lane.id, "data-kind": lane.kind });
      node.append(
        el("rect", { x: b.x, y: b.y, width: b.w, height: b.h, fill: laneFill(lane), stroke: "#c8ced6", "stroke-width": 1 }),
        el("text", { class: "lane-name", x: 12, y: b.y + Math.min(b.h / 2, 22) + 5 }, lane.name),
      );
      bands.append(node);
    }
    m.stages.forEach((stage, i) => {
      const b = g.stages.get(stage.id);
      if (!b) return;
      const node = el("g", { class: "stage", "data-id": stage.id });
      node.append(
        el("rect", { x: b.x, y: 0, width: b.w, height: HEADER_H, fill: i % 2 ? "#e9edf2" : "#f1f4f7", stroke: "#c8ced6" }),
        el("text", { class: "stage-name", x: b.x + b.w / 2, y: HEADER_H / 2 + 5, "text-anchor": "middle" },
          wrapText(stage.name, 24, 1)[0] ?? ""),
        el("line", { x1: b.x, y1: HEADER_H, x2: b.x, y2: b.h, stroke: "#d5dae1", "stroke-dasharray": "2 4" }),
      );
      bands.append(node);
    });
    bands.append(el("rect", { x: 0, y: 0, width: LABEL_W, height: HEADER_H, fill: "#dfe5ec", stroke: "#c8ced6" }));
  }

  private drawLines(m: Mirror, g: Geometry): void {
    for (const line of m.lines) {
      const y = g.boundaryY[line.boundary];
      if (y === undefined) continue;
      const node = el("g", { class: "line", "data-id": `line:${line.kind}`, "data-kind": line.kind });
      const dashed = line.kind === "visibility" ? "10 6" : line.kind === "internal_interaction" ? "3 4" : "";
      const attrs: Record<string, string | number> = { x1: 0, y1: y, x2: g.width, y2: y, stroke: "#1d4f91", "stroke-width": 2 };
      if (dashed) attrs["stroke-dasharray"] = dashed;
      node.append(
        el("line", attrs),
        el("text", { class: "line-name", x: g.width - 8, y: y - 4, "text-anchor": "end" }, LINE_LABEL[line.kind] ?? line.kind),
      );
      this.layers.lines.append(node);
    }
  }

  private drawCard(card: Card): void {
    const b = this.geometry?.cards.get(card.id);
    if (!b) return;
    const node = el("g", { class: "card", "data-id": card.id, tabindex: -1 });
    if (this.selection.has(card.id)) node.classList.add("selected");
    node.append(el("rect", { class: "card-box", x: b.x, y: b.y, width: b.w, height: b.h, rx: 6, ry: 6 }));
    const lines = wrapText(card.text, 24, 2);
    const text = el("text", { class: "card-text", x: b.x + 8, y: b.y + 20 });
    lines.forEach((l, i) => text.append(el("tspan", { x: b.x + 8, dy: i === 0 ? 0 : 17 }, l)));
    node.append(text);
    if (card.fail_point) {
      const f = el("g", { class: "fail-point" });
      f.append(
        el("circle", { cx: b.x + b.w - 10, cy: b.y + 10, r: 8, fill: "#c62828" }),
        el("text", { x: b.x + b.w - 10, y: b.y + 14, "text-anchor": "middle", fill: "#fff", "font-size": 11, "font-weight": 700 }, "F"),
      );
      const title = document.createElementNS(SVG_NS, "title");
      title.textContent = `Fail point (${card.fail_point.kind})`;
      f.append(title);
      node.append(f);
    }
    this.cardNodes.set(card.id, node);
    this.layers.cards.append(node);
  }

  private drawConnector(conn: Connector): void {
    const g = this.geometry;
    const a = g?.cards.get(conn.from);
    const b = g?.cards.get(conn.to);
    if (!a || !b) return;
    const [x1, y1, x2, y2] = edgePoints(a, b);
    const attrs: Record<string, string | number> = {
      class: "connector-path", x1, y1, x2, y2, stroke: "#44546a", "stroke-width": 1.4, "marker-end": "url(#arrow)",
    };
    if (conn.direction === "two_way") attrs["marker-start"] = "url(#arrow)";
    const node = el("g", { class: "connector", "data-id": conn.id });
    node.append(el("line", attrs));
    this.connectorNodes.set(conn.id, node);
    this.layers.connectors.append(node);
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

/** Start and end of an arrow between two boxes: from the side of `a` facing `b`. */
export function edgePoints(a: Box, b: Box): [number, number, number, number] {
  const ac = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const bc = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const dx = bc.x - ac.x;
  const dy = bc.y - ac.y;
  if (Math.abs(dx) * a.h >= Math.abs(dy) * a.w) {
    const s = Math.sign(dx) || 1;
    return [ac.x + (s * a.w) / 2, ac.y, bc.x - (s * b.w) / 2, bc.y];
  }
  const s = Math.sign(dy) || 1;
  return [ac.x, ac.y + (s * a.h) / 2, bc.x, bc.y - (s * b.h) / 2];
}

function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

function sameBoxes(a: Map<string, Box>, b: Map<string, Box>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || !sameBox(v, w)) return false;
  }
  return true;
}
