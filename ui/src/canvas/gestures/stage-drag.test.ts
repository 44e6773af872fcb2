import { describe, expect, it } from "vitest";
import { drag, pointer, setupCanvas } from "../testing";

// The fixture's stages: s1 x 204–428 (cards c1, c2), s2 428–652 (c3); headers y 66–106.
const HEADER_Y = 80;

describe("dragging a stage by its header", () => {
  it("follows the pointer horizontally with its cards and sends one move_stage on drop", () => {
    const { canvas, sent, q } = setupCanvas();
    const stage = q('.stage[data-id="s1"]');
    pointer("pointerdown", q('.stage[data-id="s1"] .header'), 300, HEADER_Y);
    pointer("pointermove", canvas.svg, 302, HEADER_Y + 1);
    expect(stage.hasAttribute("transform")).toBe(false);
    pointer("pointermove", canvas.svg, 560, HEADER_Y + 30);
    // Only along the axis, whatever the pointer does across it.
    expect(stage.getAttribute("transform")).toBe("translate(260 0)");
    expect(q('.card[data-id="c1"]').getAttribute("transform")).toBe("translate(260 0)");
    expect(q('.card[data-id="c3"]').hasAttribute("transform")).toBe(false);
    const mark = q(".layer-overlay .insert-mark");
    // After s2, from the top of the headers to the bottom of the last lane.
    expect(["x1", "x2", "y1", "y2"].map((a) => mark.getAttribute(a))).toEqual(["652", "652", "66", "400"]);
    pointer("pointerup", canvas.svg, 560, HEADER_Y + 30);
    expect(sent).toEqual([{ type: "move_stage", stage: "s1", index: 1 }]);
    expect(stage.hasAttribute("transform")).toBe(false);
    expect(canvas.overlay.childElementCount).toBe(0);
  });

  it("moves the last stage first", () => {
    const { canvas, sent, q } = setupCanvas();
    drag(canvas, q('.stage[data-id="s2"] .stage-name'), [500, HEADER_Y], [490, HEADER_Y], [250, HEADER_Y]);
    expect(sent).toEqual([{ type: "move_stage", stage: "s2", index: 0 }]);
  });

  it("sends nothing when cancelled or dropped in its own place", () => {
    const { canvas, sent, q } = setupCanvas();
    const header = q('.stage[data-id="s2"] .header');
    pointer("pointerdown", header, 500, HEADER_Y);
    pointer("pointermove", canvas.svg, 250, HEADER_Y);
    expect(canvas.cancelDrag()).toBe(true);
    pointer("pointerup", canvas.svg, 250, HEADER_Y);
    expect(q('.stage[data-id="s2"]').hasAttribute("transform")).toBe(false);
    expect([...canvas.svg.querySelectorAll(".stage")].map((n) => n.getAttribute("data-id"))).toEqual(["s1", "s2"]);
    drag(canvas, header, [500, HEADER_Y], [520, HEADER_Y], [600, HEADER_Y]);
    expect(sent).toEqual([]);
  });

  it("a press without travel selects the stage", () => {
    const { canvas, sent, q } = setupCanvas();
    const header = q('.stage[data-id="s2"] .header');
    drag(canvas, header, [500, HEADER_Y], [501, HEADER_Y]);
    header.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["stage:s2"]);
    expect(sent).toEqual([]);
  });
});
