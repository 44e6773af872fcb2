import { describe, expect, it } from "vitest";
import { setup } from "../connector-test-kit";
import { connectorLabelEdit, midpoint } from "./connector-label";
import type { Blueprint } from "../../scene/types";

function dblclick(target: Element) {
  target.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string, key = "Enter") {
  field.value = value;
  field.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
}

const labelled = (b: Blueprint) => {
  b.connectors![0]!.label = "asks";
};

describe("editing a connector's label inline", () => {
  it("double-click on the stroke opens a field and Enter sends the trimmed label once", () => {
    const { host, sent } = setup();
    dblclick(host.querySelector(".connector-hit")!);
    const field = host.querySelector<HTMLInputElement>("input.inline-edit")!;
    expect(field.value).toBe("");
    expect(field.getAttribute("aria-label")).toBe("Connector label");
    type(field, "  hands over 交接 ");
    expect(sent).toEqual([{ type: "update_connector", connector: "a1", label: "hands over 交接" }]);
    expect(host.querySelector(".inline-edit")).toBeNull();
  });

  it("starts from the current label; an empty label removes it", () => {
    const { host, sent } = setup({ doc: labelled });
    dblclick(host.querySelector(".connector polyline")!);
    const field = host.querySelector<HTMLInputElement>("input.inline-edit")!;
    expect(field.value).toBe("asks");
    type(field, "   ");
    expect(sent).toEqual([{ type: "update_connector", connector: "a1", label: "" }]);
  });

  it("sends nothing on Escape or when the label did not change", () => {
    const { host, sent } = setup({ doc: labelled });
    dblclick(host.querySelector(".connector-hit")!);
    type(host.querySelector<HTMLInputElement>("input.inline-edit")!, "changed", "Escape");
    dblclick(host.querySelector(".connector-hit")!);
    type(host.querySelector<HTMLInputElement>("input.inline-edit")!, "asks ");
    expect(sent).toEqual([]);
  });

  it("leaves double-clicks elsewhere to other handlers", () => {
    const { host, canvas } = setup();
    let passed = 0;
    // Only the label handler, then a spy: what it leaves, the spy gets.
    canvas.doubleClicks.splice(0, canvas.doubleClicks.length, connectorLabelEdit(canvas), () => (passed++, true));
    dblclick(host.querySelector('.card[data-id="c1"] .card-box')!);
    expect(passed).toBe(1);
    expect(host.querySelector(".inline-edit")).toBeNull();
  });

  it("puts the field halfway along a route without a label", () => {
    expect(
      midpoint([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 30 },
      ]),
    ).toEqual({ x: 10, y: 10 });
    expect(midpoint([{ x: 5, y: 5 }])).toEqual({ x: 5, y: 5 });
  });
});
