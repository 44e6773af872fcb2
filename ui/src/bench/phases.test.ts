// The drop's split as the benchmark reads it: the marks set by wrapping the product's
// phases, with the desktop shell replaced by a fake core.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Applied, Command, Diagnostic, Prepared, Status } from "../scene/types";
import { keyedDelta, unchangedDelta } from "../scene/testing";

const shell = vi.hoisted(() => ({ view: vi.fn(), execute: vi.fn(), anticipate: vi.fn(), measures: vi.fn() }));
vi.mock("../scene/ipc", () => ({ shell, errorMessage: (e: unknown) => String(e) }));

import { Editor } from "../app/editor.svelte";
import { MeasuresState } from "../app/measures.svelte";
import { instrumentMeasures, instrumentPhases } from "./phases";
import { presentTimes } from "./present";
import { enableTimingMarks, instrument, marksSince } from "./timing";

const status: Status = {
  title: "Café",
  path: null,
  dirty: true,
  can_undo: true,
  can_redo: false,
  undo_label: null,
  redo_label: null,
};
const broken: Diagnostic = { rule: "r", severity: "warning", message: "m", hint: "h", elements: [] };
const drop: Command = { type: "move_card", card: "c1", lane: "l2", stage: "s2", index: 0 };

/** A delta that moves card c1 (so the canvas culls and paints), and one new diagnostic. */
function answer(): Omit<Applied, "drawn" | "status"> {
  const card = structuredClone(smallSceneFixture().cards[0]!);
  card.rect.x += 10;
  const delta = unchangedDelta({ cards: keyedDelta({ upserted: [card] }) });
  return { patch: { changes: [] }, created: [], delta, diagnostics: [{ type: "add", items: [broken] }] };
}

/** The marks since the release, in the order they were set. */
function order(): string[] {
  const names = Object.keys(marksSince("drop:release"));
  const at = (n: string) => performance.getEntriesByName(n, "mark")[0]!.startTime;
  return names.filter((n) => n !== "drop:release").sort((a, b) => at(a) - at(b));
}

async function setup() {
  vi.resetAllMocks();
  shell.view.mockResolvedValue({ doc: smallBlueprint(), scene: smallSceneFixture(), diagnostics: [], status });
  const editor = new Editor();
  const host = document.createElement("div");
  document.body.append(host);
  editor.attach(host);
  await editor.load();
  instrumentPhases(editor);
  performance.clearMarks();
  return editor;
}

beforeEach(() => enableTimingMarks());
afterEach(() => {
  performance.clearMarks();
  document.body.replaceChildren();
});

describe("the drop's split", () => {
  it("marks each phase of an edit the core answers once, in the order they end", async () => {
    const editor = await setup();
    shell.execute.mockResolvedValue({ ...answer(), drawn: false, status });
    performance.mark("drop:release");
    await editor.edit(drop);
    const split = marksSince("drop:release");
    const phases = [
      "edit:answered",
      "edit:mirror",
      "edit:diagnostics",
      "canvas:delta",
      "canvas:layers",
      "canvas:cards",
      "canvas:connectors",
      "canvas:culled",
      "canvas:painted",
      "edit:canvas",
      "edit:marks",
      "edit:patched",
    ];
    expect(Object.keys(split).sort()).toEqual([...phases, "drop:release"].sort());
    for (const name of phases) expect(performance.getEntriesByName(name, "mark")).toHaveLength(1);
    // Ties (a coarse clock) keep the order they were set in.
    const at = (n: string) => split[n]!;
    for (let i = 1; i < phases.length; i++) expect(at(phases[i]!)).toBeGreaterThanOrEqual(at(phases[i - 1]!));
  });

  it("marks a prepared answer as in hand when the drop starts drawing it, and the drag's preparation", async () => {
    const editor = await setup();
    const prepared: Prepared = { token: 7, ...answer(), measures: null };
    shell.anticipate.mockResolvedValue(prepared);
    shell.execute.mockResolvedValue({ ...answer(), drawn: true, status });
    editor.anticipator.ask(drop);
    // The core is busy with that one: the next waits.
    editor.anticipator.ask({ ...drop, index: 1 });
    editor.anticipator.ask(drop);
    await new Promise((r) => setTimeout(r, 0));
    performance.mark("drop:release");
    await editor.edit(drop);
    const split = marksSince("drop:release", ["antic:asked", "antic:queued", "antic:answered"]);
    expect(split["antic:asked"]).toBeLessThanOrEqual(0);
    expect(split["antic:queued"]).toBeLessThanOrEqual(0);
    expect(split["antic:answered"]).toBeLessThanOrEqual(0);
    expect(order().filter((n) => n.startsWith("edit:"))).toEqual([
      "edit:answered",
      "edit:mirror",
      "edit:diagnostics",
      "edit:canvas",
      "edit:marks",
      "edit:patched",
    ]);
    expect(shell.execute).toHaveBeenCalledWith(drop, 7);
  });
});

describe("the Measures panel's part of a drop", () => {
  it("is marked when new figures are drawn, not when a refresh brings none", async () => {
    const editor = await setup();
    instrumentMeasures();
    shell.measures.mockImplementation(() => Promise.resolve({ journey: {} })); // a new answer each time, as over IPC
    shell.execute.mockResolvedValue({ ...answer(), drawn: false, status });
    const panel = new MeasuresState(editor);
    await panel.refresh();
    performance.clearMarks();
    await panel.refresh(); // the same revision: nothing asked, nothing drawn
    expect(shell.measures).toHaveBeenCalledTimes(1);
    expect(performance.getEntriesByName("measures:shown", "mark")).toHaveLength(0);
    performance.mark("drop:release");
    await editor.edit(drop);
    await panel.refresh();
    expect(shell.measures).toHaveBeenCalledTimes(2);
    const split = marksSince("drop:release");
    expect(split["measures:shown"]).toBeGreaterThanOrEqual(split["edit:patched"]!);
  });
});

describe("instrument", () => {
  it("marks before a call, or after it returns or its promise fulfils, and keeps what it returns", async () => {
    const target = {
      n: 1,
      sync(x: number) {
        return this.n + x;
      },
      async later(x: number) {
        return x * 2;
      },
    };
    instrument(target, "sync", "before", "t:sync");
    instrument(target, "later", "after", "t:later");
    expect(target.sync(2)).toBe(3);
    expect(performance.getEntriesByName("t:sync", "mark")).toHaveLength(1);
    const p = target.later(4);
    expect(performance.getEntriesByName("t:later", "mark")).toHaveLength(0);
    expect(await p).toBe(8);
    expect(performance.getEntriesByName("t:later", "mark")).toHaveLength(1);
  });

  it("refuses a method the product does not have", () => {
    expect(() => instrument({}, "gone", "after", "t:gone")).toThrow(/gone/);
  });
});

describe("the presentation's split", () => {
  it("marks when the presenter started, sized and framed each step, after the action began", async () => {
    const editor = await setup();
    const times = await presentTimes(editor);
    expect(times.enter.step).toBe(0);
    const at = times.enter.split;
    expect(Object.keys(at)).toEqual(
      expect.arrayContaining(["present:action", "present:started", "present:sized", "present:framed"]),
    );
    expect(at["present:started"]!).toBeLessThanOrEqual(at["present:framed"]!);
    expect(times.steps.map((s) => s.step)).toEqual(times.steps.map((_, i) => i + 1));
    for (const s of times.steps) expect(s.split).toHaveProperty("present:framed");
    expect(times.leave.action).toBe("leave");
    expect(editor.presentation.active).toBe(false);
  });
});
