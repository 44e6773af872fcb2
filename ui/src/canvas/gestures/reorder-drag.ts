// Reordering lanes (vertically) or stages (horizontally) by dragging a header: the
// element's group and its cards, lifted over the rest (reorder-lift.ts), follow the
// pointer along the one axis, an insertion mark shows where it will land, and the drop
// sends one command with the new index. Nothing else is redrawn until the core answers
// with the new Scene.

import type { Surface } from "./host";
import { Drag, type Press } from "./gesture";
import type { Point } from "../hit";
import { el } from "../render/svg";
import { Lift } from "./reorder-lift";

/** One element of the row (lanes) or column (stages) being reordered, in scene units. */
export interface Span {
  id: string;
  start: number;
  size: number;
}

/**
 * The index `from` moves to (its position once removed and reinserted, as `move_lane`
 * and `move_stage` take it) when dropped at `at` on the axis: after every other span
 * whose middle is before the pointer.
 */
export function insertionIndex(spans: Span[], from: number, at: number): number {
  let index = 0;
  spans.forEach((s, i) => {
    if (i !== from && s.start + s.size / 2 < at) index++;
  });
  return index;
}

/** Where the insertion mark for `index` goes on the axis: the gap it lands in. */
export function markAt(spans: Span[], from: number, index: number): number {
  const others = spans.filter((_, i) => i !== from);
  const next = others[index];
  if (next) return next.start;
  const last = others[others.length - 1] ?? spans[from]!;
  return last.start + last.size;
}

export interface ReorderOptions {
  axis: "x" | "y";
  spans: Span[];
  from: number;
  /** The element's own group and its cards' groups (lifted while dragged). */
  node: SVGGElement;
  followers: SVGGElement[];
  /** New elements drawn between the element and its cards while lifted (grid lines, fills). */
  backing?: SVGElement[];
  /** Extent of the insertion mark across the axis (scene units). */
  across: [number, number];
  /** The one command for a move to `index` (never called for no move). */
  commit(index: number): void;
}

export class ReorderDrag extends Drag {
  private mark: SVGLineElement | null = null;
  private index: number;
  private lift: Lift | null = null;

  constructor(
    private canvas: Surface,
    private o: ReorderOptions,
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
    this.index = o.from;
  }

  /** Where the element would land now. */
  get target(): number {
    return this.index;
  }

  protected begin(_p: Point, e: PointerEvent): void {
    const { node } = this.o;
    node.classList.add("dragging");
    // Lifted over everything else so that it floats over its neighbours; put back on abort.
    this.lift = new Lift(this.canvas.svg, this.canvas.overlay);
    this.lift.add([node, ...(this.o.backing ?? []), ...this.o.followers]);
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected drag(p: Point, d: Point): void {
    const { axis, spans, from, across } = this.o;
    const shift = axis === "y" ? `translate(0 ${d.y})` : `translate(${d.x} 0)`;
    for (const n of [this.o.node, ...(this.o.backing ?? []), ...this.o.followers]) n.setAttribute("transform", shift);
    this.index = insertionIndex(spans, from, axis === "y" ? p.y : p.x);
    if (this.index === from) {
      this.mark?.remove();
      this.mark = null;
      return;
    }
    const at = markAt(spans, from, this.index);
    const [a, b] = across;
    const attrs = axis === "y" ? { x1: a, x2: b, y1: at, y2: at } : { x1: at, x2: at, y1: a, y2: b };
    if (!this.mark) {
      this.mark = el("line", { class: "insert-mark", "aria-hidden": "true" });
      this.canvas.overlay.append(this.mark);
    }
    for (const [k, v] of Object.entries(attrs)) this.mark.setAttribute(k, String(v));
  }

  protected abort(): void {
    const { node } = this.o;
    for (const n of [node, ...this.o.followers]) n.removeAttribute("transform");
    node.classList.remove("dragging");
    this.lift?.restore();
    this.lift = null;
    this.mark?.remove();
    this.mark = null;
  }

  protected drop(): void {
    if (this.index !== this.o.from) this.o.commit(this.index);
  }
}
