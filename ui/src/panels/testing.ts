// Helpers for panel tests: an Editor over the small fixture with a stand-in canvas, and the
// answers a test's mocked shell gives (the test mocks "../scene/ipc" itself).
import { flushSync } from "svelte";
import { Editor } from "../app/editor.svelte";
import type { Canvas } from "../canvas/canvas";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";
import type { Applied, Blueprint, Change, Patch, SceneDelta, Status, Stepped } from "../scene/types";

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

const noDelta: SceneDelta = {
  width: null,
  height: null,
  title: null,
  stages: null,
  lanes: null,
  lines: null,
  paint: null,
  legend: null,
  notes: null,
  cards: { upserted: [], shifted: [], removed: [], order: null },
  connectors: { upserted: [], shifted: [], removed: [], order: null },
};

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
