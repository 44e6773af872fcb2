// What a connector drag shows while it runs: a rubber-band line in the canvas overlay
// from the fixed end to the pointer, and the card the drop would connect highlighted.

import type { SceneView, Surface } from "./host";
import type { Point } from "../hit";
import { Drag } from "./gesture";
import { el } from "../render/svg";
import { cardKey } from "../../scene/keys";

/** A drag that shows a rubber band once it starts (`begin` sets `band`) and removes it at the end. */
export abstract class BandDrag extends Drag {
  protected band: RubberBand | null = null;

  protected drag(p: Point): void {
    this.band?.update(p);
  }

  protected abort(): void {
    this.band?.remove();
    this.band = null;
  }
}

/** The topmost card whose rectangle contains scene point `p`. */
export function cardAt(canvas: Pick<SceneView, "cardRects">, p: Point): string | null {
  let found: string | null = null;
  // Later cards are drawn over earlier ones, so the last match is the one on top.
  for (const [id, r] of canvas.cardRects) {
    if (p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h) found = id;
  }
  return found;
}

export class RubberBand {
  private line: SVGLineElement;
  private tip: SVGCircleElement;
  private target: string | null = null;

  /** `accepts`: whether a card may be the other end (not the fixed end's own card). */
  constructor(
    private canvas: SceneView & Surface,
    from: Point,
    private accepts: (card: string) => boolean,
  ) {
    this.line = el("line", { class: "rubber-band", x1: from.x, y1: from.y, x2: from.x, y2: from.y });
    this.tip = el("circle", { class: "rubber-band-tip", cx: from.x, cy: from.y, r: 3 });
    canvas.overlay.append(this.line, this.tip);
  }

  /** Follow the pointer; returns the card a drop here would connect, if any. */
  update(p: Point): string | null {
    const over = cardAt(this.canvas, p);
    const target = over && this.accepts(over) ? over : null;
    for (const [k, v] of [
      ["x2", p.x],
      ["y2", p.y],
    ] as const)
      this.line.setAttribute(k, String(v));
    this.tip.setAttribute("cx", String(p.x));
    this.tip.setAttribute("cy", String(p.y));
    if (target !== this.target) {
      this.highlight(this.target, false);
      this.highlight(target, true);
      this.target = target;
    }
    return target;
  }

  remove(): void {
    this.highlight(this.target, false);
    this.target = null;
    this.line.remove();
    this.tip.remove();
  }

  private highlight(card: string | null, on: boolean): void {
    if (card) this.canvas.node(cardKey(card))?.classList.toggle("connector-target", on);
  }
}
