// Presenting a blueprint (View › Present): where each step frames the Scene, and what is
// drawn over the drawing for a stage — the other stages dimmed, rings around the stage's
// cards with a fail point or a wait, and the lane headers (with the lines' names) pinned
// at the left like a sticky header. All of it is read from the Scene and painted in its
// paint; none of it redraws a card. Every element drawn here is `ui-only`: the export has
// none of it.

import type { CardBox, Rect, Scene, StageColumn } from "../../scene/types";
import { el, clear } from "./svg";
import { drawLaneColumn } from "./lane-column";

/** Room around a stage's frame, in scene units. */
export const FRAME_PAD = 16;
/** How much of the paper's colour lies over the stages not presented (0 none, 1 hidden). */
export const DIM_OPACITY = 0.72;
/** The ring around a card that stands out: its width and its distance from the card. */
export const RING_WIDTH = 4;
export const RING_GAP = 5;

/** The right edge of the lane headers' column, in scene units (where the first stage begins). */
export function headerRight(scene: Pick<Scene, "lanes" | "stages">): number {
  let right = 0;
  for (const l of scene.lanes) right = Math.max(right, l.header.x + l.header.w);
  return right || (scene.stages[0]?.x ?? 0);
}

/** The top of the grid (the stage headers) and the bottom of the last lane. */
function gridSpan(scene: Pick<Scene, "lanes" | "stages" | "height">): { top: number; bottom: number } {
  let top = Infinity;
  for (const s of scene.stages) top = Math.min(top, s.header.y);
  for (const l of scene.lanes) top = Math.min(top, l.band.y);
  let bottom = -Infinity;
  for (const l of scene.lanes) bottom = Math.max(bottom, l.band.y + l.band.h);
  for (const s of scene.stages) bottom = Math.max(bottom, s.header.y + s.header.h);
  return Number.isFinite(top) ? { top, bottom } : { top: 0, bottom: scene.height };
}

/**
 * The part of the Scene a stage's step frames: from the left edge of the lane headers'
 * width before the stage's column (the pinned headers cover that) to the column's right
 * edge, and from the stage headers to the bottom of the last lane.
 */
export function stageFrame(scene: Pick<Scene, "lanes" | "stages" | "height">, index: number): Rect | null {
  const s = scene.stages[index];
  if (!s) return null;
  const left = headerRight(scene);
  const { top, bottom } = gridSpan(scene);
  const y = Math.max(0, top - FRAME_PAD);
  return { x: s.x - left, y, w: left + s.width + FRAME_PAD, h: bottom + FRAME_PAD - y };
}

/** The whole Scene. */
export function overviewFrame(scene: Pick<Scene, "width" | "height">): Rect {
  return { x: 0, y: 0, w: Math.max(1, scene.width), h: Math.max(1, scene.height) };
}

/**
 * The zoom that shows `frame` whole in `width` × `height` pixels, within [min, max]. A
 * frame too tall for `min` is shown from its top: the presenter scrolls for the rest.
 */
export function fitZoom(frame: Rect, width: number, height: number, min: number, max: number): number {
  if (width <= 0 || height <= 0) return 1;
  const z = Math.min(width / Math.max(frame.w, 1), height / Math.max(frame.h, 1));
  return Math.min(max, Math.max(min, z));
}

/** The cards drawn in a stage's column (their centre in it), in the Scene's order. */
export function stageCards(scene: Pick<Scene, "cards">, stage: StageColumn): CardBox[] {
  const x0 = stage.x;
  const x1 = stage.x + stage.width;
  return scene.cards.filter((c) => {
    const cx = c.rect.x + c.rect.w / 2;
    return cx >= x0 && cx < x1;
  });
}

export type Standout = "fail_point" | "wait";

/** Why a card stands out when its stage is presented: a fail point first, then a wait; null for neither. */
export function standout(card: CardBox): Standout | null {
  if (card.fail_point || card.badges.some((b) => b.kind.type === "fail_point")) return "fail_point";
  if (card.badges.some((b) => b.kind.type === "wait")) return "wait";
  return null;
}

/** The ring's colour: the fail point's edge, or the wait badge's own. */
function ringColour(card: CardBox, why: Standout, scene: Scene): string {
  if (why === "fail_point") return scene.paint.card.fail_point.stroke;
  const badge = card.badges.find((b) => b.kind.type === "wait");
  return (scene.paint.badge[badge?.tone ?? "warn"] ?? scene.paint.badge.warn).stroke;
}

/**
 * Draw a stage's step into `layer` (in scene units, under the drawing's zoom): the paper's
 * colour over every other stage, and rings around the stage's cards that stand out.
 * `stage` null (the overview) clears the layer.
 */
export function drawStageDecor(layer: SVGGElement, scene: Scene, stage: number | null): void {
  clear(layer);
  const s = stage === null ? undefined : scene.stages[stage];
  if (!s) return;
  const dim = { fill: scene.paint.page, "fill-opacity": DIM_OPACITY, class: "present-dim ui-only" };
  const right = s.x + s.width;
  if (s.x > 0) layer.append(el("rect", { x: 0, y: 0, width: s.x, height: scene.height, ...dim }));
  if (right < scene.width) {
    layer.append(el("rect", { x: right, y: 0, width: scene.width - right, height: scene.height, ...dim }));
  }
  for (const card of stageCards(scene, s)) {
    const why = standout(card);
    if (!why) continue;
    const r = card.rect;
    const p = card.fail_point ? scene.paint.card.fail_point : scene.paint.card.normal;
    layer.append(
      el("rect", {
        class: `present-ring ui-only ${why === "fail_point" ? "fail-point" : "wait"}`,
        "data-card": card.element.kind === "card" ? card.element.id : "",
        x: r.x - RING_GAP,
        y: r.y - RING_GAP,
        width: r.w + 2 * RING_GAP,
        height: r.h + 2 * RING_GAP,
        rx: p.radius + RING_GAP,
        fill: "none",
        stroke: ringColour(card, why, scene),
        "stroke-width": RING_WIDTH,
      }),
    );
  }
}

/**
 * The lane headers' column, drawn from the Scene's lane bands into `g` (scene units), to
 * be pinned at the left of the view: each lane's band colour and header with its name
 * (and a collapsed lane's note), and each line across it with its name (which the Scene
 * already places in this column, under the line's left end).
 */
export function drawPinnedHeaders(g: SVGGElement, scene: Scene): void {
  clear(g);
  drawLaneColumn(
    g,
    scene,
    { ...gridSpan(scene), right: headerRight(scene) },
    {
      paper: "present-paper",
      lane: (lane) => ({
        class: "present-lane-header",
        "data-lane": lane.element.kind === "lane" ? lane.element.id : "",
      }),
      line: (line) => ({ class: "present-line", "data-line": line.kind }),
      label: "present-line-label",
      labelsInsideOnly: false,
    },
  );
}
