import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas } from "../testing";
import { unchangedDelta } from "../../scene/testing";

afterEach(() => document.body.replaceChildren());

describe("the legend on the canvas", () => {
  it("is drawn from the Scene's legend, swatch by swatch, as the export draws it", () => {
    const { host, scene } = setupCanvas();
    const legend = scene.legend!;
    expect(legend).toBeTruthy();
    const g = host.querySelector(".layer-legend .legend")!;
    const frame = g.querySelector(":scope > rect")!;
    expect(Number(frame.getAttribute("y"))).toBe(legend.frame.y);
    expect(Number(frame.getAttribute("height"))).toBe(legend.frame.h);
    expect(frame.getAttribute("fill")).toBe(scene.paint.page);
    expect(g.querySelector(".legend-title")!.textContent).toBe(legend.title.lines[0]!.text);
    const items = [...g.querySelectorAll(".legend-item")];
    expect(items).toHaveLength(legend.items.length);
    items.forEach((node, i) => {
      const item = legend.items[i]!;
      const badges = item.swatches.filter((s) => s.type === "badge").length;
      expect(node.querySelectorAll("[data-badge]")).toHaveLength(badges);
      expect(node.querySelectorAll(":scope > line")).toHaveLength(
        item.swatches.filter((s) => s.type === "line").length,
      );
      expect(node.querySelector(":scope > text")!.textContent).toBe(item.text.lines.map((l) => l.text).join(""));
    });
    // Under the grid, where the Scene ends.
    const bottom = Math.max(...scene.lanes.map((l) => l.band.y + l.band.h));
    expect(legend.frame.y).toBeGreaterThan(bottom);
  });

  it("follows a delta that changes or takes it away, and is left alone by one that does not", () => {
    const { host, canvas, scene, mirror } = setupCanvas();
    const before = host.querySelector(".layer-legend .legend");
    canvas.apply(unchangedDelta(), mirror);
    expect(host.querySelector(".layer-legend .legend")).toBe(before);
    canvas.apply(unchangedDelta({ legend: { legend: null } }), mirror);
    expect(host.querySelector(".layer-legend")!.childElementCount).toBe(0);
    expect(canvas.current!.legend).toBeNull();
    canvas.apply(unchangedDelta({ legend: { legend: scene.legend } }), mirror);
    expect(host.querySelectorAll(".layer-legend .legend-item")).toHaveLength(scene.legend!.items.length);
  });
});
