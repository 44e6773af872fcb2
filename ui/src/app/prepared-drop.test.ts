// A drop whose answer the core prepared during the drag: the editor draws it at the drop
// and the core only runs the command; with the desktop shell replaced by a fake core.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Applied, Command, Diagnostic, Measures, Prepared, Status } from "../scene/types";
import { unchangedDelta } from "../scene/testing";

const shell = vi.hoisted(() => ({ view: vi.fn(), execute: vi.fn(), anticipate: vi.fn() }));
vi.mock("../scene/ipc", () => ({ shell, errorMessage: (e: unknown) => String(e) }));

import { Editor } from "./editor.svelte";

const status = (dirty: boolean): Status => ({
  title: "Café",
  path: null,
  dirty,
  can_undo: dirty,
  can_redo: false,
  undo_label: null,
  redo_label: null,
});
const noDelta = unchangedDelta();
const broken: Diagnostic = {
  rule: "customer_flow_break",
  severity: "warning",
  message: "The journey breaks",
  hint: "h",
  elements: [],
};
const drop: Command = { type: "move_card", card: "c1", lane: "l2", stage: "s2", index: 0 };
const prepared: Prepared = {
  token: 7,
  patch: { changes: [] },
  created: [],
  delta: noDelta,
  diagnostics: [{ type: "add", items: [broken] }],
  measures: null,
};
const committed = (drawn: boolean): Applied => ({
  patch: { changes: [] },
  created: [],
  delta: noDelta,
  diagnostics: null,
  drawn,
  status: status(true),
});
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A promise and the function that settles it. */
function later<T>() {
  let settleWith: (value: T) => void = () => {};
  const promise = new Promise<T>((ok) => (settleWith = ok));
  return { promise, settleWith };
}

async function setup() {
  vi.resetAllMocks();
  shell.view.mockResolvedValue({
    doc: smallBlueprint(),
    scene: smallSceneFixture(),
    diagnostics: [],
    status: status(false),
  });
  const editor = new Editor();
  const host = document.createElement("div");
  document.body.append(host);
  editor.attach(host);
  await editor.load();
  return editor;
}

/** The drag's answer is in, the drop is drawn, and the core is still running it. */
async function droppedWhileRunning(editor: Editor) {
  shell.anticipate.mockResolvedValue(prepared);
  const running = later<Applied>();
  shell.execute.mockReturnValue(running.promise);
  editor.anticipator.ask(drop);
  await settle();
  const answer = await editor.edit(drop);
  return { answer, running };
}

describe("a drop prepared during the drag", () => {
  beforeEach(() => document.body.replaceChildren());

  it("brings the Measures panel's figures when the panel wants them, for the revision it draws", async () => {
    const editor = await setup();
    editor.wantsMeasures = true;
    const measures = { journey: {}, stages: [], kpis: [] } as unknown as Measures;
    shell.anticipate.mockResolvedValue({ ...prepared, measures });
    shell.execute.mockReturnValue(later<Applied>().promise);
    editor.anticipator.ask(drop);
    await settle();
    expect(shell.anticipate).toHaveBeenCalledWith(drop, true);
    await editor.edit(drop);
    expect(editor.measuresAhead).toEqual({ revision: editor.revision, measures });
    // Any other edit is not the drop they were measured for.
    shell.execute.mockResolvedValue(committed(false));
    await editor.edit({ ...drop, index: 1 });
    expect(editor.measuresAhead).toBeNull();
  });

  it("is drawn before the core has run it, then the core's status follows", async () => {
    const editor = await setup();
    const { answer, running } = await droppedWhileRunning(editor);
    // Drawn: the problem is listed while the command is still running in the core.
    expect(editor.diagnostics).toEqual([broken]);
    expect(answer?.drawn).toBe(true);
    expect(shell.execute).toHaveBeenCalledWith(drop, 7);
    expect(editor.status?.dirty).toBe(false);
    running.settleWith(committed(true));
    await settle();
    expect(editor.status?.dirty).toBe(true);
    expect(shell.view).toHaveBeenCalledTimes(1);
  });

  it("waits for the preparation in flight when the drop is there", async () => {
    const editor = await setup();
    const answer = later<Prepared | null>();
    shell.anticipate.mockReturnValue(answer.promise);
    shell.execute.mockResolvedValue(committed(true));
    editor.anticipator.ask(drop);
    const edit = editor.edit(drop);
    await settle();
    expect(shell.execute).not.toHaveBeenCalled();
    answer.settleWith(prepared);
    await edit;
    expect(editor.diagnostics).toEqual([broken]);
    expect(shell.execute).toHaveBeenCalledWith(drop, 7);
  });

  it("starts over from the whole view when the core did not use the answer drawn", async () => {
    const editor = await setup();
    shell.anticipate.mockResolvedValue(prepared);
    shell.execute.mockResolvedValue(committed(false));
    editor.anticipator.ask(drop);
    await settle();
    await editor.edit(drop);
    await settle();
    expect(shell.view).toHaveBeenCalledTimes(2);
    // The core's view replaced what was drawn.
    expect(editor.diagnostics).toEqual([]);
  });

  it("still has the core run the drop when drawing it fails, then shows the whole view", async () => {
    const editor = await setup();
    shell.anticipate.mockResolvedValue(prepared);
    shell.execute.mockResolvedValue(committed(true));
    editor.canvas!.apply = () => {
      throw new Error("the canvas broke");
    };
    editor.anticipator.ask(drop);
    await settle();
    await editor.edit(drop);
    await settle();
    expect(shell.execute).toHaveBeenCalledWith(drop, 7);
    expect(shell.view).toHaveBeenCalledTimes(2);
    expect(editor.error).toContain("the canvas broke");
  });

  it("sends another command as it is, and forgets the answer", async () => {
    const editor = await setup();
    shell.anticipate.mockResolvedValue(prepared);
    shell.execute.mockResolvedValue(committed(false));
    editor.anticipator.ask(drop);
    await settle();
    const elsewhere: Command = { ...drop, index: 1 };
    await editor.edit(elsewhere);
    expect(shell.execute).toHaveBeenLastCalledWith(elsewhere);
    await editor.edit(drop);
    expect(shell.execute).toHaveBeenLastCalledWith(drop);
    expect(editor.diagnostics).toEqual([]);
    expect(shell.view).toHaveBeenCalledTimes(1);
  });

  it("asks no preparation until the core has run the drop", async () => {
    const editor = await setup();
    const { running } = await droppedWhileRunning(editor);
    editor.anticipator.ask({ ...drop, index: 1 });
    expect(shell.anticipate).toHaveBeenCalledTimes(1);
    running.settleWith(committed(true));
    await settle();
    expect(shell.anticipate).toHaveBeenCalledTimes(2);
  });
});
