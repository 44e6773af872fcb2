import { cardDoubleClick } from "./card-create";
import { afterEach, describe, expect, it } from "vitest";
import { cardCanvas, settle } from "../card-testing";

const field = () => document.querySelector<HTMLTextAreaElement>("textarea.inline-edit");
const key = (t: Element, key: string, init: KeyboardEventInit = {}) =>
  t.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
const dblclick = (t: Element, x: number, y: number) =>
  t.dispatchEvent(new MouseEvent("dblclick", { bubbles: true, clientX: x, clientY: y }));

afterEach(() => {
  document.body.replaceChildren();
});

describe("double-click to create and edit cards", () => {
  it("opens a field over the new card's place in an empty cell and adds the card with its text on Enter", async () => {
    const { canvas, band, sent } = cardCanvas();
    dblclick(band("l3"), 300, 360); // l3 × s1, empty
    const f = field()!;
    expect(f).not.toBeNull();
    expect(f.getAttribute("aria-label")).toBe("New card text");
    expect(f.style.left).toBe("220px"); // the cell's padding, as the core lays cards out
    expect(f.style.top).toBe("342px");
    expect(sent).toEqual([]); // nothing exists until the text is committed
    f.value = "Cooks the meal";
    key(f, "Enter");
    await settle();
    expect(sent).toEqual([{ type: "add_card", lane: "l3", stage: "s1", index: 0, text: "Cooks the meal" }]);
    expect(field()).toBeNull();
    expect([...canvas.selection]).toEqual(["card:c4"]);
  });

  it("puts the new card where the pointer is among the cell's cards", async () => {
    const { band, sent, rect } = cardCanvas();
    const c1 = rect("c1");
    dblclick(band("l1"), 300, c1.y + c1.h + 4); // between c1 and c2
    expect(field()!.style.top).toBe(`${c1.y + c1.h + 12}px`);
    field()!.value = "Hangs coat";
    field()!.dispatchEvent(new Event("blur"));
    await settle();
    expect(sent).toEqual([{ type: "add_card", lane: "l1", stage: "s1", index: 1, text: "Hangs coat" }]);
  });

  it("creates nothing on an empty commit, blank text or Escape", async () => {
    const { band, sent } = cardCanvas();
    dblclick(band("l3"), 300, 360);
    key(field()!, "Enter");
    dblclick(band("l3"), 300, 360);
    field()!.value = "   ";
    key(field()!, "Enter");
    dblclick(band("l3"), 300, 360);
    field()!.value = "Draft";
    key(field()!, "Escape");
    await settle();
    expect(sent).toEqual([]);
  });

  it("edits a card's text in place on double-click: one update_card", async () => {
    const { card, sent, rect } = cardCanvas();
    const r = rect("c3");
    dblclick(card("c3").querySelector("rect")!, r.x + 5, r.y + 5);
    const f = field()!;
    expect(f.value).toBe("Takes the order");
    expect(f.style.top).toBe(`${r.y}px`);
    f.value = "Takes the order 点餐";
    key(f, "Enter");
    f.dispatchEvent(new Event("blur")); // the field is gone: no second commit
    await settle();
    expect(sent).toEqual([{ type: "update_card", card: "c3", changes: { text: "Takes the order 点餐" } }]);
  });

  it("leaves double-clicks on headers to other handlers", () => {
    const { host, canvas } = cardCanvas();
    const seen: string[] = [];
    // Only the card handler, then a spy: what it leaves, the spy gets.
    canvas.doubleClicks.splice(
      0,
      canvas.doubleClicks.length,
      cardDoubleClick(canvas),
      (hit) => (seen.push(hit.kind), true),
    );
    dblclick(host.querySelector('.stage[data-id="s1"] .header')!, 210, 70);
    expect(field()).toBeNull();
    expect(seen).toEqual(["stage-header"]);
  });
});
