// The rings that mark diagnostics and the selection on the canvas (styles.css refers to
// them by id), in the Scene's mark colours (`paint.mark`, src/layout/paint.rs). A ring is
// the shape grown (cards: outside) or shrunk (lanes, stages: inside) by one radius minus
// the same by another: a band that keeps clear of the element's own stroke. Radii are in
// blueprint units, so the rings zoom with the drawing. They are drawn with the Scene,
// before the elements that refer to them: defined later, WebKitGTK resolved and repainted
// every marked element again (measured side by side at 5,000 cards).

import type { MarkPaint } from "../../scene/types";
import { clear, el } from "./svg";

type Mark = "error" | "warning" | "selected";
type Ring = { colour: Mark; from: number; to: number };
export type MarkFilter = { id: string; side: "out" | "in"; rings: Ring[] };

function filters(side: "out" | "in"): MarkFilter[] {
  // Alone: one band 2–4.5 (outside) or 1.5–4 (inside) from the edge. Marked and selected:
  // the mark nearer the element, the selection beyond it (outside) or nearer the edge (inside).
  const one = (colour: Mark): Ring[] =>
    side === "out" ? [{ colour, from: 2, to: 4.5 }] : [{ colour, from: 1.5, to: 4 }];
  const both = (mark: Mark): Ring[] =>
    side === "out"
      ? [
          { colour: mark, from: 2, to: 4.5 },
          { colour: "selected", from: 4.5, to: 7 },
        ]
      : [
          { colour: "selected", from: 1.5, to: 4 },
          { colour: mark, from: 4, to: 6.5 },
        ];
  return [
    { id: `fs-ring-${side}-selected`, side, rings: one("selected") },
    { id: `fs-ring-${side}-warning`, side, rings: one("warning") },
    { id: `fs-ring-${side}-error`, side, rings: one("error") },
    { id: `fs-ring-${side}-warning-selected`, side, rings: both("warning") },
    { id: `fs-ring-${side}-error-selected`, side, rings: both("error") },
  ];
}

export const MARK_FILTERS: MarkFilter[] = [...filters("out"), ...filters("in")];

function filter(f: MarkFilter, paint: MarkPaint): SVGFilterElement {
  const out = f.side === "out";
  // Outside rings need room beyond the box. Inside ones too: WebKit draws nothing when the
  // region is the box itself.
  const node = el("filter", {
    id: f.id,
    x: out ? "-20%" : "-5%",
    y: out ? "-40%" : "-20%",
    width: out ? "140%" : "110%",
    height: out ? "180%" : "140%",
    "color-interpolation-filters": "sRGB",
  });
  f.rings.forEach((r, i) => {
    const [a, b] = [`${f.id}-a${i}`, `${f.id}-b${i}`];
    const operator = out ? "dilate" : "erode";
    node.append(
      el("feMorphology", { in: "SourceAlpha", operator, radius: r.from, result: a }),
      el("feMorphology", { in: "SourceAlpha", operator, radius: r.to, result: b }),
      // out: the larger grown shape minus the smaller; in: the less shrunk minus the more.
      el("feComposite", { in: out ? b : a, in2: out ? a : b, operator: "out", result: `${f.id}-band${i}` }),
      el("feFlood", { "flood-color": paint[r.colour] }),
      el("feComposite", { in2: `${f.id}-band${i}`, operator: "in", result: `${f.id}-ring${i}` }),
    );
  });
  const merge = el("feMerge");
  const rings = f.rings.map((_, i) => el("feMergeNode", { in: `${f.id}-ring${i}` }));
  const source = el("feMergeNode", { in: "SourceGraphic" });
  if (out) merge.append(...rings, source);
  else merge.append(source, ...rings);
  node.append(merge);
  return node;
}

/** Define the rings in `defs`, in `paint`'s colours, replacing what was there. */
export function drawMarkFilters(defs: SVGDefsElement, paint: MarkPaint): void {
  clear(defs);
  for (const f of MARK_FILTERS) defs.append(filter(f, paint));
}
