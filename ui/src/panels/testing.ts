// Helpers for panel tests: an Editor over the small fixture with a stand-in canvas, and the
// answers a test's mocked shell gives (the test mocks "../scene/ipc" itself).
import { flushSync } from "svelte";
import { Editor } from "../app/editor.svelte";
import type { Canvas } from "../canvas/canvas";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";
import type { Applied, Blueprint, Change, Figures, Measures, Patch, Status, Stepped } from "../scene/types";
import { unchangedDelta } from "../scene/testing";

export function editorWith(doc: Blueprint = smallBlueprint()): Editor {
  const editor = new Editor();
  editor.mirror = new Mirror(doc);
  // A canvas that draws nothing and keeps the selection the test sets, as the real one
  // does across edits.
  editor.canvas = {
    get selection() {
      return new Set(editor.selection);
    },
    setSelection(keys: Iterable<string>) {
      editor.selection = [...keys];
    },
    apply() {},
    setDiagnostics() {},
    changeDiagnostics() {},
    takeFocus() {},
    setHighlight() {},
    reveal() {},
  } as unknown as Canvas;
  editor.status = status(false);
  editor.revision++;
  return editor;
}

export function status(canUndo: boolean): Status {
  return {
    title: "Café",
    path: null,
    dirty: canUndo,
    can_undo: canUndo,
    can_redo: false,
    undo_label: null,
    redo_label: null,
  };
}

const noDelta = unchangedDelta();

export function applied(...changes: Change[]): Applied {
  return { patch: { changes }, created: [], delta: noDelta, diagnostics: null, drawn: false, status: status(true) };
}

export function stepped(patch: Patch): Stepped {
  return { patch, delta: noDelta, diagnostics: null, status: status(false) };
}

/** Run an undo whose patch is `patch` (the shell's `undo` must be a mock answering it). */
export async function undoWith(editor: Editor, undo: { mockResolvedValueOnce(v: Stepped): unknown }, patch: Patch) {
  editor.status = status(true);
  undo.mockResolvedValueOnce(stepped(patch));
  await editor.run("edit.undo");
  flushSync();
}

/** Let promises (catalogue fetches, edits) settle and the DOM update. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
}

/** Set a select's value and fire `change` as a user's choice does. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

const figures = (over: Partial<Figures> = {}): Figures => ({
  steps: 3,
  customer_seconds: 3720,
  waiting_seconds: 2040,
  tolerance_seconds: 0,
  standard_seconds: 3600,
  over_standard_seconds: 120,
  untimed: 1,
  waits: 1,
  waits_without_tolerance: 1,
  over_tolerance: 0,
  fail_points: { total: 1, unrecovered: 1 },
  emotion_points: 2,
  emotion_mean: -0.5,
  emotion_min: -1,
  touchpoints: { physical: 1, digital: 0, interpersonal: 2, process: 0 },
  ...over,
});

/** The core's figures for the small fixture (stages s1, s2; the wait is c2). */
export function measuresAnswer(customer_seconds = 3720): Measures {
  return {
    journey: figures({ customer_seconds }),
    stages: [
      {
        stage: "s1",
        name: "Arrive",
        ...figures({ customer_seconds: 45, standard_seconds: null, over_standard_seconds: null }),
      },
      {
        stage: "s2",
        name: "Order",
        ...figures({ customer_seconds: 270, standard_seconds: 600, over_standard_seconds: null, untimed: 0 }),
      },
    ],
    fail_kinds: [
      { kind: "process", total: 1, unrecovered: 1 },
      { kind: "outcome", total: 0, unrecovered: 0 },
      { kind: "interaction", total: 0, unrecovered: 0 },
      { kind: "system", total: 0, unrecovered: 0 },
    ],
    fail_points_on_critical_path: 1,
    hand_offs: 1,
    critical_path: { outcome: "path", seconds: 5880, steps: 2, untimed: 0, spans_journey: true },
    time_by_place: {
      lanes: [
        { lane: "l1", name: "Customer", steps: 2, seconds: 3600, untimed: 1 },
        { lane: "l2", name: "Frontstage", steps: 1, seconds: 270, untimed: 0 },
        { lane: "l3", name: "Backstage", steps: 0, seconds: 0, untimed: 0 },
      ],
      owners: [{ owner: "Server", steps: 1, seconds: 270 }],
      other_owners: 2,
      visibility: { above_seconds: 3870, below_seconds: 0 },
    },
    time_by_place_per_stage: [
      {
        lanes: [
          { lane: "l1", name: "Customer", steps: 1, seconds: 3600, untimed: 0 },
          { lane: "l2", name: "Frontstage", steps: 0, seconds: 0, untimed: 0 },
          { lane: "l3", name: "Backstage", steps: 0, seconds: 0, untimed: 0 },
        ],
        owners: [],
        other_owners: 0,
        visibility: { above_seconds: 3600, below_seconds: 0 },
      },
      {
        lanes: [
          { lane: "l1", name: "Customer", steps: 1, seconds: 0, untimed: 1 },
          { lane: "l2", name: "Frontstage", steps: 1, seconds: 270, untimed: 0 },
          { lane: "l3", name: "Backstage", steps: 0, seconds: 0, untimed: 0 },
        ],
        owners: [{ owner: "Server", steps: 1, seconds: 270 }],
        other_owners: 2,
        visibility: { above_seconds: 270, below_seconds: 0 },
      },
    ],
    employee_emotion: { points: 2, mean: 0.5, min: -1 },
    dips: { total: 2, with_cause: 1 },
    kpis: [
      {
        kpi: "k1",
        name: "Customer satisfaction",
        unit: "%",
        target: 93,
        actual: 91,
        direction: "higher_is_better",
        on: { stage: "s2" },
        status: "off",
        difference: -2,
      },
    ],
  };
}
