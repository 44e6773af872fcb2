// What is under the pointer: the drawn element (found from the event target, so the
// canvas's own SVG does the geometry) or, on empty paper, the lane × stage cell (found
// in the core's Scene); and the element a click there selects.

import type { Scene } from "../scene/types";
import { cardKey, connectorKey, idOf, laneKey, lineKey, parseKey, stageKey } from "../scene/keys";

export interface Point {
  x: number;
  y: number;
}

export type Hit =
  /** `handle`: the connector handle on the card's right edge. */
  | { kind: "card"; id: string; handle: boolean }
  | { kind: "connector"; id: string; end: "from" | "to" | null }
  | { kind: "lane-header"; id: string }
  | { kind: "stage-header"; id: string }
  | { kind: "line"; id: string }
  | { kind: "cell"; lane: string; stage: string }
  | { kind: "none" };

/** The lane × stage cell at scene point `p` (below the stage headers), if any. */
export function cellAt(scene: Scene, p: Point): { lane: string; stage: string; collapsed: boolean } | null {
  const lane = scene.lanes.find((l) => p.y >= l.band.y && p.y < l.band.y + l.band.h);
  const stage = scene.stages.find((s) => p.x >= s.x && p.x < s.x + s.width);
  if (!lane || !stage) return null;
  if (p.y < stage.header.y + stage.header.h) return null;
  return { lane: idOf(lane.element), stage: idOf(stage.element), collapsed: lane.collapsed };
}

/** The lane whose band contains scene y. */
export function laneAtY(scene: Scene, y: number): string | null {
  const lane = scene.lanes.find((l) => y >= l.band.y && y < l.band.y + l.band.h);
  return lane ? idOf(lane.element) : null;
}

/** Classify what the pointer is on. `target` is the event's target; `p` in scene units. */
export function hitTest(target: EventTarget | null, scene: Scene | null, p: Point): Hit {
  const t = target instanceof Element ? target : null;
  // A pinned copy of a lane or stage header (canvas/pinned.ts) is that header.
  const pin = t?.closest?.("[data-pin]");
  const pinned = pin ? parseKey(pin.getAttribute("data-pin") ?? "") : null;
  if (pinned?.kind === "lane") return { kind: "lane-header", id: pinned.id };
  if (pinned?.kind === "stage") return { kind: "stage-header", id: pinned.id };
  const grab = t?.closest?.(".line-grab");
  if (grab) return { kind: "line", id: grab.getAttribute("data-line") ?? "" };
  const node = t?.closest?.("[data-key]");
  const id = node?.getAttribute("data-id") ?? "";
  if (node?.classList.contains("card")) return { kind: "card", id, handle: !!t?.closest(".handle") };
  if (node?.classList.contains("connector-label")) return { kind: "connector", id, end: null };
  if (node?.classList.contains("connector")) {
    const end = t?.closest("[data-end]")?.getAttribute("data-end");
    return { kind: "connector", id, end: end === "from" || end === "to" ? end : null };
  }
  if (node?.classList.contains("line")) return { kind: "line", id };
  if (node?.classList.contains("stage") && t?.closest(".header, .stage-name")) return { kind: "stage-header", id };
  if (node?.classList.contains("lane") && t?.closest(".lane-header, .lane-name, .lane-note"))
    return { kind: "lane-header", id };
  const cell = scene ? cellAt(scene, p) : null;
  if (cell && !cell.collapsed) return { kind: "cell", lane: cell.lane, stage: cell.stage };
  return { kind: "none" };
}

/** The element a click on `hit` selects. */
export function selectableKey(hit: Hit): string | null {
  switch (hit.kind) {
    case "card":
      return cardKey(hit.id);
    case "connector":
      return connectorKey(hit.id);
    case "lane-header":
      return laneKey(hit.id);
    case "stage-header":
      return stageKey(hit.id);
    case "line":
      return lineKey(hit.id);
    default:
      return null;
  }
}

/** What the element with `key` is, as a hit on it (the keyboard's context menu is about the selection). */
export function hitOfKey(key: string): Hit {
  const ref = parseKey(key);
  switch (ref?.kind) {
    case "card":
      return { kind: "card", id: ref.id, handle: false };
    case "connector":
      return { kind: "connector", id: ref.id, end: null };
    case "lane":
      return { kind: "lane-header", id: ref.id };
    case "stage":
      return { kind: "stage-header", id: ref.id };
    case "line":
      return { kind: "line", id: ref.id };
    default:
      return { kind: "none" };
  }
}
