// Structure editing through the editor: actions, keys, the delete confirmation and the
// diagnostics marks, with the desktop shell replaced by a fake core.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Applied, Command, Diagnostic, LaneBand, Patch, Status } from "../scene/types";

const shell = vi.hoisted(() => ({
  view: vi.fn(),
  execute: vi.fn(),
  preview: vi.fn(),
  confirm: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
}));
vi.mock("../scene/ipc", () => ({ shell, errorMessage: (e: unknown) => String(e) }));

import { Editor } from "../app/editor.svelte";
import { Mirror } from "../scene/mirror";
import { unchangedDelta } from "../scene/testing";
import { deleteMessage } from "./delete-confirm";
import { setLocale } from "../i18n";
import { fittingKind } from "./structure-actions";

const status: Status = {
  title: "Café",
  path: null,
  dirty: true,
  can_undo: true,
  can_redo: false,
  undo_label: null,
  redo_label: null,
};
const noDelta = unchangedDelta();

function applied(over: Partial<Applied> = {}): Applied {
  return { patch: { changes: [] }, created: [], delta: noDelta, diagnostics: null, drawn: false, status, ...over };
}

async function setup() {
  shell.view.mockResolvedValue({ doc: smallBlueprint(), scene: smallSceneFixture(), diagnostics: [], status });
  shell.execute.mockResolvedValue(applied());
  const editor = new Editor();
  const host = document.createElement("div");
  document.body.append(host);
  editor.attach(host);
  await editor.load();
  const asked: string[] = [];
  let answer = true;
  editor.confirm = async (message) => (asked.push(message), answer);
  const key = (key: string, mods: Partial<KeyboardEvent> = {}) =>
    editor.actions.forKey(new KeyboardEvent("keydown", { key, ...mods }), false, false);
  const sent = () => shell.execute.mock.calls.map((c) => c[0] as Command);
  return { editor, host, canvas: editor.canvas!, asked, answer: (a: boolean) => (answer = a), key, sent };
}

/** What the core previews for deleting lane l1 of the fixture: its two cards and the arrow from c1. */
function deleteL1Preview(): Patch {
  const doc = smallBlueprint();
  const card = (id: string) => ({
    record: "card" as const,
    id,
    before: doc.cards.find((c) => c.id === id)!,
    after: null,
  });
  return {
    changes: [
      { record: "lanes", before: doc.lanes, after: doc.lanes.slice(1) },
      card("c1"),
      card("c2"),
      { record: "connector", id: "a1", before: doc.connectors![0]!, after: null },
    ],
  };
}

beforeEach(() => {
  for (const f of Object.values(shell)) f.mockReset();
  document.body.replaceChildren();
});

/** A preview patch deleting `cards` cards and `arrows` arrows (copies of c1 and a1). */
function deleted(m: Mirror, cards: number, arrows: number): Patch {
  return {
    changes: [
      ...Array.from({ length: cards }, (_, i) => ({
        record: "card" as const,
        id: `x${i}`,
        before: m.cards.get("c1")!,
        after: null,
      })),
      ...Array.from({ length: arrows }, (_, i) => ({
        record: "connector" as const,
        id: `y${i}`,
        before: m.connectors.get("a1")!,
        after: null,
      })),
    ],
  };
}

const lane = (id: string) => ({ kind: "lane" as const, id });

describe("deleting a lane or a stage", () => {
  it("names what goes with it and sends delete_lane only when confirmed", async () => {
    const { editor, canvas, asked, answer, key, sent } = await setup();
    shell.preview.mockResolvedValue(deleteL1Preview());
    canvas.setSelection(["lane:l1"]);
    answer(false);
    await editor.run(key("Delete")!.id);
    expect(shell.preview).toHaveBeenCalledWith({ type: "delete_lane", lane: "l1" });
    expect(asked).toEqual(["Delete lane “Customer” and its 2 cards and 1 arrow?"]);
    expect(sent()).toEqual([]);
    answer(true);
    await editor.run("edit.delete");
    expect(sent()).toEqual([{ type: "delete_lane", lane: "l1" }]);
  });

  it("deletes cards, and empty lanes and stages, without asking; lanes with stages in one step", async () => {
    const { editor, canvas, asked, sent } = await setup();
    canvas.setSelection(["card:c3"]);
    await editor.run("edit.delete");
    expect(asked).toEqual([]);
    shell.preview.mockResolvedValue({ changes: [] });
    canvas.setSelection(["lane:l3", "stage:s2"]);
    await editor.run("edit.delete");
    const both: Command = {
      type: "batch",
      label: "Delete",
      commands: [
        { type: "delete_lane", lane: "l3" },
        { type: "delete_stage", stage: "s2" },
      ],
    };
    expect(shell.preview).toHaveBeenCalledWith(both);
    // The core's preview takes no card and no arrow with them: nothing to ask.
    expect(asked).toEqual([]);
    expect(sent()).toEqual([{ type: "delete_cards", cards: ["c3"] }, both]);
  });

  it("words the question for one or several, with or without contents", () => {
    const m = new Mirror(smallBlueprint());
    const gone = (cards: number, arrows: number) => deleted(m, cards, arrows);
    expect(deleteMessage([lane("l3")], gone(12, 3), m)).toBe("Delete lane “Backstage” and its 12 cards and 3 arrows?");
    expect(deleteMessage([lane("l3")], gone(1, 0), m)).toBe("Delete lane “Backstage” and its 1 card?");
    expect(deleteMessage([lane("l1"), lane("l2"), lane("l3")], gone(0, 2), m)).toBe(
      "Delete lanes “Customer”, “Frontstage” and “Backstage” and their 2 arrows?",
    );
    expect(deleteMessage([{ kind: "stage", id: "s1" }], gone(0, 0), m)).toBe("Delete stage “Arrive”?");
  });

  it("asks in Chinese when the UI speaks Chinese", () => {
    const m = new Mirror(smallBlueprint());
    const gone = (cards: number, arrows: number) => deleted(m, cards, arrows);
    setLocale("zh-CN");
    try {
      expect(deleteMessage([lane("l3")], gone(12, 3), m)).toBe("要删除泳道“Backstage”及其中的12张卡片和3条连接线吗？");
      expect(deleteMessage([lane("l1"), lane("l2"), { kind: "stage", id: "s1" }], gone(0, 0), m)).toBe(
        "要删除泳道“Customer”和“Frontstage”和阶段“Arrive”吗？",
      );
    } finally {
      setLocale("en");
    }
  });
});

describe("structure actions and keys", () => {
  it("adds a lane below the selected one and opens its name", async () => {
    const { editor, canvas, host, sent } = await setup();
    const scene = smallSceneFixture();
    const band: LaneBand = { ...structuredClone(scene.lanes[2]!), element: { kind: "lane", id: "l9" } };
    const doc = smallBlueprint();
    const after = [doc.lanes[0]!, { id: "l9", kind: "custom" as const, name: "Custom" }, ...doc.lanes.slice(1)];
    shell.execute.mockResolvedValueOnce(
      applied({
        patch: { changes: [{ record: "lanes", before: doc.lanes, after }] },
        created: [{ kind: "lane", id: "l9" }],
        delta: unchangedDelta({ lanes: [...scene.lanes, band] }),
      }),
    );
    canvas.setSelection(["lane:l1"]);
    await editor.run("lane.add");
    // Below the line of interaction, where the frontstage lane already is: a custom lane.
    expect(sent()).toEqual([{ type: "add_lane", index: 1, kind: "custom" }]);
    expect(editor.selection).toEqual(["lane:l9"]);
    const field = host.querySelector<HTMLInputElement>("input.inline-edit")!;
    expect([field.getAttribute("aria-label"), field.value]).toEqual(["Lane name", "Custom"]);
    field.value = "Kitchen";
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await vi.waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()[1]).toEqual({ type: "update_lane", lane: "l9", name: "Kitchen" });
  });

  it("adds a stage after the selected one, or at the end", async () => {
    const { editor, canvas, sent } = await setup();
    canvas.setSelection(["stage:s1"]);
    await editor.run("stage.add");
    canvas.setSelection([]);
    await editor.run("stage.add");
    expect(sent()).toEqual([
      { type: "add_stage", index: 1, name: "New stage" },
      { type: "add_stage", index: 2, name: "New stage" },
    ]);
  });

  it("picks the canonical kind the lines leave room for", () => {
    const m = new Mirror(smallBlueprint()); // customer | interaction | frontstage | visibility | backstage
    expect(fittingKind(m, 0)).toBe("evidence");
    expect(fittingKind(m, 2)).toBe("custom");
    m.lines.push({ kind: "internal_interaction", boundary: 3 });
    expect(fittingKind(m, 3)).toBe("support");
    m.lines = [];
    expect(fittingKind(m, 0)).toBe("custom");
  });

  it("reorders the selected lane with Alt+Up/Down and the selected stage with Alt+Left/Right", async () => {
    const { editor, canvas, key, sent } = await setup();
    canvas.setSelection(["lane:l2"]);
    await editor.run(key("ArrowDown", { altKey: true })!.id);
    await editor.run(key("ArrowUp", { altKey: true })!.id);
    canvas.setSelection(["lane:l1"]);
    expect(editor.actions.get("lane.move_up")!.enabled()).toBe(false);
    canvas.setSelection(["stage:s1"]);
    expect(editor.actions.get("stage.move_left")!.enabled()).toBe(false);
    await editor.run(key("ArrowRight", { altKey: true })!.id);
    // A stage's keys do nothing to a lane, and the other way round.
    expect(editor.actions.get("lane.move_down")!.enabled()).toBe(false);
    expect(sent()).toEqual([
      { type: "move_lane", lane: "l2", index: 2 },
      { type: "move_lane", lane: "l2", index: 0 },
      { type: "move_stage", stage: "s1", index: 1 },
    ]);
  });

  it("renames the selected lane or stage with F2 or Enter", async () => {
    const { editor, canvas, host, key, sent } = await setup();
    canvas.setSelection(["card:c1"]);
    expect(editor.actions.get("structure.rename")!.enabled()).toBe(false);
    canvas.setSelection(["stage:s2"]);
    await editor.run(key("F2")!.id);
    const field = host.querySelector<HTMLInputElement>("input.inline-edit")!;
    expect([field.getAttribute("aria-label"), field.value]).toEqual(["Stage name", "Order 点餐"]);
    field.value = "Order";
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    canvas.setSelection(["lane:l3"]);
    await editor.run(key("Enter")!.id);
    const lane = host.querySelector<HTMLInputElement>("input.inline-edit")!;
    expect(lane.value).toBe("Backstage");
    lane.value = "Kitchen";
    lane.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await vi.waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()).toEqual([
      { type: "rename_stage", stage: "s2", name: "Order" },
      { type: "update_lane", lane: "l3", name: "Kitchen" },
    ]);
  });

  it("collapses and expands the selected lane", async () => {
    const { editor, canvas, sent } = await setup();
    canvas.setSelection(["lane:l2"]);
    expect(editor.actions.get("lane.toggle_collapsed")!.label()).toBe("Collapse Lane");
    await editor.run("lane.toggle_collapsed");
    expect(sent()).toEqual([{ type: "update_lane", lane: "l2", collapsed: true }]);
  });
});

describe("a lane moved across a line", () => {
  it("marks the lane and the line at once, from the diagnostics that come with the move", async () => {
    const { editor, host } = await setup();
    const scene = smallSceneFixture();
    // The core's answer to moving the customer lane below the frontstage lane.
    const lanes = structuredClone(scene.lanes);
    [lanes[0]!.element, lanes[1]!.element] = [lanes[1]!.element, lanes[0]!.element];
    const diagnostic: Diagnostic = {
      rule: "lane-placement",
      severity: "error",
      message: "Customer is below the line of interaction",
      hint: "",
      elements: [
        { kind: "lane", id: "l1" },
        { kind: "line", id: "interaction" },
      ],
    };
    shell.execute.mockResolvedValueOnce(
      applied({ delta: unchangedDelta({ lanes }), diagnostics: [{ type: "add", items: [diagnostic] }] }),
    );
    await editor.edit({ type: "move_lane", lane: "l1", index: 1 });
    expect(host.querySelector('.lane[data-id="l1"]')!.classList.contains("has-error")).toBe(true);
    expect(host.querySelector('.line[data-id="interaction"]')!.classList.contains("has-error")).toBe(true);
    expect(host.querySelector('.lane[data-id="l2"]')!.classList.contains("has-error")).toBe(false);
  });
});
