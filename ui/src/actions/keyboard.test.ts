// The keyboard all the way: the cell cursor and Enter, the context menu for a right-click
// or the selection, marks on several cards, and Connect To…'s list.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { nextCell } from "./cell-actions";
import { menuItems } from "./context-menu";
import { connectChoices } from "../edits/connect-choices";
import { Mirror } from "../scene/mirror";
import { unchangedDelta } from "../scene/testing";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import { Editor } from "../app/editor.svelte";
import ContextMenu from "../panels/ContextMenu.svelte";
import ConnectDialog from "../panels/ConnectDialog.svelte";
import type { Applied, Command, Status } from "../scene/types";

const shell = vi.hoisted(() => ({
  view: vi.fn(),
  execute: vi.fn(),
  preview: vi.fn(),
  confirm: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  seal: vi.fn(),
  anticipate: vi.fn(),
}));
vi.mock("../scene/ipc", () => ({ shell, errorMessage: (e: unknown) => String(e) }));

const status: Status = {
  title: "Café",
  path: null,
  dirty: false,
  can_undo: false,
  can_redo: false,
  undo_label: null,
  redo_label: null,
};
const applied = (): Applied => ({
  patch: { changes: [] },
  created: [],
  delta: unchangedDelta(),
  diagnostics: null,
  drawn: false,
  status,
});

async function setup() {
  shell.view.mockResolvedValue({ doc: smallBlueprint(), scene: smallSceneFixture(), diagnostics: [], status });
  shell.execute.mockResolvedValue(applied());
  const editor = new Editor();
  const host = document.createElement("div");
  document.body.append(host);
  editor.attach(host);
  await editor.load();
  const canvas = editor.canvas!;
  canvas.takeFocus();
  const key = (key: string, mods: Partial<KeyboardEvent> = {}) =>
    editor.actions.forKey(new KeyboardEvent("keydown", { key, ...mods }), false, false)?.id;
  const sent = () => shell.execute.mock.calls.map((c) => c[0] as Command);
  return { editor, host, canvas, key, sent };
}

beforeEach(() => {
  for (const f of Object.values(shell)) f.mockReset();
  document.body.replaceChildren();
});

describe("the cell cursor", () => {
  it("starts in the first cell and moves within the grid, skipping collapsed lanes", () => {
    const doc = smallBlueprint();
    doc.lanes[1]!.collapsed = true;
    const m = new Mirror(doc);
    const first = nextCell(m, null, "down")!;
    expect(first).toEqual({ lane: "l1", stage: "s1" });
    expect(nextCell(m, first, "down")).toEqual({ lane: "l3", stage: "s1" });
    expect(nextCell(m, first, "right")).toEqual({ lane: "l1", stage: "s2" });
    expect(nextCell(m, first, "left")).toEqual(first);
    expect(nextCell(m, first, "up")).toEqual(first);
  });

  it("moves with the arrows while nothing is selected; Enter opens a new card there", async () => {
    const { editor, canvas, key } = await setup();
    expect(key("ArrowDown")).toBe("cells.cursor_down");
    await editor.run("cells.cursor_down");
    await editor.run("cells.cursor_right");
    expect(canvas.cellCursor).toEqual({ lane: "l1", stage: "s2" });
    expect(canvas.overlay.querySelector(".cell-cursor")).not.toBeNull();
    // Screen readers hear where it is.
    const spoken = () => canvas.host.parentElement!.querySelector('[role="status"]')!.textContent;
    expect(spoken()).toBe("Empty cell — Customer, Order 点餐");
    await editor.run("cells.cursor_down");
    expect(spoken()).toBe("1 card — Frontstage, Order 点餐");
    await editor.run("cells.cursor_up");
    expect(key("Enter")).toBe("cells.write");
    await editor.run("cells.write");
    const field = document.querySelector<HTMLTextAreaElement>(".inline-edit")!;
    expect(field).not.toBeNull();
    // A selected card takes the arrows and Enter back.
    field.remove();
    canvas.setSelection(["card:c3"]);
    canvas.takeFocus();
    expect(key("ArrowDown")).toBe("cards.move_down");
    expect(canvas.overlay.querySelector(".cell-cursor")).toBeNull();
    // Escape leaves the card; the cursor goes on from its cell.
    await editor.run("edit.escape");
    expect(canvas.cellCursor).toEqual({ lane: "l2", stage: "s2" });
    expect(canvas.overlay.querySelector(".cell-cursor")).not.toBeNull();
  });
});

describe("the context menu", () => {
  it("offers each kind of element its actions", () => {
    expect(menuItems({ kind: "card", id: "c1", handle: false })).toContain("cards.fail_point");
    expect(menuItems({ kind: "card", id: "c1", handle: false })).toContain("connector.connect_to");
    expect(menuItems({ kind: "cell", lane: "l1", stage: "s1" })[0]).toBe("cells.write");
    expect(menuItems({ kind: "lane-header", id: "l1" })[0]).toBe("structure.rename");
    expect(menuItems({ kind: "connector", id: "a1", end: null })).toContain("connector.reverse");
  });

  it("opens on a right-click, selecting what is under it, and runs the chosen action", async () => {
    const { editor, host, sent } = await setup();
    const card = host.querySelector('.card[data-id="c1"] rect')!;
    card.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 5, clientY: 5 }));
    expect(editor.selection).toEqual(["card:c1"]);
    expect(editor.menu?.hit).toEqual({ kind: "card", id: "c1", handle: false });
    const target = document.createElement("div");
    document.body.append(target);
    const app = mount(ContextMenu, { target, props: { editor } });
    flushSync();
    const menu = target.querySelector('[role="menu"]')!;
    expect(menu.getAttribute("aria-label")).toBe("Card actions");
    const item = target.querySelector<HTMLButtonElement>('[data-action="cards.fail_point"]')!;
    expect(item.textContent).toContain("Mark as Fail Point");
    expect(item.getAttribute("aria-disabled")).toBe("false");
    item.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(editor.menu).toBeNull();
    expect(sent()).toEqual([
      { type: "update_card", card: "c1", changes: { fail_point: { kind: "process", recovery: "" } } },
    ]);
    unmount(app);
  });

  it("opens from the keyboard for the selection", async () => {
    const { editor, canvas, key } = await setup();
    canvas.setSelection(["lane:l2"]);
    canvas.takeFocus();
    expect(key("F10", { shiftKey: true })).toBe("view.context_menu");
    await editor.run("view.context_menu");
    expect(editor.menu?.hit).toEqual({ kind: "lane-header", id: "l2" });
  });
});

describe("marks on several cards", () => {
  it("mark only the cards without the mark, in one step", async () => {
    const { editor, canvas, sent } = await setup();
    // The fixture's c3 has a fail point already; c1 and c2 have none.
    canvas.setSelection(["card:c1", "card:c3", "card:c2"]);
    expect(editor.actions.get("cards.fail_point")!.label()).toBe("Mark as Fail Point");
    await editor.run("cards.fail_point");
    const set = { fail_point: { kind: "process", recovery: "" } };
    expect(sent()).toEqual([
      {
        type: "batch",
        label: "Edit Cards",
        commands: [
          { type: "update_card", card: "c1", changes: set },
          { type: "update_card", card: "c2", changes: set },
        ],
      },
    ]);
  });
});

describe("Connect To…", () => {
  it("lists the other cards in reading order, filtered by text, lane or stage", () => {
    const m = new Mirror(smallBlueprint());
    const all = connectChoices(m, "c1", "", "(no text)");
    expect(all.map((c) => c.id)).not.toContain("c1");
    expect(all).toHaveLength(m.cards.size - 1);
    const c3 = m.cards.get("c3")!;
    expect(connectChoices(m, "c1", c3.text.slice(0, 4).toUpperCase(), "").map((c) => c.id)).toContain("c3");
    expect(connectChoices(m, "c1", "zzz-nothing", "")).toEqual([]);
  });

  it("draws the arrow to the card chosen by typing and Enter, and closes", async () => {
    const { editor, canvas, sent } = await setup();
    canvas.setSelection(["card:c1"]);
    await editor.run("connector.connect_to");
    expect(editor.connectFrom).toBe("c1");
    const target = document.createElement("div");
    document.body.append(target);
    const app = mount(ConnectDialog, { target, props: { editor, from: "c1" } });
    flushSync();
    const field = target.querySelector<HTMLInputElement>('[role="combobox"]')!;
    const c3 = editor.mirror!.cards.get("c3")!.text;
    field.value = c3;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    expect(target.querySelectorAll('[role="option"]')).toHaveLength(1);
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent()).toEqual([{ type: "add_connector", from: "c1", to: "c3" }]);
    // Closed (the app unmounts it then; the e2e test sees the keyboard back on the canvas).
    expect(editor.connectFrom).toBeNull();
    unmount(app);
  });

  it("at 5,000 cards sorts once as it opens, filters that list as one types, and lists the first 200", async () => {
    const { editor } = await setup();
    const doc = smallBlueprint();
    const first = doc.cards[0]!;
    for (let i = 0; i < 5_000; i++) doc.cards.push({ ...first, id: `x${i}`, text: `Step ${i}`, order: 100 + i });
    editor.mirror = new Mirror(doc);
    const target = document.createElement("div");
    document.body.append(target);
    const app = mount(ConnectDialog, { target, props: { editor, from: "c1" } });
    flushSync();
    const options = () => [...target.querySelectorAll('[role="option"]')];
    const note = () => target.querySelector('[role="listbox"] .none')?.textContent;
    expect(options()).toHaveLength(200);
    // 5,002 cards but the one the arrow comes from.
    expect(note()).toBe("4802 more — type to narrow");
    const sort = vi.spyOn(Array.prototype, "sort");
    const field = target.querySelector<HTMLInputElement>('[role="combobox"]')!;
    const type = (q: string) => {
      field.value = q;
      field.dispatchEvent(new Event("input", { bubbles: true }));
      flushSync();
    };
    type("step 1");
    // Step 1, 10–19, 100–199, 1000–1999: 1,111 match; the first 200, in reading order.
    expect(options()).toHaveLength(200);
    expect(options()[0]!.textContent).toContain("Step 1 ");
    expect(note()).toBe("911 more — type to narrow");
    type("step 4999");
    expect(options().map((o) => o.getAttribute("data-card"))).toEqual(["x4999"]);
    expect(note()).toBeUndefined();
    expect(sort).not.toHaveBeenCalled();
    sort.mockRestore();
    unmount(app);
  });
});
