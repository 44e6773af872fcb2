import { describe, expect, it } from "vitest";
import { drag, pointer, setupCanvas } from "../testing";
import { insertionIndex, markAt } from "./reorder-drag";

// The fixture's lanes: l1 y 106–234 (cards c1, c2), l2 234–324 (c3), l3 324–400.
const HEADER_X = 60;

describe("dragging a lane by its header", () => {
  it("follows the pointer with its cards, marks where it lands, and sends one move_lane on drop", () => {
    const { canvas, sent, q } = setupCanvas();
    const lane = q('.lane[data-id="l1"]');
    const header = q('.lane[data-id="l1"] .lane-header');
    pointer("pointerdown", header, HEADER_X, 150);
    pointer("pointermove", canvas.svg, HEADER_X, 152);
    // Below the threshold nothing moves.
    expect(lane.hasAttribute("transform")).toBe(false);
    pointer("pointermove", canvas.svg, HEADER_X, 300);
    expect(lane.getAttribute("transform")).toBe("translate(0 150)");
    expect(lane.classList.contains("dragging")).toBe(true);
    expect(q('.card[data-id="c1"]').getAttribute("transform")).toBe("translate(0 150)");
    expect(q('.card[data-id="c2"]').getAttribute("transform")).toBe("translate(0 150)");
    expect(q('.card[data-id="c3"]').hasAttribute("transform")).toBe(false);
    // Past l2's middle (279): it lands below l2, at the boundary y 324, across the bands.
    const mark = q(".layer-overlay .insert-mark");
    const band = canvas.current!.lanes[0]!.band;
    expect([mark.getAttribute("y1"), mark.getAttribute("x1"), mark.getAttribute("x2")]).toEqual([
      "324",
      String(band.x),
      String(band.x + band.w),
    ]);
    expect(sent).toEqual([]);
    pointer("pointerup", canvas.svg, HEADER_X, 300);
    expect(sent).toEqual([{ type: "move_lane", lane: "l1", index: 1 }]);
    expect(lane.hasAttribute("transform")).toBe(false);
    expect(q('.card[data-id="c1"]').hasAttribute("transform")).toBe(false);
    expect(canvas.overlay.childElementCount).toBe(0);
  });

  it("moves a lane to the top and to the bottom", () => {
    const { canvas, sent, q } = setupCanvas();
    drag(canvas, q('.lane[data-id="l3"] .lane-name'), [HEADER_X, 350], [HEADER_X, 340], [HEADER_X, 110]);
    drag(canvas, q('.lane[data-id="l1"] .lane-header'), [HEADER_X, 120], [HEADER_X, 130], [HEADER_X, 395]);
    expect(sent).toEqual([
      { type: "move_lane", lane: "l3", index: 0 },
      { type: "move_lane", lane: "l1", index: 2 },
    ]);
  });

  it("sends nothing when cancelled or dropped where it was, and puts the drawing back", () => {
    const { canvas, sent, q } = setupCanvas();
    const lanes = () => [...canvas.svg.querySelectorAll(".lane")].map((n) => n.getAttribute("data-id"));
    const header = q('.lane[data-id="l2"] .lane-header');
    pointer("pointerdown", header, HEADER_X, 250);
    pointer("pointermove", canvas.svg, HEADER_X, 380);
    expect(canvas.overlay.querySelector(".insert-mark")).not.toBeNull();
    expect(canvas.cancelDrag()).toBe(true);
    pointer("pointerup", canvas.svg, HEADER_X, 380);
    expect(q('.lane[data-id="l2"]').hasAttribute("transform")).toBe(false);
    expect(q('.card[data-id="c3"]').hasAttribute("transform")).toBe(false);
    expect(canvas.overlay.childElementCount).toBe(0);
    expect(lanes()).toEqual(["l1", "l2", "l3"]);
    // Wiggled within its own place: no mark, no command.
    drag(canvas, header, [HEADER_X, 250], [HEADER_X, 270], [HEADER_X, 300]);
    expect(canvas.overlay.childElementCount).toBe(0);
    expect(sent).toEqual([]);
  });

  it("computes the landing index as move_lane takes it (removed, then reinserted)", () => {
    const spans = [0, 100, 200, 300].map((start, i) => ({ id: `l${i}`, start, size: 100 }));
    expect(insertionIndex(spans, 0, 160)).toBe(1);
    expect(insertionIndex(spans, 0, 260)).toBe(2);
    expect(insertionIndex(spans, 3, 10)).toBe(0);
    expect(insertionIndex(spans, 3, 140)).toBe(1);
    expect(insertionIndex(spans, 1, 120)).toBe(1);
    expect(markAt(spans, 0, 3)).toBe(400);
    expect(markAt(spans, 3, 1)).toBe(100);
  });
});
