// Benchmark mode's first load: the generated document of N cards opened in the editor,
// timed as the peer page times its own, and `window.bench` filled per the contract of the
// peer benchmark's drivers (the shared peer-bench beside the repository, README
// "window.bench contract"), so that the same WebDriver drag measures this editor and
// mxGraph alike.

import type { Editor } from "../app/editor.svelte";
import { errorMessage, invoke } from "../scene/ipc";
import { idOf } from "../scene/keys";
import type { Rect, Scene, View } from "../scene/types";
import pkg from "../../package.json";
import { frameStats, round1, type IdleStats } from "./stats";
import type { BenchParams } from "./params";
import { dragPlan } from "./drag-plan";
import { dragRecorder } from "./recorder";
import { instrumentMeasures, instrumentPhases } from "./phases";
import { enableTimingMarks, nextFrame } from "./timing";
import { presentTimes } from "./present";

/** Open the generated document in `editor` and expose `window.bench`. */
export async function startBench(editor: Editor, params: BenchParams): Promise<void> {
  const bench: Record<string, unknown> = { ready: false, error: null, params };
  (window as unknown as { bench: unknown }).bench = bench;
  window.addEventListener("error", (e) => {
    bench.error ??= String(e.message || e);
  });
  try {
    const canvas = editor.canvas;
    if (!canvas) throw new Error("the canvas is not attached");
    instrumentPhases(editor);
    instrumentMeasures();
    enableTimingMarks();
    const t0 = performance.now();
    // A command of the benchmark build only (never the product): a generated document of N cards.
    const view = await invoke<View>("bench_document", { cards: params.n });
    const tIpc = performance.now();
    // As Editor.load, with the generated document instead of the window's current one.
    // (Opening it around the editor once left the panels' `revision` unbumped, so they
    // first read the document during the measured drop.)
    editor.open(view);
    if (params.fitted) canvas.openFitted();
    const tBuilt = performance.now();
    await nextFrame();
    await nextFrame();
    bench.renderMs = round1(performance.now() - t0);
    bench.buildMs = round1(tBuilt - t0);
    // Where the time goes: the core (generate, lay out, check, serialize) and IPC, then
    // our drawing of the Scene.
    bench.ipcMs = round1(tIpc - t0);
    bench.drawMs = round1(tBuilt - tIpc);
    bench.domNodes = document.getElementsByTagName("*").length;
    bench.zoom = canvas.zoom;
    bench.cells = {
      total: view.doc.lanes.length + view.doc.stages.length + view.scene.cards.length + view.scene.connectors.length,
      lanes: view.doc.lanes.length,
      stages: view.doc.stages.length,
      cards: view.scene.cards.length,
      edges: view.scene.connectors.length,
    };
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    bench.jsHeapMB = mem?.usedJSHeapSize ? round1(mem.usedJSHeapSize / 1048576) : null;
    bench.engine = {
      name: "Frontstage",
      version: pkg.version,
      userAgent: navigator.userAgent,
      devicePixelRatio: window.devicePixelRatio,
      viewport: [window.innerWidth, window.innerHeight],
    };
    Object.assign(bench, contract(editor, params));
    bench.ready = true;
  } catch (e) {
    bench.error = errorMessage(e);
  }
}

/** The contract's functions over `editor`. */
function contract(editor: Editor, params: BenchParams) {
  const canvas = editor.canvas!;
  // From the drawn Scene, not the DOM: far cards are culled (canvas/render/cull.ts).
  let indexed: { scene: Scene | null; rects: Map<string, Rect> } = { scene: null, rects: new Map() };
  const boxOf = (id: string): Rect | null => {
    const scene = canvas.current;
    if (indexed.scene !== scene)
      indexed = { scene, rects: new Map(scene?.cards.map((c) => [idOf(c.element), c.rect])) };
    // A copy: a shifted card's rect moves in place (scene/shift.ts), and a drag compares before with after.
    const r = indexed.rects.get(id);
    return r ? { ...r } : null;
  };
  return {
    measureIdle,
    dragPlan: (steps?: number, durationMs?: number) => dragPlan(editor, boxOf, steps, durationMs),
    // View › Present, timed: entering and every step (bench/present.ts).
    present: (options?: { dwellMs?: number }) => presentTimes(editor, options),
    ...dragRecorder(editor, boxOf, { measures: params.panel === "measures" }),
  };
}

/** rAF cadence over `ms` with no input. */
function measureIdle(ms = 1000): Promise<IdleStats> {
  return new Promise((resolve) => {
    const ts: number[] = [];
    let t0: number | null = null;
    const tick = (t: number) => {
      t0 ??= t;
      ts.push(t);
      if (t - t0 < ms) requestAnimationFrame(tick);
      else resolve(frameStats(ts, t - t0));
    };
    requestAnimationFrame(tick);
  });
}
