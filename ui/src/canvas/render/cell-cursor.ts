// The keyboard's cell cursor, drawn: a dashed frame just inside a lane × stage cell, in
// the overlay (an editing affordance, `ui-only`). Where it goes is the canvas's.

import type { Rect, Scene } from "../../scene/types";
import { idOf } from "../../scene/keys";
import { el } from "./svg";

/** A lane × stage cell, by ids. */
export interface Cell {
  lane: string;
  stage: string;
}

/** The cell's rect in scene units, or null when its lane or stage is gone. */
export function cellRect(scene: Scene | null, cell: Cell): Rect | null {
  const lane = scene?.lanes.find((l) => idOf(l.element) === cell.lane);
  const stage = scene?.stages.find((s) => idOf(s.element) === cell.stage);
  if (!lane || !stage) return null;
  return { x: stage.x, y: lane.band.y, w: stage.width, h: lane.band.h };
}

export class CellCursorFrame {
  node: SVGRectElement | null = null;

  constructor(private readonly overlay: SVGGElement) {}

  /** Frame `r` (scene units), or take the frame away (null). */
  draw(r: Rect | null): void {
    if (!r) {
      this.node?.remove();
      this.node = null;
      return;
    }
    this.node ??= el("rect", { class: "cell-cursor ui-only", "pointer-events": "none", fill: "none" });
    for (const [k, v] of Object.entries({ x: r.x + 2, y: r.y + 2, width: r.w - 4, height: r.h - 4 })) {
      this.node.setAttribute(k, String(v));
    }
    if (this.node.parentNode !== this.overlay) this.overlay.append(this.node);
  }
}
