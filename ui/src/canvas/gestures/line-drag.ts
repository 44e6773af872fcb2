// Dragging a line (interaction, visibility, …) to another lane boundary: the line snaps
// to the nearest boundary no other line marks while it follows the pointer (the core
// refuses two lines on one boundary: one would hide the other), and the drop sends one
// place_line. Where the core's check finds a lane on the wrong side of a line, its
// diagnostics mark both.

import type { Commanding, SceneView, Surface } from "./host";
import { Drag, type Gesture, type GestureSession, type Press } from "./gesture";
import type { Point } from "../hit";
import type { LineKind, Scene } from "../../scene/types";
import { lineKey } from "../../scene/keys";
import { othersBoundaries } from "../../edits/line-boundaries";

/** The y of every lane boundary: 0 above the first lane, `lanes.length` below the last. */
export function boundaries(scene: Scene): number[] {
  const lanes = scene.lanes;
  if (!lanes.length) return [];
  return [lanes[0]!.band.y, ...lanes.map((l) => l.band.y + l.band.h)];
}

/** The boundary nearest to scene y (the first of equals), of those not `taken`; −1 when every one is. */
export function nearestBoundary(ys: number[], y: number, taken: ReadonlySet<number> = new Set()): number {
  let best = -1;
  ys.forEach((b, i) => {
    if (!taken.has(i) && (best < 0 || Math.abs(b - y) < Math.abs(ys[best]! - y))) best = i;
  });
  return best;
}

class LineDrag extends Drag {
  private boundary: number;

  constructor(
    private canvas: Commanding & Surface,
    private kind: LineKind,
    private node: SVGGElement,
    private ys: number[],
    private from: number,
    private taken: ReadonlySet<number>,
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
    this.boundary = from;
  }

  /** The boundary the line would be placed at now. */
  get target(): number {
    return this.boundary;
  }

  protected begin(_p: Point, e: PointerEvent): void {
    this.node.classList.add("dragging");
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected drag(_p: Point, d: Point): void {
    const start = this.ys[this.from]!;
    const nearest = nearestBoundary(this.ys, start + d.y, this.taken);
    this.boundary = nearest < 0 ? this.from : nearest;
    this.node.setAttribute("transform", `translate(0 ${this.ys[this.boundary]! - start})`);
  }

  protected abort(): void {
    this.node.removeAttribute("transform");
    this.node.classList.remove("dragging");
  }

  protected drop(): void {
    if (this.boundary !== this.from)
      void this.canvas.send({ type: "place_line", kind: this.kind, boundary: this.boundary });
  }
}

export function lineDrag(canvas: SceneView & Commanding & Surface): Gesture {
  return {
    press(press): GestureSession | null {
      const { hit } = press;
      if (hit.kind !== "line") return null;
      const scene = canvas.current;
      const line = canvas.currentMirror?.lines.find((l) => l.kind === hit.id);
      if (!scene || !line) return null;
      const node = canvas.node(lineKey(hit.id));
      const ys = boundaries(scene);
      if (!node || line.boundary >= ys.length) return null;
      // Its own boundary is always its to keep, even where another line shares it (a file
      // may bring two lines on one boundary).
      const taken = othersBoundaries(canvas.currentMirror!.lines, line.kind);
      taken.delete(line.boundary);
      return new LineDrag(canvas, line.kind, node, ys, line.boundary, taken, press);
    },
  };
}
