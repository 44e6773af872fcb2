import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Inspector from "./Inspector.svelte";
import { shell } from "../scene/ipc";
import { setLocale } from "../i18n";
import { applied, choose, editorWith, settle, undoWith } from "./testing";
import type { Card, Command, ElementRef, LaneKindInfo } from "../scene/types";
import type { Editor } from "../app/editor.svelte";

vi.mock("../scene/ipc", () => ({
  shell: { laneKinds: vi.fn(), rules: vi.fn(), execute: vi.fn(), undo: vi.fn(), redo: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

const kinds: LaneKindInfo[] = [
  { kind: "customer", label: "Customer actions", color: "#fdf1d6" },
  { kind: "frontstage", label: "Frontstage actions", color: "#e3f0fb" },
  { kind: "backstage", label: "Backstage actions", color: "#e6f4ea" },
];

let target: HTMLElement;
let app: Record<string, unknown> | null = null;
let editor: Editor;

beforeEach(() => {
  target = document.createElement("div");
  document.body.append(target);
  vi.mocked(shell.laneKinds).mockResolvedValue(kinds);
  vi.mocked(shell.seal).mockResolvedValue(undefined);
  // The core's answer to update_card: the card with the changes applied.
  vi.mocked(shell.execute).mockImplementation(async (cmd: Command) => {
    if (cmd.type !== "update_card") return applied();
    const before = editor.mirror!.cards.get(cmd.card)!;
    const after = { ...before, ...cmd.changes } as Card;
    return applied({ record: "card", id: cmd.card, before, after });
  });
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  target.remove();
  vi.resetAllMocks();
});

async function render(selected: ElementRef[]) {
  editor = editorWith();
  select(selected);
  app = mount(Inspector, { target, props: { editor } });
  await settle();
}

/** The control labelled `name` (by <label for>, aria-label or group label). */
function field<T extends HTMLElement = HTMLInputElement>(name: string): T {
  for (const label of target.querySelectorAll("label")) {
    if (label.textContent === name) return document.getElementById(label.htmlFor) as T;
  }
  const el = target.querySelector<T>(`[aria-label="${name}"]`);
  if (!el) throw new Error(`no control named ${name}`);
  return el;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, text: string) {
  el.focus();
  el.value = text;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}
function key(el: HTMLElement, init: KeyboardEventInit) {
  el.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));
}
/** Select as the canvas does: by element key. */
function select(refs: ElementRef[]) {
  editor.selection = refs.map((r) => (r.kind === "document" ? "document" : `${r.kind}:${r.id}`));
}
const sent = () => vi.mocked(shell.execute).mock.calls.map((c) => c[0]);

describe("Inspector", () => {
  it("shows the selected card's values", async () => {
    await render([{ kind: "card", id: "c3" }]);
    expect(target.querySelector("h2")!.textContent).toBe("Card");
    expect(field<HTMLTextAreaElement>("Text").value).toBe("Takes the order");
    expect(field<HTMLInputElement>("Can fail here").checked).toBe(true);
    expect(field<HTMLSelectElement>("Kind of failure").value).toBe("process");
    expect(field<HTMLSelectElement>("Emotion").value).toBe("");
  });

  it("speaks the UI's language", async () => {
    setLocale("zh-CN");
    try {
      await render([{ kind: "card", id: "c3" }]);
      expect(target.querySelector("h2")!.textContent).toBe("卡片");
      expect(field<HTMLTextAreaElement>("文字").value).toBe("Takes the order");
      expect(field<HTMLSelectElement>("失败类型").selectedOptions[0]!.textContent).toBe("流程");
      expect(field<HTMLSelectElement>("耗时单位").selectedOptions[0]!.textContent).toBe("分钟");
    } finally {
      setLocale("en");
    }
  });

  it("shows user text as text, not markup", async () => {
    await render([{ kind: "card", id: "c2" }]);
    expect(field<HTMLTextAreaElement>("Text").value).toBe("<b>Looks</b> & waits");
    expect(target.querySelector("b")).toBeNull();
  });

  it("commits a text field once, on Enter, not on every keystroke", async () => {
    await render([{ kind: "card", id: "c1" }]);
    const text = field<HTMLTextAreaElement>("Text");
    type(text, "Walks");
    type(text, "Walks in slowly");
    expect(shell.execute).not.toHaveBeenCalled();
    key(text, { key: "Enter" });
    await settle();
    expect(sent()).toEqual([{ type: "update_card", card: "c1", changes: { text: "Walks in slowly" } }]);
    expect(editor.mirror!.cards.get("c1")!.text).toBe("Walks in slowly");
    // Leaving the field ends the typing run without a second edit.
    const sealed = vi.mocked(shell.seal).mock.calls.length;
    text.dispatchEvent(new FocusEvent("blur"));
    text.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
    await settle();
    expect(shell.execute).toHaveBeenCalledTimes(1);
    expect(shell.seal).toHaveBeenCalledTimes(sealed + 1);
  });

  it("does not commit while an input method is composing", async () => {
    await render([{ kind: "card", id: "c1" }]);
    const owner = field("Owner");
    type(owner, "店員");
    key(owner, { key: "Enter", isComposing: true });
    await settle();
    expect(shell.execute).not.toHaveBeenCalled();
    key(owner, { key: "Enter" });
    await settle();
    expect(sent()).toEqual([{ type: "update_card", card: "c1", changes: { owner: "店員" } }]);
  });

  it("commits on leaving the field; Escape reverts instead", async () => {
    await render([{ kind: "card", id: "c1" }]);
    const notes = field<HTMLTextAreaElement>("Notes");
    type(notes, "first line\nsecond");
    key(notes, { key: "Enter" }); // a new line in notes, not a commit
    expect(shell.execute).not.toHaveBeenCalled();
    notes.dispatchEvent(new FocusEvent("blur"));
    await settle();
    expect(sent()).toEqual([{ type: "update_card", card: "c1", changes: { notes: "first line\nsecond" } }]);

    const owner = field("Owner");
    type(owner, "nobody");
    key(owner, { key: "Escape" });
    owner.dispatchEvent(new FocusEvent("blur"));
    await settle();
    expect(owner.value).toBe("");
    expect(shell.execute).toHaveBeenCalledTimes(1);
  });

  it("says what a field means where it is read, with the field", async () => {
    await render([{ kind: "card", id: "c1" }]);
    const described = (el: HTMLElement) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .filter(Boolean)
        .map((id) => document.getElementById(id)!.textContent)
        .join(" ");
    expect(described(field("Tolerance amount"))).toContain("longest the customer accepts");
    expect(described(field("Duration amount"))).toContain("standard time");
    expect(described(field<HTMLSelectElement>("Emotion"))).toContain("employee's feeling");
    expect(described(field("The customer waits here"))).toContain("queues");
  });

  it("edits durations in human units, stored in seconds", async () => {
    await render([{ kind: "card", id: "c1" }]);
    const amount = field("Tolerance amount");
    choose(field<HTMLSelectElement>("Tolerance unit"), "minutes");
    type(amount, "1.5");
    amount.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(sent()).toEqual([{ type: "update_card", card: "c1", changes: { tolerance_seconds: 90 } }]);
    expect(amount.value).toBe("90");
    expect(field<HTMLSelectElement>("Tolerance unit").value).toBe("seconds");

    type(amount, "-3");
    amount.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(shell.execute).toHaveBeenCalledTimes(1);
    expect(target.querySelector('[role="alert"]')!.textContent).toContain("zero or more");

    type(amount, "");
    amount.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(sent()[1]).toEqual({ type: "update_card", card: "c1", changes: { tolerance_seconds: null } });
  });

  it("marks a key moment, gives a card a colour and says what fails", async () => {
    await render([{ kind: "card", id: "c3" }]);
    field("Key moment (moment of truth)").click();
    await settle();
    choose(field<HTMLSelectElement>("Card colour"), "orange");
    await settle();
    const fails = field<HTMLTextAreaElement>("What fails");
    type(fails, "The queue grows past ten");
    fails.dispatchEvent(new FocusEvent("blur"));
    await settle();
    choose(field<HTMLSelectElement>("Card colour"), "");
    await settle();
    expect(sent()).toEqual([
      { type: "update_card", card: "c3", changes: { key_moment: true } },
      { type: "update_card", card: "c3", changes: { colour: "orange" } },
      {
        type: "update_card",
        card: "c3",
        changes: { fail_point: { kind: "process", description: "The queue grows past ten" } },
      },
      { type: "update_card", card: "c3", changes: { colour: null } },
    ]);
  });

  it("sends selects and checkboxes as card changes", async () => {
    await render([{ kind: "card", id: "c3" }]);
    choose(field<HTMLSelectElement>("Channel"), "digital");
    await settle();
    choose(field<HTMLSelectElement>("Emotion"), "-2");
    await settle();
    choose(field<HTMLSelectElement>("Kind of failure"), "system");
    await settle();
    const wait = field("The customer waits here");
    wait.click();
    await settle();
    const tags = field("Tags (comma-separated)");
    type(tags, "slow, queue, slow, ");
    key(tags, { key: "Enter" });
    await settle();
    expect(sent()).toEqual([
      { type: "update_card", card: "c3", changes: { channel: "digital" } },
      { type: "update_card", card: "c3", changes: { emotion: -2 } },
      { type: "update_card", card: "c3", changes: { fail_point: { kind: "system" } } },
      { type: "update_card", card: "c3", changes: { wait: true } },
      { type: "update_card", card: "c3", changes: { tags: ["slow", "queue"] } },
    ]);
    expect(field<HTMLSelectElement>("Emotion").value).toBe("-2");
  });

  it("follows undo", async () => {
    await render([{ kind: "card", id: "c1" }]);
    const before = editor.mirror!.cards.get("c1")!;
    await undoWith(editor, vi.mocked(shell.undo), {
      changes: [{ record: "card", id: "c1", before, after: { ...before, text: "Arrives", emotion: 1 } }],
    });
    expect(field<HTMLTextAreaElement>("Text").value).toBe("Arrives");
    expect(field<HTMLSelectElement>("Emotion").value).toBe("1");
  });

  it("commits text being typed to its own card when the selection moves on", async () => {
    await render([{ kind: "card", id: "c1" }]);
    type(field<HTMLTextAreaElement>("Text"), "Walks in fast");
    select([{ kind: "card", id: "c2" }]);
    await settle();
    expect(sent()).toEqual([{ type: "update_card", card: "c1", changes: { text: "Walks in fast" } }]);
    expect(field<HTMLTextAreaElement>("Text").value).toBe("<b>Looks</b> & waits");
  });

  it("edits a lane: name, kind, colour with reset, collapsed", async () => {
    await render([{ kind: "lane", id: "l3" }]);
    expect(target.querySelector("h2")!.textContent).toBe("Lane");
    const name = field("Name");
    expect(name.value).toBe("Backstage");
    type(name, "Kitchen");
    key(name, { key: "Enter" });
    choose(field<HTMLSelectElement>("Kind"), "frontstage");
    const colour = field("Colour");
    expect(colour.value).toBe("#123456");
    colour.value = "#abcdef";
    colour.dispatchEvent(new Event("change", { bubbles: true }));
    (target.querySelector("button") as HTMLButtonElement).click();
    field("Collapsed").click();
    await settle();
    expect(sent()).toEqual([
      { type: "update_lane", lane: "l3", name: "Kitchen" },
      { type: "update_lane", lane: "l3", kind: "frontstage" },
      { type: "update_lane", lane: "l3", color: "#abcdef" },
      { type: "update_lane", lane: "l3", color: null },
      { type: "update_lane", lane: "l3", collapsed: true },
    ]);
  });

  it("shows a lane without a colour in its kind's default", async () => {
    await render([{ kind: "lane", id: "l1" }]);
    expect(field("Colour").value).toBe("#fdf1d6");
    expect(target.querySelector<HTMLButtonElement>("button")!.disabled).toBe(true);
  });

  it("edits a stage name", async () => {
    await render([{ kind: "stage", id: "s2" }]);
    const name = field("Name");
    expect(name.value).toBe("Order 点餐");
    type(name, "Order");
    name.dispatchEvent(new FocusEvent("blur"));
    await settle();
    expect(sent()).toEqual([{ type: "rename_stage", stage: "s2", name: "Order" }]);
  });

  it("sets a stage's standard time, in the unit chosen", async () => {
    await render([{ kind: "stage", id: "s2" }]);
    const amount = field("Standard time amount");
    expect(amount.value).toBe("");
    amount.value = "15";
    amount.dispatchEvent(new Event("input", { bubbles: true }));
    amount.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(sent()).toEqual([{ type: "set_standard", stage: "s2", seconds: 900 }]);
  });

  it("edits a connector: ends, direction, label", async () => {
    await render([{ kind: "connector", id: "a1" }]);
    const from = field<HTMLSelectElement>("From");
    expect(from.value).toBe("c1");
    expect([...from.options].map((o) => o.textContent)).toEqual([
      "Walks in — Customer · Arrive",
      "<b>Looks</b> & waits — Customer · Arrive",
      "Takes the order — Frontstage · Order 点餐",
    ]);
    choose(from, "c2");
    await settle();
    choose(field<HTMLSelectElement>("Direction"), "two_way");
    await settle();
    const label = field("Label");
    type(label, "asks");
    key(label, { key: "Enter" });
    await settle();
    expect(sent()).toEqual([
      { type: "update_connector", connector: "a1", from: "c2" },
      { type: "update_connector", connector: "a1", direction: "two_way" },
      { type: "update_connector", connector: "a1", label: "asks" },
    ]);
  });

  it("shows and edits the document when nothing is selected", async () => {
    await render([]);
    expect(target.querySelector("h2")!.textContent).toBe("Document");
    const title = field("Title");
    expect(title.value).toBe("Café");
    type(title, "Café at night");
    key(title, { key: "Enter" });
    const description = field<HTMLTextAreaElement>("Description");
    type(description, "Dinner service.");
    key(description, { key: "Enter", ctrlKey: true });
    const language = field<HTMLSelectElement>("Language of lines and badges");
    expect(language.value).toBe("en");
    language.value = "zh-Hans";
    language.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(sent()).toEqual([
      { type: "set_properties", title: "Café at night" },
      { type: "set_properties", description: "Dinner service." },
      { type: "set_properties", language: "zh-Hans" },
    ]);
  });

  it("selects the card's lane or stage from the card, for keyboard users", async () => {
    await render([{ kind: "card", id: "c3" }]);
    const card = editor.mirror!.cards.get("c3")!;
    const buttons = [...target.querySelectorAll<HTMLButtonElement>(".place button")];
    expect(buttons.map((b) => b.textContent!.trim())).toEqual([
      `Lane: ${editor.mirror!.lanes.find((l) => l.id === card.lane)!.name}`,
      `Stage: ${editor.mirror!.stages.find((s) => s.id === card.stage)!.name}`,
    ]);
    const takeFocus = vi.spyOn(editor.canvas!, "takeFocus");
    buttons[0]!.click();
    expect(editor.selection).toEqual([`lane:${card.lane}`]);
    // The keyboard goes to the canvas, where F2 renames the lane and Alt+arrows move it.
    expect(takeFocus).toHaveBeenCalledOnce();
  });

  it("sets a field on every selected card in one command, keeping each card's text its own", async () => {
    await render([
      { kind: "card", id: "c1" },
      { kind: "card", id: "c2" },
      { kind: "card", id: "c3" },
    ]);
    expect(target.querySelector(".note.multi")!.textContent).toContain("all 3 selected cards");
    // The texts are each card's: not offered for all of them.
    expect(() => field("Text")).toThrow();
    choose(field<HTMLSelectElement>("Channel"), "digital");
    await settle();
    expect(sent()).toEqual([
      {
        type: "batch",
        label: "Edit Cards",
        commands: ["c1", "c2", "c3"].map((card) => ({ type: "update_card", card, changes: { channel: "digital" } })),
      },
    ]);
  });

  it("collapses every selected lane in one command; the name is each lane's own", async () => {
    await render([
      { kind: "lane", id: "l2" },
      { kind: "lane", id: "l3" },
    ]);
    expect(target.querySelector(".note.multi")!.textContent).toContain("all 2 selected lanes");
    expect(() => field("Name")).toThrow();
    // The first lane has no colour of its own; the others may: resetting is offered.
    const reset = [...target.querySelectorAll<HTMLButtonElement>("button")].find(
      (b) => b.textContent!.trim() === "Reset colour",
    );
    expect(reset?.disabled).toBe(false);
    field("Collapsed").click();
    await settle();
    expect(sent()).toEqual([
      {
        type: "batch",
        label: "Edit Lanes",
        commands: ["l2", "l3"].map((lane) => ({ type: "update_lane", lane, collapsed: true })),
      },
    ]);
  });

  it("ends a field's run of edits when the field is left, so that it is one undo step", async () => {
    await render([{ kind: "card", id: "c3" }]);
    const emotion = field<HTMLSelectElement>("Emotion");
    // Entering the field starts a run (what came before it is another step)…
    emotion.focus();
    expect(shell.seal).toHaveBeenCalledTimes(1);
    // …the arrow keys step a closed select: one change each, all in that run…
    for (const v of ["2", "1", "0"]) {
      choose(emotion, v);
      await settle();
    }
    expect(sent()).toHaveLength(3);
    expect(shell.seal).toHaveBeenCalledTimes(1);
    // …and leaving it ends the run.
    emotion.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
    expect(shell.seal).toHaveBeenCalledTimes(2);
  });

  it("seals a text field's run once when it is left, after its edit, and once when moving to another field", async () => {
    await render([{ kind: "card", id: "c1" }]);
    const owner = field("Owner");
    owner.focus();
    expect(shell.seal).toHaveBeenCalledTimes(1);
    type(owner, "Host");
    owner.blur();
    await settle();
    expect(sent()).toEqual([{ type: "update_card", card: "c1", changes: { owner: "Host" } }]);
    expect(shell.seal).toHaveBeenCalledTimes(2);
    // The edit reached the core before the seal that ends its run.
    expect(vi.mocked(shell.execute).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(shell.seal).mock.invocationCallOrder[1]!,
    );
    // From one field straight to the next: leaving the one ends the run, entering the next adds nothing.
    owner.focus();
    expect(shell.seal).toHaveBeenCalledTimes(3);
    field<HTMLTextAreaElement>("Text").focus();
    expect(shell.seal).toHaveBeenCalledTimes(4);
  });

  it("every control has an accessible name", async () => {
    for (const sel of [
      [{ kind: "card", id: "c3" }],
      [{ kind: "lane", id: "l1" }],
      [{ kind: "connector", id: "a1" }],
      [],
    ] as ElementRef[][]) {
      if (app) unmount(app);
      target.replaceChildren();
      await render(sel);
      for (const c of target.querySelectorAll<HTMLInputElement>("input, select, textarea, button")) {
        const named =
          c.getAttribute("aria-label") || c.labels?.[0]?.textContent || (c.tagName === "BUTTON" && c.textContent);
        expect(named, c.outerHTML).toBeTruthy();
      }
    }
    flushSync();
  });
});
