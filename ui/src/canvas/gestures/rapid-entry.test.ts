// Rapid entry: a column of cards with Ctrl/Cmd+Enter, a row with Tab, a row of stage or
// lane names with Tab, each through the ordinary commands.
import { afterEach, describe, expect, it } from "vitest";
import { editCardText, newCard } from "./card-create";
import { rename } from "./rename";
import { onwardKey } from "../inline-edit";
import { cardCanvas, settle } from "../card-testing";

const field = () => document.querySelector<HTMLTextAreaElement | HTMLInputElement>(".inline-edit");
const key = (t: Element, key: string, init: KeyboardEventInit = {}) =>
  t.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
/** Type `text` into the open field and press `k`; wait for the commit and what follows. */
async function type(text: string, k: string, init: KeyboardEventInit = {}) {
  const f = field()!;
  expect(f, `a field for ${text}`).not.toBeNull();
  f.value = text;
  key(f, k, init);
  await settle();
  await settle();
}

afterEach(() => document.body.replaceChildren());

describe("the keys that go on from a field", () => {
  it("are Tab, Shift+Tab (also as WebKitGTK reports it) and Ctrl or Cmd+Enter", () => {
    const k = (key: string, more: Partial<KeyboardEvent> = {}) =>
      onwardKey({ key, code: "", shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...more });
    expect(k("Tab")).toBe("next");
    expect(k("Tab", { shiftKey: true })).toBe("previous");
    expect(k("Unidentified", { code: "Tab", shiftKey: true })).toBe("previous");
    expect(k("Enter", { ctrlKey: true })).toBe("below");
    expect(k("Enter", { metaKey: true })).toBe("below");
    expect(k("Enter")).toBeNull();
    expect(k("Enter", { shiftKey: true })).toBeNull();
    expect(k("Tab", { ctrlKey: true })).toBeNull();
  });
});

describe("typing a column of cards", () => {
  it("Ctrl+Enter adds the card and opens the next one below it; Enter ends the column", async () => {
    const { canvas, sent } = cardCanvas();
    newCard(canvas, "l3", "s1", 0);
    await type("Checks stock", "Enter", { ctrlKey: true });
    await type("Cooks", "Enter", { ctrlKey: true });
    await type("Plates", "Enter");
    expect(sent).toEqual([
      { type: "add_card", lane: "l3", stage: "s1", index: 0, text: "Checks stock" },
      { type: "add_card", lane: "l3", stage: "s1", index: 1, text: "Cooks" },
      { type: "add_card", lane: "l3", stage: "s1", index: 2, text: "Plates" },
    ]);
    expect(field()).toBeNull();
  });

  it("from an existing card's text: updates it, then a new card right after it", async () => {
    const { canvas, sent } = cardCanvas();
    editCardText(canvas, "c1");
    await type("Walks in slowly", "Enter", { metaKey: true });
    expect(field()?.getAttribute("aria-label")).toBe("New card text");
    await type("Hangs coat", "Enter");
    expect(sent).toEqual([
      { type: "update_card", card: "c1", changes: { text: "Walks in slowly" } },
      { type: "add_card", lane: "l1", stage: "s1", index: 1, text: "Hangs coat" },
    ]);
  });

  it("an empty new card ends the column without adding anything", async () => {
    const { canvas, sent } = cardCanvas();
    newCard(canvas, "l3", "s1", 0);
    await type("", "Enter", { ctrlKey: true });
    expect(sent).toEqual([]);
    expect(field()).toBeNull();
  });
});

describe("Tab from a card's text", () => {
  it("goes to the cell to the right: a new card there when it is empty; nothing past the last stage", async () => {
    const { canvas, sent } = cardCanvas();
    editCardText(canvas, "c1"); // l1 × s1
    await type("Walks in", "Tab"); // unchanged: nothing sent, but it goes on
    await type("Reads the menu", "Tab"); // l1 × s2 was empty
    expect(sent).toEqual([{ type: "add_card", lane: "l1", stage: "s2", index: 0, text: "Reads the menu" }]);
    expect(field()).toBeNull();
  });

  it("Shift+Tab goes left, to the first card's text of a filled cell, and selects it", async () => {
    const { canvas, sent } = cardCanvas();
    newCard(canvas, "l1", "s2", 0);
    await type("Orders", "Tab", { shiftKey: true });
    const f = field()!;
    expect(f.value).toBe("Walks in");
    expect([...canvas.selection]).toEqual(["card:c1"]);
    await type("Walks in", "Escape");
    expect(sent).toEqual([{ type: "add_card", lane: "l1", stage: "s2", index: 0, text: "Orders" }]);
  });
});

describe("naming stages and lanes in a row", () => {
  it("Tab commits a stage's name and opens the next stage's; Shift+Tab the previous one", async () => {
    const { canvas, sent } = cardCanvas();
    rename(canvas, "stage:s1");
    await type("Arrival", "Tab");
    expect(field()!.value).toBe("Order 点餐");
    expect([...canvas.selection]).toEqual(["stage:s2"]);
    await type("Ordering", "Tab", { shiftKey: true });
    expect(field()!.value).toBe("Arrive"); // the fixture's mirror is not patched here
    await type("Arrive", "Enter");
    expect(sent).toEqual([
      { type: "rename_stage", stage: "s1", name: "Arrival" },
      { type: "rename_stage", stage: "s2", name: "Ordering" },
    ]);
  });

  it("does the same for lanes, and stops after the last one", async () => {
    const { canvas, sent } = cardCanvas();
    rename(canvas, "lane:l2");
    await type("Waiter", "Tab");
    expect([...canvas.selection]).toEqual(["lane:l3"]);
    await type("Kitchen", "Tab");
    expect(field()).toBeNull();
    expect(sent).toEqual([
      { type: "update_lane", lane: "l2", name: "Waiter" },
      { type: "update_lane", lane: "l3", name: "Kitchen" },
    ]);
  });
});
