// `window.bench.present()`: what presenting costs in the engine that runs it. Enters
// presentation mode (View › Present) on the benchmark's document, steps through every
// stage, goes back to the overview and to the last stage, and leaves; for each of these,
// the time until our code returned (`codeMs`: zoom, scroll, cull, dim, rings, pinned
// headers, or the overview's picture) and until the second animation frame after it
// (`paintedMs`: the engine's style, layout and paint too). Full screen is left out: the
// window's size would change under the measurement (the window manager's time, not ours).

import type { Editor } from "../app/editor.svelte";
import type { FullScreen } from "../app/fullscreen";
import { median, round1 } from "./stats";
import { instrument, mark, marksSince, nextFrame } from "./timing";
import { BackdropTiles } from "../canvas/render/backdrop";

export interface PresentStep {
  /** What was run: `enter`, `next`, `first`, `last` or `leave`. */
  action: string;
  /** The step shown after it (0 the overview). */
  step: number;
  codeMs: number | null;
  paintedMs: number | null;
  /** Cards shown as live SVG after it: the drawing's (culled near the view), or while a large blueprint is presented on the presenter's surface, those of the stage's column. */
  cardsDrawn: number;
  /** Where the code's time went: ms after the action started at which each phase ended (`PRESENTER`). */
  split: Record<string, number>;
}

/** The presenter's phases, marked when each returns (the tiles: each time some are drawn). */
const PRESENTER = [
  ["start", "present:started"],
  // The view's size read: the first read after the chrome hid lays the page out.
  ["size", "present:sized"],
  ["prepareFirst", "present:ahead"],
  ["frame", "present:framed"],
  ["drawRaster", "present:raster"],
  ["render", "present:rendered"],
  ["placeColumn", "present:column"],
] as const;

const instrumented = new WeakSet<object>();

function instrumentPresenter(editor: Editor): void {
  const presenter = editor.canvas?.presenter;
  if (!presenter) throw new Error("the canvas is not attached");
  if (instrumented.has(presenter)) return;
  instrumented.add(presenter);
  for (const [method, name] of PRESENTER) instrument(presenter, method, "after", name);
  if (!instrumented.has(BackdropTiles.prototype)) {
    instrumented.add(BackdropTiles.prototype);
    instrument(BackdropTiles.prototype, "fill", "after", "present:tiles");
  }
}

/** When the last mark `name` came, in ms after the last mark `from` (null: none since). */
function lastMarkSince(from: string, name: string): number | null {
  const marks = performance.getEntriesByType("mark");
  let start: number | null = null;
  let at: number | null = null;
  for (const m of marks) {
    if (m.name === from) [start, at] = [m.startTime, null];
    else if (m.name === name && start !== null) at = m.startTime;
  }
  return start === null || at === null ? null : round1(at - start);
}

export interface PresentTimes {
  cards: number;
  stages: number;
  viewport: [number, number];
  /** The overview is the 2D canvas's picture (a culled Scene). */
  overviewRaster: boolean;
  /** How entering showed that picture: as drawn ahead (`kept`), fitted from another size, or drawn then. */
  overviewShown: string | null;
  enter: PresentStep;
  /**
   * What was drawn ahead for the first stage's step before it was taken, in ms after
   * entering began: its column laid out, and the last of its backdrop's tiles (null: not
   * by then).
   */
  firstStepReady: { column: number | null; tiles: number | null };
  /** → from the overview through the last stage. */
  steps: PresentStep[];
  stepMedianPaintedMs: number | null;
  stepMaxPaintedMs: number | null;
  first: PresentStep;
  last: PresentStep;
  leave: PresentStep;
}

const noFullScreen: FullScreen = { enter: async () => false, leave: async () => {}, onLeft: () => () => {} };

async function timed(editor: Editor, action: string, id: string): Promise<PresentStep> {
  mark("present:action");
  const t0 = performance.now();
  await editor.run(id);
  const t1 = performance.now();
  const split = marksSince("present:action");
  await nextFrame();
  await nextFrame();
  const t2 = performance.now();
  return {
    action,
    step: editor.presentation.step,
    codeMs: round1(t1 - t0),
    paintedMs: round1(t2 - t0),
    cardsDrawn: cardsDrawn(editor),
    split,
  };
}

function cardsDrawn(editor: Editor): number {
  const canvas = editor.canvas;
  if (!canvas) return 0;
  if (canvas.host.classList.contains("present-surface")) {
    const frame = document.querySelector<HTMLElement>(".present-stage-frame");
    return frame && frame.style.display !== "none" ? frame.querySelectorAll(".card").length : 0;
  }
  return canvas.svg.querySelectorAll(".card").length;
}

/**
 * Present the benchmark's document, timing each action. `dwellMs`: how long to rest on
 * each step before the next, as a presenter does (0: the next two frames after it).
 */
export async function presentTimes(editor: Editor, { dwellMs = 0 } = {}): Promise<PresentTimes> {
  const p = editor.presentation;
  const own = p.fullScreen;
  p.fullScreen = noFullScreen;
  instrumentPresenter(editor);
  try {
    if (p.active) await p.leave();
    await nextFrame();
    const rest = () => new Promise((done) => setTimeout(done, dwellMs));
    const enter = await timed(editor, "enter", "view.present");
    const overviewRaster = editor.canvas?.presenter.rasterShown ?? false;
    const overviewShown = editor.canvas?.presenter.overviewShown ?? null;
    const steps: PresentStep[] = [];
    let firstStepReady: PresentTimes["firstStepReady"] = { column: null, tiles: null };
    for (let i = 1; i < p.count; i++) {
      await rest();
      if (i === 1) {
        firstStepReady = {
          column: lastMarkSince("present:action", "present:column"),
          tiles: lastMarkSince("present:action", "present:tiles"),
        };
      }
      steps.push(await timed(editor, "next", "present.next"));
    }
    await rest();
    const first = await timed(editor, "first", "present.first");
    await rest();
    const last = await timed(editor, "last", "present.last");
    await rest();
    const leave = await timed(editor, "leave", "present.leave");
    const painted = steps.flatMap((s) => (s.paintedMs == null ? [] : [s.paintedMs]));
    return {
      cards: editor.canvas?.current?.cards.length ?? 0,
      stages: p.stages.length,
      viewport: [window.innerWidth, window.innerHeight],
      overviewRaster,
      overviewShown,
      enter,
      firstStepReady,
      steps,
      stepMedianPaintedMs: round1(median(painted)),
      stepMaxPaintedMs: painted.length ? Math.max(...painted) : null,
      first,
      last,
      leave,
    };
  } finally {
    p.fullScreen = own;
  }
}
