import { afterEach, describe, expect, it } from "vitest";
import { cardCanvas, pointer } from "./card-testing";

afterEach(() => document.body.replaceChildren());

const click = (target: Element, init: MouseEventInit = {}) =>
  target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));

describe("selection around the drawing", () => {
  it("a click on the host outside the drawing, or on the svg's background, clears the selection", () => {
    const { host, canvas } = cardCanvas();
    canvas.setSelection(["card:c1", "lane:l2"]);
    click(host);
    expect(canvas.selection.size).toBe(0);
    canvas.setSelection(["card:c1"]);
    click(host, { shiftKey: true });
    expect([...canvas.selection]).toEqual(["card:c1"]);
    click(canvas.svg);
    expect(canvas.selection.size).toBe(0);
  });

  it("leaves the selection alone for a click the viewport took (after a pan) and in the inline field", () => {
    const { host, canvas } = cardCanvas();
    canvas.setSelection(["card:c1"]);
    const taken = new MouseEvent("click", { bubbles: true, cancelable: true });
    taken.preventDefault();
    host.dispatchEvent(taken);
    expect([...canvas.selection]).toEqual(["card:c1"]);
    const field = canvas.inline.open({ rect: { x: 0, y: 0, w: 50, h: 20 }, value: "", label: "x", commit: () => {} });
    click(field);
    expect([...canvas.selection]).toEqual(["card:c1"]);
  });

  it("a press on the host that drags selects a box, as on empty paper", () => {
    const { host, canvas, rect } = cardCanvas();
    const r = rect("c1");
    // From beyond the drawing's right edge (the svg ends at x 676) back over c1.
    pointer("pointerdown", host, 700, r.y + 5);
    pointer("pointermove", host, 690, r.y + 10);
    pointer("pointermove", canvas.svg, r.x + 20, r.y + 20);
    expect(canvas.overlay.querySelector(".rubber-band")).not.toBeNull();
    pointer("pointerup", canvas.svg, r.x + 20, r.y + 20);
    expect([...canvas.selection]).toEqual(["card:c1"]);
    click(canvas.svg);
    expect([...canvas.selection]).toEqual(["card:c1"]);
  });
});

describe("dragging a card that is not selected", () => {
  it("selects it when the drag starts, replacing the selection", () => {
    const { canvas, card, rect, sent } = cardCanvas();
    const seen: string[][] = [];
    canvas.setSelection(["card:c3"]);
    const r = rect("c1");
    pointer("pointerdown", card("c1").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 6, r.y + 6);
    expect([...canvas.selection]).toEqual(["card:c3"]); // not yet a drag
    pointer("pointermove", canvas.svg, r.x + 5, 260);
    seen.push([...canvas.selection]);
    pointer("pointerup", canvas.svg, r.x + 5, 260);
    click(card("c1"));
    expect(seen).toEqual([["card:c1"]]);
    expect([...canvas.selection]).toEqual(["card:c1"]);
    expect(card("c1").classList.contains("selected")).toBe(true);
    expect(sent).toEqual([{ type: "move_card", card: "c1", lane: "l2", stage: "s1", index: 0 }]);
  });

  it("keeps the selection when the dragged card is already in it", () => {
    const { canvas, card, rect } = cardCanvas();
    canvas.setSelection(["card:c1", "lane:l2"]);
    const r = rect("c1");
    pointer("pointerdown", card("c1").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 5, 260);
    expect([...canvas.selection]).toEqual(["card:c1", "lane:l2"]);
    canvas.cancelDrag();
  });
});
