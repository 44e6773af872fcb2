// What a lane or stage being reordered looks like: lifted. Its group and its cards move
// into a group drawn over everything else (lines, cards, labels), with a soft shadow, and
// the column or band is opaque (styles.css leaves it so), so its neighbours and their
// labels do not show through.
// A stage column has no fill of its own: it is backed by the lanes' fills over its width.
// Everything goes back where it was when the drag ends.

import type { Scene } from "../../scene/types";
import { el } from "../render/svg";

const SHADOW_ID = "reorder-lift-shadow";

/** The drop shadow filter, defined once per drawing. */
function shadow(svg: SVGSVGElement): string {
  if (!svg.querySelector(`#${SHADOW_ID}`)) {
    // A generous region: a lane band is wide and short, a stage column narrow and tall.
    const filter = el("filter", { id: SHADOW_ID, x: "-10%", y: "-30%", width: "120%", height: "160%" });
    filter.append(
      el("feDropShadow", { dx: 0, dy: 3, stdDeviation: 4, "flood-color": "#000000", "flood-opacity": 0.3 }),
    );
    const defs = el("defs");
    defs.append(filter);
    svg.prepend(defs);
  }
  return `url(#${SHADOW_ID})`;
}

/** The stage separators across a lane's band, which the stages layer draws under it. */
export function laneBacking(scene: Scene, lane: number): SVGElement[] {
  const band = scene.lanes[lane]?.band;
  if (!band) return [];
  return scene.stages.map((s) =>
    el("line", {
      x1: s.x + s.width,
      x2: s.x + s.width,
      y1: band.y,
      y2: band.y + band.h,
      stroke: scene.paint.stage.separator,
    }),
  );
}

/** A stage column's fill: each lane's fill over the stage's width. */
export function columnBacking(scene: Scene, stage: number): SVGElement[] {
  const s = scene.stages[stage];
  if (!s) return [];
  return scene.lanes.map((l) =>
    el("rect", {
      x: s.x,
      y: l.band.y,
      width: s.width,
      height: l.band.h,
      fill: l.fill,
      stroke: scene.paint.lane.stroke,
    }),
  );
}

export class Lift {
  readonly group: SVGGElement;
  /** Each moved node and the placeholder that keeps its place in its layer. */
  private moved: [Element, Comment][] = [];

  /** `above`: the layer the lifted group is drawn just under (the overlay). */
  constructor(svg: SVGSVGElement, above: Element) {
    this.group = el("g", { class: "reorder-lift", filter: shadow(svg), "pointer-events": "none" });
    above.before(this.group);
  }

  /** Draw `backing` (new elements) and move `nodes` (drawn elements) into the lifted group, in order. */
  add(nodes: Element[]): void {
    for (const n of nodes) {
      if (n.parentNode) {
        const mark = document.createComment("lifted");
        n.replaceWith(mark);
        this.moved.push([n, mark]);
      }
      this.group.append(n);
    }
  }

  /** Put every moved node back in its place and remove the lifted group. */
  restore(): void {
    for (const [n, mark] of this.moved) {
      // A redraw during the drag may have put the node back already.
      if (n.parentNode === this.group && mark.parentNode) mark.replaceWith(n);
      else mark.remove();
    }
    this.moved = [];
    this.group.remove();
  }
}
