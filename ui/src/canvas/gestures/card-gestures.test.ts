import { afterEach, describe, expect, it } from "vitest";
import { cardCanvas, pointer } from "../card-testing";
import { setupCanvas } from "../testing";
import { boxOf, cardsInBox, touches } from "./box-select";

afterEach(() => document.body.replaceChildren());

describe("box selection geometry", () => {
  it("spans two corners in any direction and counts touching edges", () => {
    expect(boxOf({ x: 10, y: 50 }, { x: 0, y: 20 })).toEqual({ x: 0, y: 20, w: 10, h: 30 });
    const card = { x: 10, y: 10, w: 20, h: 20 };
    expect(touches({ x: 0, y: 0, w: 10, h: 10 }, card)).toBe(true); // corner to corner
    expect(touches({ x: 15, y: 15, w: 2, h: 2 }, card)).toBe(true); // inside
    expect(touches({ x: 0, y: 0, w: 9.9, h: 50 }, card)).toBe(false);
    const rects = new Map([
      ["a", card],
      ["b", { x: 100, y: 10, w: 20, h: 20 }],
    ]);
    expect(cardsInBox(rects, { x: 25, y: 0, w: 80, h: 5 })).toEqual([]);
    expect(cardsInBox(rects, { x: 25, y: 0, w: 80, h: 15 })).toEqual(["a", "b"]);
  });
});

describe("box selection on the canvas", () => {
  it("a press on empty paper that drags draws a band and selects the cards it touches", () => {
    const { canvas, band } = cardCanvas();
    canvas.setSelection(["card:c3"]);
    pointer("pointerdown", band("l1"), 210, 115);
    pointer("pointermove", canvas.svg, 300, 170);
    const rb = canvas.overlay.querySelector(".rubber-band")!;
    expect(rb).not.toBeNull();
    expect([rb.getAttribute("x"), rb.getAttribute("y"), rb.getAttribute("width"), rb.getAttribute("height")]).toEqual([
      "210",
      "115",
      "90",
      "55",
    ]);
    expect([...canvas.selection]).toEqual(["card:c1"]);
    pointer("pointermove", canvas.svg, 300, 180);
    pointer("pointerup", canvas.svg, 300, 180);
    expect([...canvas.selection]).toEqual(["card:c1", "card:c2"]);
    expect(canvas.overlay.querySelector(".rubber-band")).toBeNull();
    // The click that ends the drag does not clear the selection.
    band("l1").dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(canvas.selection.size).toBe(2);
  });

  it("Shift adds to the selection; Escape puts the selection back", () => {
    const { canvas, band } = cardCanvas();
    canvas.setSelection(["card:c3"]);
    pointer("pointerdown", band("l1"), 210, 115, { shiftKey: true });
    pointer("pointermove", canvas.svg, 300, 130, { shiftKey: true });
    expect([...canvas.selection]).toEqual(["card:c3", "card:c1"]);
    expect(canvas.cancelDrag()).toBe(true);
    expect([...canvas.selection]).toEqual(["card:c3"]);
    expect(canvas.overlay.childElementCount).toBe(0);
  });

  it("a press on a card is not a box", () => {
    const { canvas, card, rect } = cardCanvas();
    const r = rect("c1");
    pointer("pointerdown", card("c1").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 80, r.y + 200);
    expect(canvas.overlay.querySelector(".rubber-band")).toBeNull();
    canvas.cancelDrag();
  });
});

describe("a press the canvas takes", () => {
  it("cancels the browser's default, but not while the inline field is open", () => {
    const { canvas, host } = setupCanvas();
    const press = (open: boolean) => {
      if (open)
        canvas.inline.open({
          rect: { x: 0, y: 0, w: 50, h: 20 },
          value: "",
          label: "Name",
          commit: () => {},
          cancel: () => {},
        });
      const e = new PointerEvent("pointerdown", {
        bubbles: true,
        cancelable: true,
        clientX: 215,
        clientY: 120,
        button: 0,
      });
      host.querySelector('.lane[data-id="l1"] .band')!.dispatchEvent(e);
      canvas.cancelDrag();
      return e.defaultPrevented;
    };
    expect(press(false)).toBe(true);
    expect(press(true)).toBe(false);
  });
});

describe("dragging several selected cards", () => {
  it("previews them all and sends one move that lands them, in reading order, where the pointer is", async () => {
    const { canvas, card, rect, sent, band } = cardCanvas();
    canvas.setSelection(["card:c2", "card:c1"]);
    const r = rect("c2");
    pointer("pointerdown", card("c2").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 240, r.y + 150);
    expect(card("c1").getAttribute("transform")).toBe("translate(235 145)");
    expect(card("c2").getAttribute("transform")).toBe("translate(235 145)");
    expect(card("c3").hasAttribute("transform")).toBe(false);
    // Below c3 in l2 × s2.
    const c3 = rect("c3");
    pointer("pointerup", canvas.svg, c3.x + 20, c3.y + c3.h + 5);
    expect(sent).toEqual([{ type: "move_cards", cells: [{ lane: "l2", stage: "s2", cards: ["c3", "c1", "c2"] }] }]);
    // The preview stays until the answer.
    expect(card("c1").hasAttribute("transform")).toBe(true);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(card("c1").hasAttribute("transform")).toBe(false);
    expect(band("l2")).not.toBeNull();
  });

  it("moves cards in different lanes by the dragged card's lane and stage offset, or not at all", () => {
    const { canvas, card, rect, sent } = cardCanvas();
    // c1: l1 × s1, c3: l2 × s2. One lane down: c1 to l2 × s1, c3 to l3 × s2.
    canvas.setSelection(["card:c1", "card:c3"]);
    const r = rect("c1");
    pointer("pointerdown", card("c1").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 5, 260);
    pointer("pointerup", canvas.svg, r.x + 5, 260);
    expect(sent).toEqual([
      {
        type: "move_cards",
        cells: [
          { lane: "l2", stage: "s1", cards: ["c1"] },
          { lane: "l3", stage: "s2", cards: ["c3"] },
        ],
      },
    ]);
    // One stage right: c3 would leave the blueprint, so nothing moves.
    pointer("pointerdown", card("c1").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 229, r.y + 5);
    pointer("pointerup", canvas.svg, r.x + 229, r.y + 5);
    expect(sent).toHaveLength(1);
    expect(card("c1").hasAttribute("transform")).toBe(false);
  });

  it("sends nothing when dropped outside the cells, and a lone selected card is the single drag's", () => {
    const { canvas, card, rect, sent } = cardCanvas();
    canvas.setSelection(["card:c1", "card:c2"]);
    const r = rect("c1");
    pointer("pointerdown", card("c1").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, 5, 5);
    pointer("pointerup", canvas.svg, 5, 5);
    expect(sent).toEqual([]);
    canvas.setSelection(["card:c1"]);
    pointer("pointerdown", card("c1").querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 60, r.y + 200);
    expect(card("c2").hasAttribute("transform")).toBe(false);
    pointer("pointerup", canvas.svg, r.x + 60, r.y + 200);
    expect(sent).toEqual([{ type: "move_card", card: "c1", lane: "l3", stage: "s1", index: 0 }]);
  });
});
