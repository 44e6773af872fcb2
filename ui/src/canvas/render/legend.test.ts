import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas } from "../testing";
import type { SceneDelta } from "../../scene/types";

afterEach(() => document.body.replaceChildren());

const none = { upserted: [], shifted: [], removed: [], order: null };
const delta = (legend: SceneDelta["legend"]): SceneDelta => ({
  width: null,
  height: null,
  title: null,
  stages: null,
  lanes: null,
  lines: null,
  paint: null,
  emotion_curve: null,
  time_strip: null,
  legend,
  heat_map: null,
  notes: null,
  cards: none,
  connectors: none,
});

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
    canvas.apply(delta(null), mirror);
    expect(host.querySelector(".layer-legend .legend")).toBe(before);
    canvas.apply(delta({ legend: null }), mirror);
    expect(host.querySelector(".layer-legend")!.childElementCount).toBe(0);
    expect(canvas.current!.legend).toBeNull();
    canvas.apply(delta({ legend: scene.legend }), mirror);
    expect(host.querySelectorAll(".layer-legend .legend-item")).toHaveLength(scene.legend!.items.length);
  });
});
