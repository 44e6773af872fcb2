// The footnotes under the grid, as the SVG export draws them (src/export/svg.rs,
// notes_layer): the frame and title as the legend's, then each note's number, text and
// tags, in the Scene's notes paint. The numbers on the cards are badges (draw.ts).

import type { NotesBlock, Paint, Scene } from "../../scene/types";
import { el, clear } from "./svg";
import { text } from "./draw";

export function drawNotes(notes: NotesBlock, paint: Paint): SVGGElement {
  const g = el("g", { class: "notes" });
  g.append(
    el("rect", {
      x: notes.frame.x,
      y: notes.frame.y,
      width: notes.frame.w,
      height: notes.frame.h,
      fill: paint.page,
      stroke: paint.lane.stroke,
    }),
  );
  const add = (t: SVGTextElement | null) => t && g.append(t);
  add(text(notes.title, paint.title.title, "notes-title"));
  for (const item of notes.items) {
    add(text(item.number, paint.notes.number, "note-number"));
    add(text(item.text, paint.notes.text, "note-text"));
    add(text(item.tags, paint.notes.tags, "note-tags"));
  }
  return g;
}

/** The footnotes' layer, when the Scene has them. */
export function drawNotesLayer(layer: SVGGElement, scene: Scene): void {
  clear(layer);
  if (scene.notes) layer.append(drawNotes(scene.notes, scene.paint));
}
