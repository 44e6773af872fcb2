// The dragged card's stand-in: a copy of its group in a small SVG of its own, above the
// canvas and in its own compositing layer, moved by a CSS transform. Moving a group inside
// the big canvas SVG makes WebKit repaint the whole SVG on every frame (the cost follows the
// document's size); moving this layer repaints nothing, so the big SVG is painted only when
// the card leaves it at the start and comes back at the end.

import type { Rect } from "../types";
import { el } from "./svg";

/** Room around the card for its thicker (selected, dashed) stroke, in scene units. */
const MARGIN = 4;

export class DragOverlay {
  readonly svg: SVGSVGElement;

  /**
   * `card` is the card's group in the canvas, `box` its extent in scene units and `zoom`
   * the canvas's scale. The overlay is placed over the card's on-screen box as it is now.
   */
  constructor(host: HTMLElement, card: SVGGElement, box: Rect, zoom: number) {
    const at = card.getBoundingClientRect();
    const m = MARGIN;
    this.svg = el("svg", {
      class: "drag-overlay",
      "aria-hidden": "true",
      viewBox: `${box.x - m} ${box.y - m} ${box.w + 2 * m} ${box.h + 2 * m}`,
      width: (box.w + 2 * m) * zoom,
      height: (box.h + 2 * m) * zoom,
    });
    // Fixed to the viewport: pointer deltas are in client pixels, so are its moves.
    this.svg.style.left = `${at.left - m * zoom}px`;
    this.svg.style.top = `${at.top - m * zoom}px`;
    const copy = card.cloneNode(true) as SVGGElement;
    // A picture of the card, not a second card: nothing finds it by id or focuses it.
    for (const a of ["data-id", "data-key", "tabindex", "transform", "style"]) copy.removeAttribute(a);
    copy.classList.add("dragging");
    this.svg.append(copy);
    host.append(this.svg);
  }

  /** Offset from where the drag started, in client pixels. */
  moveTo(dx: number, dy: number): void {
    this.svg.style.transform = `translate(${dx}px, ${dy}px)`;
  }

  remove(): void {
    this.svg.remove();
  }
}
