/// <reference types="vite/client" />
import { afterEach, describe, expect, it } from "vitest";
import { pointer, setupCanvas } from "../testing";
import appCss from "../../styles.css?raw";

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

/** The app's stylesheet, so computed styles can be read. */
function styled(): void {
  const style = document.createElement("style");
  style.textContent = appCss;
  document.head.append(style);
}

const ids = (root: Element, sel: string) => [...root.querySelectorAll(sel)].map((n) => n.getAttribute("data-id"));

describe("a lane or stage being reordered is lifted", () => {
  it("draws the dragged lane and its cards over everything else, opaque, with a shadow", () => {
    styled();
    const { canvas, q } = setupCanvas();
    pointer("pointerdown", q('.lane[data-id="l1"] .lane-header'), 60, 150);
    pointer("pointermove", canvas.svg, 60, 300);
    const lift = q("g.reorder-lift");
    // Above the cards, the lines and the connector labels; under the overlay's marks.
    const layers = [...q("g.scene").children];
    expect(layers.indexOf(lift)).toBe(layers.indexOf(canvas.overlay) - 1);
    expect(layers.indexOf(lift)).toBeGreaterThan(layers.indexOf(q(".layer-connector-labels")));
    expect(ids(lift, ".lane")).toEqual(["l1"]);
    expect(ids(lift, ".card")).toEqual(["c1", "c2"]);
    // The band's own fill, not see-through; the stage separators drawn over it.
    expect(getComputedStyle(q('.lane[data-id="l1"]')).opacity).toBe("1");
    expect(q('.lane[data-id="l1"] .band').getAttribute("fill")).toBe(canvas.current!.lanes[0]!.fill);
    expect(lift.querySelectorAll(":scope > line")).toHaveLength(2);
    expect(lift.querySelector(":scope > line")!.getAttribute("transform")).toBe("translate(0 150)");
    // The shadow.
    const filter = lift.getAttribute("filter")!.match(/^url\(#(.+)\)$/)![1]!;
    expect(canvas.svg.querySelector(`filter#${filter} feDropShadow`)).not.toBeNull();
    pointer("pointerup", canvas.svg, 60, 300);
    expect(q("g.reorder-lift")).toBeNull();
    expect(ids(q(".layer-lanes"), ".lane")).toEqual(["l1", "l2", "l3"]);
    expect(ids(q(".layer-cards"), ".card").sort()).toEqual(["c1", "c2", "c3"]);
  });

  it("backs a stage column with the lanes' fills and puts everything back on Escape", () => {
    const { canvas, q, scene } = setupCanvas();
    const cards = ids(q(".layer-cards"), ".card");
    pointer("pointerdown", q('.stage[data-id="s1"] .header'), 300, 80);
    pointer("pointermove", canvas.svg, 500, 80);
    const lift = q("g.reorder-lift");
    expect(ids(lift, ".stage")).toEqual(["s1"]);
    expect(ids(lift, ".card")).toEqual(["c1", "c2"]);
    const fills = [...lift.querySelectorAll(":scope > rect")].map((r) => r.getAttribute("fill"));
    expect(fills).toEqual(scene.lanes.map((l) => l.fill));
    expect(lift.querySelector(":scope > rect")!.getAttribute("transform")).toBe("translate(200 0)");
    expect(canvas.cancelDrag()).toBe(true);
    expect(q("g.reorder-lift")).toBeNull();
    expect(ids(q(".layer-stages"), ".stage")).toEqual(["s1", "s2"]);
    expect(ids(q(".layer-cards"), ".card")).toEqual(cards);
    expect(q('.stage[data-id="s1"]').hasAttribute("transform")).toBe(false);
    expect(canvas.svg.querySelector(".layer-cards")!.childNodes).toHaveLength(3);
  });
});
