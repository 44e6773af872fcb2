// Sticky headers: once the editor is scrolled past them, the lane header column stays at
// the view's left and the stage header row at its top (render/pinned.ts draws them). Two
// small svgs beside the scrolling host, never inside the drawing: a scroll moves only
// their content (one transform each, written when it changes), and they are drawn again
// only when the Scene's lanes, stages, lines, bands or paint change. Nothing here reads
// layout but the host's place, scroll and size, and only when the view changed (scroll,
// zoom, resize): read after an edit's DOM writes, they would force a layout, so an edit
// places the strips with what was read last. The drawing's svg starts at the host's
// content origin (`svg.blueprint` is a block, first in the flow).

import type { Scene } from "../scene/types";
import { drawPinnedLanes, drawPinnedStages, laneColumn, stageRow } from "./render/pinned";
import { el } from "./render/svg";

/** What the pinned headers read of the canvas. */
export interface PinnedHost {
  readonly host: HTMLElement;
  readonly current: Scene | null;
  readonly zoom: number;
}

/** Where the pinned headers go for a view: null for a strip not shown. Pixels, the host's parent's. */
export interface PinLayout {
  lanes: { left: number; top: number; width: number; height: number; transform: string } | null;
  stages: { left: number; top: number; width: number; height: number; transform: string } | null;
}

/** The view: the host's place in its parent, its scroll and its size (pixels), and the zoom. */
export interface PinView {
  left: number;
  top: number;
  scrollLeft: number;
  scrollTop: number;
  width: number;
  height: number;
  zoom: number;
}

/** Half a pixel: a view scrolled less than that past a header keeps the drawing's own. */
const SLACK = 0.5;

/** Where the strips go for this view of `scene` (a pure function: the tests' subject). */
export function pinLayout(scene: Pick<Scene, "lanes" | "stages">, v: PinView): PinLayout {
  const z = v.zoom;
  const col = laneColumn(scene);
  const row = stageRow(scene);
  const lanes =
    col && v.scrollLeft > col.left * z + SLACK
      ? {
          left: v.left,
          top: v.top,
          width: Math.ceil((col.right - col.left) * z),
          height: v.height,
          transform: `translate(${-col.left * z} ${-v.scrollTop}) scale(${z})`,
        }
      : null;
  const stages =
    row && v.scrollTop > row.top * z + SLACK
      ? {
          left: v.left,
          top: v.top,
          width: v.width,
          height: Math.ceil((row.bottom - row.top) * z),
          transform: `translate(${-v.scrollLeft} ${-row.top * z}) scale(${z})`,
        }
      : null;
  return { lanes, stages };
}

interface Strip {
  svg: SVGSVGElement;
  content: SVGGElement;
  /** What was last written, so that a scroll writes only what changed. */
  written: string;
}

function strip(cls: string): Strip {
  const svg = el("svg", { class: `pinned-headers ${cls}`, "aria-hidden": "true", focusable: "false" });
  const content = el("g");
  svg.append(content);
  svg.style.display = "none";
  return { svg, content, written: "" };
}

export class PinnedHeaders {
  readonly lanes = strip("pinned-lanes");
  readonly stages = strip("pinned-stages");
  /** Over the corner where both strips meet: the paper, so neither shows under the other. */
  readonly corner: HTMLDivElement;
  /** The host's place, scroll and size as last read (null: to be read). */
  private measured: Omit<PinView, "zoom"> | null = null;
  /** The parts of the Scene the strips were drawn from. */
  private drawn: {
    lanes: unknown;
    stages: unknown;
    lines: unknown;
    paint: unknown;
    width: number;
    bands: [unknown, unknown];
  } | null = null;

  constructor(private readonly c: PinnedHost) {
    this.corner = c.host.ownerDocument.createElement("div");
    this.corner.className = "pinned-corner";
    this.corner.style.display = "none";
    c.host.after(this.lanes.svg, this.stages.svg, this.corner);
  }

  /** The svgs a pointer may press (the canvas listens on them as on the drawing). */
  get surfaces(): SVGSVGElement[] {
    return [this.lanes.svg, this.stages.svg];
  }

  /** A new Scene is drawn: draw the strips again if what they show changed, and place them. */
  draw(scene: Scene): void {
    const d = this.drawn;
    if (
      !d ||
      d.lanes !== scene.lanes ||
      d.stages !== scene.stages ||
      d.lines !== scene.lines ||
      d.paint !== scene.paint ||
      d.width !== scene.width ||
      d.bands[0] !== scene.emotion_curve ||
      d.bands[1] !== scene.time_strip
    ) {
      drawPinnedLanes(this.lanes.content, scene);
      drawPinnedStages(this.stages.content, scene);
      this.drawn = {
        lanes: scene.lanes,
        stages: scene.stages,
        lines: scene.lines,
        paint: scene.paint,
        width: scene.width,
        bands: [scene.emotion_curve, scene.time_strip],
      };
      this.corner.style.background = scene.paint.page;
    }
    // An edit does not move the view: what was read holds.
    this.place({ remeasure: false });
  }

  /** Move the strips: the view scrolled, zoomed or was resized (read it again), or the Scene changed (`remeasure: false`). */
  place({ remeasure = true }: { remeasure?: boolean } = {}): void {
    const scene = this.c.current;
    if (remeasure) this.measured = null;
    const layout = scene
      ? pinLayout(scene, { ...(this.measured ??= measure(this.c.host)), zoom: this.c.zoom })
      : { lanes: null, stages: null };
    put(this.lanes, layout.lanes);
    put(this.stages, layout.stages);
    const both = layout.lanes && layout.stages;
    const corner = both ? `${both.left} ${both.top} ${layout.lanes!.width} ${layout.stages!.height}` : "";
    if (corner !== this.corner.dataset.at) {
      this.corner.dataset.at = corner;
      const s = this.corner.style;
      s.display = both ? "" : "none";
      if (both) {
        s.left = `${both.left}px`;
        s.top = `${both.top}px`;
        s.width = `${layout.lanes!.width}px`;
        s.height = `${layout.stages!.height}px`;
      }
    }
  }

  /** Mark the pinned copies of the selected lanes and stages as the drawing marks them. */
  paint(selected: ReadonlySet<string>): void {
    for (const s of [this.lanes, this.stages]) {
      for (const n of s.content.querySelectorAll("[data-pin]")) {
        n.classList.toggle("selected", selected.has(n.getAttribute("data-pin")!));
      }
    }
  }
}

/** The host's place in its parent, its scroll and its size: reads layout. */
function measure(h: HTMLElement): Omit<PinView, "zoom"> {
  return {
    left: h.offsetLeft + h.clientLeft,
    top: h.offsetTop + h.clientTop,
    scrollLeft: h.scrollLeft,
    scrollTop: h.scrollTop,
    width: h.clientWidth,
    height: h.clientHeight,
  };
}

function put(s: Strip, at: PinLayout["lanes"]): void {
  const written = at ? `${at.left} ${at.top} ${at.width} ${at.height} ${at.transform}` : "";
  if (written === s.written) return;
  s.written = written;
  if (!at) {
    s.svg.style.display = "none";
    return;
  }
  s.svg.style.display = "";
  s.svg.style.left = `${at.left}px`;
  s.svg.style.top = `${at.top}px`;
  s.svg.setAttribute("width", String(at.width));
  s.svg.setAttribute("height", String(at.height));
  s.content.setAttribute("transform", at.transform);
}
