// The drop's split (`split` in endDrag's statistics, docs/editor-benchmark.md): a mark at
// the end of each phase of an edit, named after it, or at the start of what follows it.
// The product splits an edit into methods of their own; the benchmark marks them here,
// and a renamed method stops the benchmark (instrument throws) instead of losing a mark.

import { tick } from "svelte";
import type { Editor } from "../app/editor.svelte";
import { MeasuresState } from "../app/measures.svelte";
import { instrument, mark } from "./timing";

/** A method, whether its mark is set when it is called or when it is done, and the mark. */
type Phase = readonly [method: string, at: "before" | "after", mark: string];

const EDITOR: readonly Phase[] = [
  // The core's answer in hand: the command's, or the one prepared during the drag when
  // the drop starts drawing it.
  ["execute", "after", "edit:answered"],
  ["drawPrepared", "before", "edit:answered"],
  // Applying the answer: the mirror patched, the diagnostics delta applied, the canvas
  // drawn, the problem marks changed.
  ["patchMirror", "after", "edit:mirror"],
  ["nextDiagnostics", "after", "edit:diagnostics"],
  ["drawDelta", "after", "edit:canvas"],
  ["markDiagnostics", "after", "edit:marks"],
  // All of it, the panels' state included (the command's answer, or the prepared one).
  ["applyEdit", "after", "edit:patched"],
  ["drawAnswer", "after", "edit:patched"],
];

const CANVAS: readonly Phase[] = [
  ["applySceneDelta", "after", "canvas:delta"],
  ["redrawLayers", "after", "canvas:layers"],
  // Every cull shows cards, then connectors (then their labels).
  ["showCards", "after", "canvas:cards"],
  ["showConnectors", "after", "canvas:connectors"],
  ["cullDelta", "after", "canvas:culled"],
  ["paintRedrawn", "after", "canvas:painted"],
];

// The drag's preparation of the drop (scene/anticipate.ts): marked when it starts.
const ANTICIPATOR: readonly Phase[] = [
  ["queue", "before", "antic:queued"],
  ["request", "before", "antic:asked"],
  ["receive", "before", "antic:answered"],
];

/** Mark the phases of `editor`'s edits, its canvas's and its anticipator's. */
export function instrumentPhases(editor: Editor): void {
  const canvas = editor.canvas;
  if (!canvas) throw new Error("the canvas is not attached");
  const targets: [object, readonly Phase[]][] = [
    [editor, EDITOR],
    [canvas, CANVAS],
    [editor.anticipator, ANTICIPATOR],
  ];
  for (const [target, phases] of targets) for (const [method, at, name] of phases) instrument(target, method, at, name);
}

/**
 * Mark `measures:shown` when the Measures panel has drawn figures it did not have: its
 * refresh brought new ones and the panel's DOM is updated. (A refresh for a revision it
 * has measured already brings none, and is not marked.) Every panel, for the page's lifetime.
 */
export function instrumentMeasures(): void {
  const proto = MeasuresState.prototype;
  const refresh = proto.refresh;
  proto.refresh = async function (this: MeasuresState): Promise<void> {
    const before = this.measures;
    await refresh.call(this);
    if (this.measures === before) return;
    await tick();
    mark("measures:shown");
  };
}
