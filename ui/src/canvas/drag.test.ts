import { describe, expect, it } from "vitest";
import { Canvas } from "./canvas";
import { Mirror } from "../mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import { cardRects, type DropTarget } from "./drop";

// jsdom has no layout: the SVG sits at (0, 0), so client coordinates are scene coordinates.
function pointer(type: string, target: Element, x: number, y: number) {
  const Ctor = (globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent;
  const e = new Ctor(type, { bubbles: true, clientX: x, clientY: y, button: 0 });
  Object.defineProperty(e, "pointerId", { value: 1 });
  target.dispatchEvent(e);
}

function setup() {
  const host = document.createElement("div");
  document.body.append(host);
  const moves: [string, DropTarget][] = [];
  const canvas = new Canvas(host, { move: (id, to) => moves.push([id, to]) });
  const mirror = new Mirror(smallBlueprint());
  const scene = smallSceneFixture();
  canvas.render(scene, mirror);
  const cards = cardRects(scene);
  const lane = (id: string) => scene.lanes.find((l) => l.element.kind === "lane" && l.element.id === id)!.band;
  return { host, canvas, moves, g: { cards, lane, stages: scene.stages } };
}

describe("dragging a card", () => {
  it("moves the card locally and sends one move on drop", () => {
    const { host, canvas, moves, g } = setup();
    const node = host.querySelector('.card[data-id="c1"]')!;
    const from = g.cards.get("c1")!;
    const to = { x: g.stages[1]!.x + 20, y: g.lane("l3").y + 10 };
    pointer("pointerdown", node.querySelector("rect")!, from.x + 5, from.y + 5);
    pointer("pointermove", canvas.svg, to.x - 40, to.y);
    expect(node.getAttribute("transform")).toMatch(/^translate\(/);
    expect(moves).toEqual([]);
    pointer("pointermove", canvas.svg, to.x, to.y);
    pointer("pointerup", canvas.svg, to.x, to.y);
    expect(moves).toEqual([["c1", { lane: "l3", stage: "s2", index: 0 }]]);
    expect(node.hasAttribute("transform")).toBe(false);
  });

  it("sends nothing when cancelled or dropped where the card already is", () => {
    const { host, canvas, moves, g } = setup();
    const rect = host.querySelector('.card[data-id="c3"] rect')!;
    const b = g.cards.get("c3")!;
    pointer("pointerdown", rect, b.x + 5, b.y + 5);
    pointer("pointermove", canvas.svg, b.x + 60, b.y + 5);
    expect(canvas.cancelDrag()).toBe(true);
    pointer("pointerup", canvas.svg, b.x + 60, b.y + 5);
    pointer("pointerdown", rect, b.x + 5, b.y + 5);
    pointer("pointermove", canvas.svg, b.x + 25, b.y + 15);
    pointer("pointerup", canvas.svg, b.x + 25, b.y + 15);
    expect(moves).toEqual([]);
  });

  it("moves a copy of the card in an overlay while the card itself is hidden", () => {
    const { host, canvas, moves, g } = setup();
    canvas.setZoom(2);
    const node = host.querySelector<SVGGElement>('.card[data-id="c1"]')!;
    const b = g.cards.get("c1")!;
    const at = { left: 30, top: 70, right: 30 + b.w * 2, bottom: 70 + b.h * 2, width: b.w * 2, height: b.h * 2, x: 30, y: 70 };
    node.getBoundingClientRect = () => ({ ...at, toJSON: () => at }) as DOMRect;
    pointer("pointerdown", node.querySelector("rect")!, 100, 100);
    pointer("pointermove", canvas.svg, 102, 101);
    expect(host.querySelector(".drag-overlay")).toBeNull();
    pointer("pointermove", canvas.svg, 110, 100);
    const overlays = host.querySelectorAll<SVGSVGElement>("svg.drag-overlay");
    expect(overlays).toHaveLength(1);
    const overlay = overlays[0]!;
    // Over the card's on-screen box (4 scene units of margin at zoom 2), at the card's scale.
    expect(overlay.style.left).toBe("22px");
    expect(overlay.style.top).toBe("62px");
    expect(overlay.getAttribute("viewBox")).toBe(`${b.x - 4} ${b.y - 4} ${b.w + 8} ${b.h + 8}`);
    expect(Number(overlay.getAttribute("width"))).toBe((b.w + 8) * 2);
    expect(overlay.style.transform).toBe("translate(10px, 0px)");
    const copy = overlay.querySelector(".card.dragging")!;
    expect(copy.textContent).toBe(node.textContent);
    expect(copy.hasAttribute("data-id")).toBe(false);
    expect(canvas.svg.querySelectorAll(".card")).toHaveLength(3);
    expect(node.style.display).toBe("none");
    // Pointer moves move the overlay by the same pixels; the card's transform, in scene
    // units, records the same offset.
    pointer("pointermove", canvas.svg, 160, 130);
    expect(overlay.style.transform).toBe("translate(60px, 30px)");
    expect(node.getAttribute("transform")).toBe("translate(30 15)");
    // Dropped at zoom 2: the scene point under the pointer decides, as before.
    const to = { x: (g.stages[1]!.x + 20) * 2, y: (g.lane("l3").y + 10) * 2 };
    pointer("pointermove", canvas.svg, to.x, to.y);
    pointer("pointerup", canvas.svg, to.x, to.y);
    expect(host.querySelector(".drag-overlay")).toBeNull();
    expect(overlay.isConnected).toBe(false);
    expect(node.style.display).toBe("");
    expect(node.hasAttribute("transform")).toBe(false);
    expect(moves).toEqual([["c1", { lane: "l3", stage: "s2", index: 0 }]]);
  });

  it("removes the overlay and shows the card again on Escape, sending nothing", () => {
    const { host, canvas, moves, g } = setup();
    const node = host.querySelector<SVGGElement>('.card[data-id="c2"]')!;
    const b = g.cards.get("c2")!;
    const to = { x: g.stages[1]!.x + 20, y: g.lane("l3").y + 10 };
    pointer("pointerdown", node.querySelector("rect")!, b.x + 5, b.y + 5);
    pointer("pointermove", canvas.svg, to.x, to.y);
    expect(host.querySelectorAll(".drag-overlay")).toHaveLength(1);
    expect(node.style.display).toBe("none");
    const esc = new KeyboardEvent("keydown", { key: "Escape", cancelable: true });
    window.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(true);
    expect(host.querySelector(".drag-overlay")).toBeNull();
    expect(node.style.display).toBe("");
    expect(node.hasAttribute("transform")).toBe(false);
    // The release after the cancel is not a drop; a later Escape is not ours.
    pointer("pointerup", canvas.svg, to.x, to.y);
    const later = new KeyboardEvent("keydown", { key: "Escape", cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    expect(moves).toEqual([]);
  });

  it("treats a press without travel as a click that selects", () => {
    const { host, canvas, moves, g } = setup();
    const rect = host.querySelector('.card[data-id="c2"] rect')!;
    const b = g.cards.get("c2")!;
    pointer("pointerdown", rect, b.x + 5, b.y + 5);
    pointer("pointerup", rect, b.x + 6, b.y + 5);
    rect.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["c2"]);
    expect(moves).toEqual([]);
  });
});
