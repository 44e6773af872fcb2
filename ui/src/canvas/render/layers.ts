// The drawing's layers in the SVG export's order, and the small ones drawn whole (title,
// lanes, stages, lines): a Scene redraws them all, a delta the ones it names.

import type { ElementRef, Scene } from "../../scene/types";
import { idOf, keyOf } from "../../scene/keys";
import { el, clear } from "./svg";
import { drawLane, drawLegend, drawLine, drawLineGrab, drawStage, text } from "./draw";

export type LayerName =
  | "title"
  | "lanes"
  | "stages"
  | "heat"
  | "hints"
  | "grabs"
  | "connectors"
  | "lines"
  | "cards"
  | "labels"
  | "bands"
  | "legend"
  | "notes"
  | "present";

export interface Layers {
  /**
   * The marks' ring filters (mark-filters.ts), in a small svg of their own before the
   * drawing: inside the drawing's svg, WebKitGTK took longer to paint it (~15 % of the
   * first paint at 5,000 cards, measured side by side).
   */
  filters: SVGSVGElement;
  defs: SVGDefsElement;
  /** Holds the paper, the layers and the overlay, in drawing order; zoomed as a whole. */
  root: SVGGElement;
  /** The white paper, sized with the Scene. */
  paper: SVGRectElement;
  layers: Record<LayerName, SVGGElement>;
  /** Previews drawn over the blueprint while a gesture runs (insertion marks, box). */
  overlay: SVGGElement;
}

export function createLayers(): Layers {
  const defs = el("defs");
  const filters = el("svg", { class: "mark-filters", width: 0, height: 0, "aria-hidden": "true", focusable: "false" });
  filters.append(defs);
  const root = el("g", { class: "scene" });
  const layers = {
    title: el("g", { class: "layer-title" }),
    lanes: el("g", { class: "layer-lanes" }),
    stages: el("g", { class: "layer-stages" }),
    // The heat map (View › Overlay): over the lanes' fills, under the arrows and cards.
    heat: el("g", { class: "layer-heat" }),
    // The empty cells' hint while the blueprint has no card (render/cell-hints.ts); under
    // the pointer's reach, so a double-click still lands on the cell.
    hints: el("g", { class: "layer-hints ui-only", "pointer-events": "none" }),
    grabs: el("g", { class: "layer-line-grabs" }),
    connectors: el("g", { class: "layer-connectors" }),
    lines: el("g", { class: "layer-lines" }),
    cards: el("g", { class: "layer-cards" }),
    labels: el("g", { class: "layer-connector-labels" }),
    // The emotion curve and the time strip under the grid (render/bands.ts).
    bands: el("g", { class: "layer-bands" }),
    legend: el("g", { class: "layer-legend" }),
    // The footnotes, under the legend (render/notes.ts).
    notes: el("g", { class: "layer-notes" }),
    // While presenting: the other stages dimmed and the stage's cards ringed (render/present.ts).
    present: el("g", { class: "layer-present ui-only", "pointer-events": "none" }),
  };
  // The export's layer order: connectors under lines under cards, connector labels on top.
  // The lines' grab areas (not exported) lie under the connectors: an arrow wins where both are.
  const l = layers;
  const overlay = el("g", { class: "layer-overlay" });
  // The paper, as an SVG shape: a CSS background on the <svg> made WebKitGTK repaint the
  // whole visible paper on every frame of a drag (~15 instead of ~40 updates/s). Its
  // colour is the Scene's (drawPaper).
  const paper = el("rect", { class: "paper", x: 0, y: 0, "pointer-events": "none" });
  root.append(
    paper,
    l.title,
    l.lanes,
    l.stages,
    l.heat,
    l.hints,
    l.grabs,
    l.connectors,
    l.lines,
    l.cards,
    l.labels,
    l.bands,
    l.legend,
    l.notes,
    l.present,
    overlay,
  );
  return { filters, defs, root, paper, layers, overlay };
}

/** The paper in the Scene's page colour. */
export function drawPaper(paper: SVGRectElement, scene: Scene): void {
  paper.setAttribute("fill", scene.paint.page);
}

export function drawTitle(layer: SVGGElement, scene: Scene): void {
  clear(layer);
  const doc: ElementRef = { kind: "document" };
  const t = el("g", { class: "title", "data-id": idOf(doc), "data-key": keyOf(doc) });
  const tt = text(scene.title.title, scene.paint.title.title, "doc-heading");
  const st = text(scene.title.subtitle, scene.paint.title.subtitle);
  if (tt) t.append(tt);
  if (st) t.append(st);
  layer.append(t);
}

/** The legend under the grid, when the Scene has one. */
export function drawLegendLayer(layer: SVGGElement, scene: Scene): void {
  clear(layer);
  if (scene.legend) layer.append(drawLegend(scene.legend, scene.paint));
}

export function drawLanes(layer: SVGGElement, scene: Scene): void {
  clear(layer);
  for (const lane of scene.lanes) layer.append(drawLane(lane, scene.paint));
}

/** Stage columns reach down to the bottom of the last lane. */
export function drawStages(layer: SVGGElement, scene: Scene): void {
  clear(layer);
  const bottom = scene.lanes.length ? Math.max(...scene.lanes.map((l) => l.band.y + l.band.h)) : undefined;
  for (const stage of scene.stages) layer.append(drawStage(stage, bottom, scene.paint));
}

/** The lines, and their grab areas in a layer of their own. */
export function drawLines(lines: SVGGElement, grabs: SVGGElement, scene: Scene): void {
  clear(lines);
  clear(grabs);
  for (const line of scene.lines) {
    lines.append(drawLine(line, scene.paint));
    grabs.append(drawLineGrab(line));
  }
}
