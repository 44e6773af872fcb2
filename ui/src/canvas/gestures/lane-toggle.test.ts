import { describe, expect, it } from "vitest";
import { drag, setupCanvas } from "../testing";
import { smallSceneFixture } from "../../fixtures";

describe("the lane collapse toggle", () => {
  it("is a UI-only button named after its lane, and a press toggles the lane without selecting", () => {
    const { canvas, sent, q } = setupCanvas();
    canvas.setSelection(["card:c1"]);
    const toggle = q('.lane[data-id="l2"] .lane-toggle');
    expect(toggle.classList.contains("ui-only")).toBe(true);
    expect(toggle.getAttribute("role")).toBe("button");
    expect(toggle.getAttribute("aria-label")).toBe("Collapse lane “Frontstage”");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const box = toggle.querySelector("rect")!;
    drag(canvas, box, [190, 240]);
    box.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(sent).toEqual([{ type: "update_lane", lane: "l2", collapsed: true }]);
    // The click that ends the press is the toggle's: the selection stays.
    expect([...canvas.selection]).toEqual(["card:c1"]);
  });

  it("expands a collapsed lane, and says so", () => {
    const { canvas, mirror, sent } = setupCanvas();
    const scene = smallSceneFixture();
    scene.lanes[2]!.collapsed = true;
    canvas.render(scene, mirror);
    const toggle = canvas.svg.querySelector('.lane[data-id="l3"] .lane-toggle')!;
    expect(toggle.getAttribute("aria-label")).toBe("Expand lane “Backstage”");
    drag(canvas, toggle.querySelector("path")!, [190, 330]);
    expect(sent).toEqual([{ type: "update_lane", lane: "l3", collapsed: false }]);
  });
});
