import { describe, expect, it } from "vitest";
import { drag, pointer, setupCanvas } from "../testing";
import { boundaries, nearestBoundary } from "./line-drag";

// The fixture's boundaries: 0 at y 106, 1 at 234 (interaction), 2 at 324 (visibility), 3 at 400.

describe("dragging a line", () => {
  it("snaps to the nearest lane boundary no other line marks while dragged and sends one place_line on drop", () => {
    const { canvas, sent, q } = setupCanvas();
    const line = q('.line[data-id="interaction"]');
    // The thin line is grabbed by its wider, invisible grab area.
    pointer("pointerdown", q('.line-grab[data-line="interaction"]'), 300, 236);
    pointer("pointermove", canvas.svg, 300, 238);
    expect(line.hasAttribute("transform")).toBe(false);
    pointer("pointermove", canvas.svg, 300, 270);
    // 270 is nearer 234 than 324: it stays put.
    expect(line.getAttribute("transform")).toBe("translate(0 0)");
    // 300 is nearest 324, but the line of visibility runs there: the nearest free one is its own.
    pointer("pointermove", canvas.svg, 300, 300);
    expect(line.getAttribute("transform")).toBe("translate(0 0)");
    pointer("pointermove", canvas.svg, 300, 390);
    expect(line.getAttribute("transform")).toBe("translate(0 166)");
    expect(sent).toEqual([]);
    pointer("pointerup", canvas.svg, 300, 390);
    expect(sent).toEqual([{ type: "place_line", kind: "interaction", boundary: 3 }]);
    expect(line.hasAttribute("transform")).toBe(false);
  });

  it("keeps the grab areas under the connectors, so an arrow crossing a line wins there", () => {
    const { q } = setupCanvas();
    const layers = [...q("g.scene").children].map((g) => g.getAttribute("class"));
    const at = (cls: string) => layers.indexOf(cls);
    expect(q('.line-grab[data-line="interaction"]').parentElement!.getAttribute("class")).toBe("layer-line-grabs");
    expect(at("layer-line-grabs")).toBeGreaterThan(at("layer-stages"));
    expect(at("layer-line-grabs")).toBeLessThan(at("layer-connectors"));
    // The visible line stays where the export draws it: over the connectors.
    expect(at("layer-lines")).toBeGreaterThan(at("layer-connectors"));
    expect(q('.line[data-id="interaction"] .line-grab')).toBeNull();
    // Right on the thin line, too, the arrow is what the pointer hits.
    expect(q('.line[data-id="interaction"] > line').getAttribute("pointer-events")).toBe("none");
  });

  it("moves a line up to the top boundary by its label", () => {
    const { canvas, sent, q } = setupCanvas();
    drag(canvas, q('.line[data-id="visibility"] .line-name'), [560, 318], [560, 300], [560, 90]);
    expect(sent).toEqual([{ type: "place_line", kind: "visibility", boundary: 0 }]);
  });

  it("never drops a line onto another line's boundary", () => {
    const { canvas, sent, q } = setupCanvas();
    // Right onto the line of visibility's boundary (324), released there: the nearest free
    // boundary is the one below it (400 is 76 away, its own 90).
    drag(canvas, q('.line-grab[data-line="interaction"]'), [300, 236], [300, 280], [300, 324]);
    expect(sent).toEqual([{ type: "place_line", kind: "interaction", boundary: 3 }]);
    // Onto the line of interaction's (234): its own is the nearest free one; nothing is sent.
    drag(canvas, q('.line-grab[data-line="visibility"]'), [300, 326], [300, 280], [300, 234]);
    expect(sent).toHaveLength(1);
  });

  it("keeps its own boundary when another line shares it, and snaps nowhere else that is taken", () => {
    // Both lines on boundary 2, as a file may bring them: the line of interaction can
    // still be dragged, stays where it is near its own place, and goes to a free one.
    const { canvas, sent, q } = setupCanvas({
      doc: (b) => {
        b.lines.find((l) => l.kind === "interaction")!.boundary = 2;
      },
    });
    const line = q('.line[data-id="interaction"]');
    pointer("pointerdown", q('.line-grab[data-line="interaction"]'), 300, 324);
    pointer("pointermove", canvas.svg, 300, 330);
    pointer("pointermove", canvas.svg, 300, 318);
    expect(line.getAttribute("transform")).toBe("translate(0 0)");
    pointer("pointermove", canvas.svg, 300, 240);
    pointer("pointerup", canvas.svg, 300, 240);
    expect(sent).toEqual([{ type: "place_line", kind: "interaction", boundary: 1 }]);
    expect(nearestBoundary([0, 10], 3, new Set([0, 1]))).toBe(-1);
  });

  it("sends nothing when cancelled or dropped at its own boundary", () => {
    const { canvas, sent, q } = setupCanvas();
    const grab = q('.line-grab[data-line="visibility"]');
    pointer("pointerdown", grab, 300, 324);
    pointer("pointermove", canvas.svg, 300, 120);
    expect(canvas.cancelDrag()).toBe(true);
    pointer("pointerup", canvas.svg, 300, 120);
    expect(q('.line[data-id="visibility"]').hasAttribute("transform")).toBe(false);
    drag(canvas, grab, [300, 324], [300, 340], [300, 350]);
    expect(sent).toEqual([]);
  });

  it("finds boundaries from the Scene's lanes", () => {
    const { scene } = setupCanvas();
    const ys = boundaries(scene);
    expect(ys).toEqual([106, 234, 324, 400]);
    expect(nearestBoundary(ys, 0)).toBe(0);
    expect(nearestBoundary(ys, 280)).toBe(2);
    expect(nearestBoundary(ys, 1000)).toBe(3);
    expect(nearestBoundary(ys, 1000, new Set([3]))).toBe(2);
    expect(nearestBoundary(ys, 280, new Set([2]))).toBe(1);
  });
});
