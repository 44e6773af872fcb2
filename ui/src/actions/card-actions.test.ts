import { afterEach, describe, expect, it, vi } from "vitest";
import { Registry } from "./registry";
import { Editor } from "../app/editor.svelte";
import { cardActions } from "./card-actions";
import { tabTarget } from "../canvas/gestures/card-keys";
import { cardCanvas, settle } from "../canvas/card-testing";
import { pointer } from "../canvas/testing";

afterEach(() => document.body.replaceChildren());

function setup() {
  const t = cardCanvas();
  const registry = new Registry();
  registry.add(...cardActions({ canvas: t.canvas }));
  /** Press a key as App does: the registry's action, if enabled. */
  const press = async (key: string, init: KeyboardEventInit = {}) => {
    const a = registry.forKey(new KeyboardEvent("keydown", { key, ...init }), false, false);
    if (!a || !a.enabled()) return false;
    await a.run();
    await settle();
    return true;
  };
  return { ...t, registry, press };
}

describe("card keys", () => {
  it("registers beside the editor's own actions without a clash", () => {
    const ids = new Editor().actions.list().map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "cards.new",
        "cards.edit_text",
        "cards.move_left",
        "edit.select_all",
        "edit.duplicate",
        "edit.paste",
      ]),
    );
  });

  it("makes the canvas one focusable Tab stop with an accessible name", () => {
    const { canvas } = setup();
    expect(canvas.host.getAttribute("tabindex")).toBe("0");
    expect(canvas.host.getAttribute("role")).toBe("application");
    expect(canvas.host.getAttribute("aria-label")).toBe("Service blueprint");
    // Nothing in the drawing takes the focus (cards are redrawn after edits): the host keeps it.
    expect(canvas.svg.querySelectorAll("[tabindex]")).toHaveLength(0);
    const card = canvas.svg.querySelector<SVGGElement>('.card[data-id="c1"]')!;
    card.setAttribute("tabindex", "-1");
    card.focus();
    expect(document.activeElement).toBe(canvas.host);
  });

  it("a press on the drawing gives the canvas the focus once, then leaves the focus alone", () => {
    const { canvas } = setup();
    const focus = vi.spyOn(canvas.host, "focus");
    const card = canvas.svg.querySelector('.card[data-id="c1"] .card-box')!;
    pointer("pointerdown", card, 10, 10);
    pointer("pointerup", card, 10, 10);
    expect(document.activeElement).toBe(canvas.host);
    // Pressing again changes no focus (in WebKitGTK a focus change restyles what it lands on).
    pointer("pointerdown", card, 10, 10);
    pointer("pointerup", card, 10, 10);
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it("Tab / Shift+Tab walk the cards in reading order and leave the canvas past the ends", async () => {
    const { canvas, press } = setup();
    expect(await press("Tab")).toBe(false); // the canvas does not have the focus
    canvas.host.focus();
    expect(await press("Tab")).toBe(true);
    expect([...canvas.selection]).toEqual(["card:c1"]);
    expect(document.querySelector("[role=status]")!.textContent).toBe("Walks in — Customer, Arrive");
    await press("Tab");
    await press("Tab");
    expect([...canvas.selection]).toEqual(["card:c3"]);
    expect(await press("Tab")).toBe(false);
    await press("Tab", { shiftKey: true });
    expect([...canvas.selection]).toEqual(["card:c2"]);
    expect(tabTarget(["a", "b"], ["a"], true)).toBeNull();
    expect(tabTarget(["a", "b"], [], true)).toBe("b");
    expect(tabTarget([], [], false)).toBeNull();
  });

  it("arrow keys send one move per press, only while the canvas has the focus", async () => {
    const { canvas, press, sent } = setup();
    canvas.setSelection(["card:c1"]);
    expect(await press("ArrowRight")).toBe(false);
    canvas.host.focus();
    await press("ArrowRight");
    await press("ArrowDown");
    await press("ArrowLeft"); // at the left edge: nothing
    expect(sent).toEqual([
      { type: "move_card", card: "c1", lane: "l1", stage: "s2", index: 0 },
      { type: "move_card", card: "c1", lane: "l1", stage: "s1", index: 1 },
    ]);
    canvas.setSelection(["card:c1", "card:c2"]);
    await press("ArrowRight");
    expect(sent.at(-1)!.type).toBe("move_cards");
    expect(sent).toHaveLength(3);
  });

  it("Insert, with nothing selected, adds the card in the cell cursor's cell", async () => {
    const { canvas, press, sent } = setup();
    canvas.host.focus();
    canvas.setCellCursor({ lane: "l2", stage: "s2" });
    await press("Insert");
    const f = document.querySelector<HTMLTextAreaElement>("textarea.inline-edit")!;
    f.value = "Pours water";
    f.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await settle();
    const cell = canvas.currentMirror!.cell("l2", "s2").length;
    expect(sent).toEqual([{ type: "add_card", lane: "l2", stage: "s2", index: cell, text: "Pours water" }]);
  });

  it("Mod+A selects every card; Enter edits the selected card's text; Insert adds one after it", async () => {
    const { canvas, press, sent } = setup();
    canvas.host.focus();
    await press("a", { ctrlKey: true });
    expect([...canvas.selection].sort()).toEqual(["card:c1", "card:c2", "card:c3"]);
    expect(await press("Enter")).toBe(false); // several cards
    canvas.setSelection(["card:c1"]);
    await press("Enter");
    const f = document.querySelector<HTMLTextAreaElement>("textarea.inline-edit")!;
    expect(f.value).toBe("Walks in");
    f.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    await press("Insert");
    const g = document.querySelector<HTMLTextAreaElement>("textarea.inline-edit")!;
    expect(g.value).toBe("");
    g.value = "Looks around";
    g.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await settle();
    expect(sent).toEqual([{ type: "add_card", lane: "l1", stage: "s1", index: 1, text: "Looks around" }]);
    // The field gave the keyboard back to the canvas.
    await settle();
    expect(document.activeElement).toBe(canvas.host);
  });

  it("duplicates the selected cards beside the originals as one batch and selects the copies", async () => {
    const { canvas, press, sent } = setup();
    canvas.setSelection(["card:c1", "card:c3"]);
    await press("d", { ctrlKey: true });
    expect(sent).toHaveLength(1);
    const c = sent[0]!;
    expect(c.type === "batch" && c.label).toBe("Duplicate");
    expect(c.type === "batch" && c.commands.map((x) => x.type)).toEqual([
      "add_card",
      "add_card",
      "update_card",
      "add_connector",
    ]);
    expect([...canvas.selection]).toEqual(["card:c4", "card:c5"]);
  });
});
