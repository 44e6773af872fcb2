import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas } from "../testing";
import { settle } from "../card-testing";

afterEach(() => document.body.replaceChildren());

describe("renaming on the canvas", () => {
  it("opens the lane's name on a double-click of its header and sends one update_lane", () => {
    const { canvas, host, sent, q } = setupCanvas();
    q('.lane[data-id="l1"] .lane-header').dispatchEvent(
      new MouseEvent("dblclick", { bubbles: true, clientX: 60, clientY: 150 }),
    );
    const field = host.querySelector<HTMLInputElement>("input.inline-edit")!;
    expect([field.getAttribute("aria-label"), field.value]).toEqual(["Lane name", "Customer"]);
    field.value = "Guest 客人";
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(sent).toEqual([{ type: "update_lane", lane: "l1", name: "Guest 客人" }]);
    expect(canvas.inline.active).toBe(false);
  });

  it("gives the keyboard back to the canvas when the field closes with Enter or Escape", async () => {
    const { canvas, q } = setupCanvas();
    for (const key of ["Enter", "Escape"]) {
      q('.lane[data-id="l1"] .lane-header').dispatchEvent(
        new MouseEvent("dblclick", { bubbles: true, clientX: 60, clientY: 150 }),
      );
      const field = canvas.host.querySelector<HTMLInputElement>("input.inline-edit")!;
      expect(document.activeElement).toBe(field);
      field.value = "Guest";
      field.dispatchEvent(new KeyboardEvent("keydown", { key }));
      await settle();
      expect(document.activeElement).toBe(canvas.host);
    }
  });

  it("leaves the focus where a click put it when the field closes by losing it", async () => {
    const { canvas, q } = setupCanvas();
    const other = document.body.appendChild(document.createElement("input"));
    q('.lane[data-id="l1"] .lane-header').dispatchEvent(
      new MouseEvent("dblclick", { bubbles: true, clientX: 60, clientY: 150 }),
    );
    other.focus();
    await settle();
    expect(canvas.inline.active).toBe(false);
    expect(document.activeElement).toBe(other);
  });

  it("opens the stage's name on a double-click of its header; Escape or a blank name sends nothing", () => {
    const { host, sent, q } = setupCanvas();
    const open = () => {
      q('.stage[data-id="s1"] .header').dispatchEvent(
        new MouseEvent("dblclick", { bubbles: true, clientX: 300, clientY: 80 }),
      );
      return host.querySelector<HTMLInputElement>("input.inline-edit")!;
    };
    let field = open();
    expect([field.getAttribute("aria-label"), field.value]).toEqual(["Stage name", "Arrive"]);
    field.value = "Come in";
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    field = open();
    field.value = "  ";
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(sent).toEqual([]);
    field = open();
    field.value = "Come in";
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(sent).toEqual([{ type: "rename_stage", stage: "s1", name: "Come in" }]);
  });
});
