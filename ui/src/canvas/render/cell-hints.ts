// The quiet hint in the empty cells of a blueprint with no card yet ("Double-click to add
// a card"): an editing affordance drawn by the UI alone (class `ui-only`), never part of
// the Scene or the export. Its colour is the Scene's paint for quiet lane text.

import type { Mirror } from "../../scene/mirror";
import type { Scene } from "../../scene/types";
import { el, clear } from "./svg";

const HINT_SIZE = 12;

/** Draw the hints into `layer` (emptied first): one per cell of an open lane, only while the blueprint has no card. */
export function drawCellHints(layer: SVGGElement, scene: Scene, mirror: Mirror, hint: string): void {
  if (mirror.cards.size > 0 || !hint) {
    if (layer.firstChild) clear(layer);
    return;
  }
  clear(layer);
  for (const lane of scene.lanes) {
    if (lane.collapsed) continue;
    const y = lane.band.y + lane.band.h / 2;
    for (const stage of scene.stages) {
      const x = stage.x + stage.width / 2;
      const attrs = { x, y, "font-size": HINT_SIZE, "text-anchor": "middle", "dominant-baseline": "middle" };
      layer.append(el("text", { ...attrs, fill: scene.paint.lane.note, class: "cell-hint ui-only" }, hint));
    }
  }
}
