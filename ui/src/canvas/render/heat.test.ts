import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas } from "../testing";
import { smallHeatSceneFixture } from "../../fixtures";
import { unchangedDelta } from "../../scene/testing";

afterEach(() => document.body.replaceChildren());

describe("the heat map on the canvas", () => {
  it("is drawn from the Scene's heat map as the export draws it, under the cards", () => {
    const { host, canvas, mirror } = setupCanvas();
    expect(host.querySelector(".layer-heat")!.childElementCount).toBe(0);
    const heated = smallHeatSceneFixture();
    const heat = heated.heat_map!;
    canvas.apply(unchangedDelta({ heat_map: { heat_map: heat }, legend: { legend: heated.legend } }), mirror);

    const g = host.querySelector(".layer-heat .heat-map")!;
    expect(g.getAttribute("data-by")).toBe("fail_points");
    expect(g.getAttribute("fill")).toBe(heated.paint.heat.fail_points);
    const cells = [...g.querySelectorAll("rect[data-value]")];
    expect(cells).toHaveLength(heat.cells.length);
    cells.forEach((node, i) => {
      const cell = heat.cells[i]!;
      expect(Number(node.getAttribute("x"))).toBe(cell.rect.x);
      expect(Number(node.getAttribute("height"))).toBe(cell.rect.h);
      expect(Number(node.getAttribute("fill-opacity"))).toBe(heated.paint.heat.levels[cell.level - 1]);
    });
    // The fixture's one fail point has no recovery: ringed, around its card.
    const rings = [...g.querySelectorAll("rect[fill='none']")];
    expect(rings).toHaveLength(heat.rings.length);
    expect(rings.length).toBeGreaterThan(0);
    expect(rings[0]!.getAttribute("stroke")).toBe(heated.paint.heat.ring);
    // The layer lies under the cards.
    const layers = [...host.querySelector(".scene")!.children].map((c) => c.getAttribute("class"));
    expect(layers.indexOf("layer-heat")).toBeLessThan(layers.indexOf("layer-cards"));
    expect(layers.indexOf("layer-heat")).toBeLessThan(layers.indexOf("layer-connectors"));

    // Its key in the legend: five shades, lightest first, and the ring.
    const items = [...host.querySelectorAll(".layer-legend .legend-item")];
    const key = items[items.length - 2]!;
    const shades = [...key.querySelectorAll(":scope > rect")].map((r) => Number(r.getAttribute("fill-opacity")));
    expect(shades).toEqual(heated.paint.heat.levels);
    expect(items[items.length - 1]!.querySelector("rect")!.getAttribute("stroke-dasharray")).toBe(
      heated.paint.heat.ring_dash,
    );
  });

  it("goes when a delta takes it away, and stays through one that does not name it", () => {
    const { host, canvas, mirror } = setupCanvas();
    const heat = smallHeatSceneFixture().heat_map!;
    canvas.apply(unchangedDelta({ heat_map: { heat_map: heat } }), mirror);
    const drawn = host.querySelector(".layer-heat .heat-map");
    canvas.apply(unchangedDelta(), mirror);
    expect(host.querySelector(".layer-heat .heat-map")).toBe(drawn);
    canvas.apply(unchangedDelta({ heat_map: { heat_map: null } }), mirror);
    expect(host.querySelector(".layer-heat")!.childElementCount).toBe(0);
    expect(canvas.current!.heat_map).toBeNull();
  });
});
