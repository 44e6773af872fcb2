import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas, pointer } from "../testing";
import { applyDelta } from "../../scene/delta";
import { keyedDelta, unchangedDelta } from "../../scene/testing";
import type { CardBox, SceneDelta } from "../../scene/types";

afterEach(() => document.body.replaceChildren());

function delta(cards: Partial<SceneDelta["cards"]>, connectors: Partial<SceneDelta["connectors"]> = {}): SceneDelta {
  return unchangedDelta({ cards: keyedDelta(cards), connectors: keyedDelta(connectors) });
}

const cardNode = (host: HTMLElement, id: string) => host.querySelector<SVGGElement>(`.card[data-id="${id}"]`)!;
const offsetOf = (node: Element) => node.querySelector(":scope > g.shifted")!.getAttribute("transform");

describe("a delta that only shifts", () => {
  it("moves the shifted card in place: the same object, in the new Scene and the old", () => {
    const { scene } = setupCanvas();
    const c1 = scene.cards.find((c) => c.element.kind === "card" && c.element.id === "c1")!;
    const c2 = structuredClone(scene.cards.find((c) => c.element.kind === "card" && c.element.id === "c2")!);
    const y = c1.rect.y;
    const next = applyDelta(scene, delta({ shifted: [{ dx: 0, dy: 38, ids: ["c1"] }] }));
    expect(next.cards).not.toBe(scene.cards);
    expect(next.cards.find((c) => c.element.kind === "card" && c.element.id === "c1")).toBe(c1);
    expect(c1.rect.y).toBe(y + 38);
    expect(next.cards.find((c) => c.element.kind === "card" && c.element.id === "c2")).toEqual(c2);
  });

  it("moves the drawn nodes of shifted cards and connectors instead of drawing them again", () => {
    const { host, canvas, mirror } = setupCanvas();
    const c1 = cardNode(host, "c1");
    const a1 = host.querySelector<SVGGElement>('.connector[data-id="a1"]')!;
    const c1Text = c1.textContent;
    canvas.apply(
      delta({ shifted: [{ dx: 0, dy: 38, ids: ["c1"] }] }, { shifted: [{ dx: 0, dy: 38, ids: ["a1"] }] }),
      mirror,
    );
    expect(cardNode(host, "c1")).toBe(c1);
    expect(host.querySelector('.connector[data-id="a1"]')).toBe(a1);
    expect(offsetOf(c1)).toBe("translate(0 38)");
    expect(offsetOf(a1)).toBe("translate(0 38)");
    expect(c1.textContent).toBe(c1Text);
    // A second shift adds up; the Scene holds the shifted coordinates.
    canvas.apply(delta({ shifted: [{ dx: 10, dy: -8, ids: ["c1"] }] }), mirror);
    expect(cardNode(host, "c1")).toBe(c1);
    expect(offsetOf(c1)).toBe("translate(10 30)");
    const drawn = canvas.current!.cards.find((c) => c.element.kind === "card" && c.element.id === "c1")!;
    expect(canvas.cardRects.get("c1")).toEqual(drawn.rect);
  });

  it("draws a shifted card anew, at its place, when it then changes", () => {
    const { host, canvas, mirror } = setupCanvas();
    canvas.apply(delta({ shifted: [{ dx: 0, dy: 38, ids: ["c1"] }] }), mirror);
    const shifted = cardNode(host, "c1");
    const changed: CardBox = structuredClone(
      canvas.current!.cards.find((c) => c.element.kind === "card" && c.element.id === "c1")!,
    );
    changed.rect.x += 5;
    canvas.apply(delta({ upserted: [changed] }), mirror);
    const node = cardNode(host, "c1");
    expect(node).not.toBe(shifted);
    expect(offsetOf(node)).toBeNull();
    expect(Number(node.querySelector(".card-box")!.getAttribute("x"))).toBe(changed.rect.x);
  });

  it("leaves the node's own transform to a drag, which ends where the shifted card is", () => {
    const { host, canvas, mirror, sent } = setupCanvas();
    canvas.apply(delta({ shifted: [{ dx: 0, dy: 38, ids: ["c1"] }] }), mirror);
    const node = cardNode(host, "c1");
    const r = canvas.cardRects.get("c1")!;
    const box = node.querySelector(".card-box")!;
    pointerDrag(canvas, box, r.x + 5, r.y + 5);
    // While dragged, the node carries the drag's offset and keeps the shift inside.
    expect(node.getAttribute("transform")).toBe("translate(40 0)");
    expect(offsetOf(node)).toBe("translate(0 38)");
    canvas.cancelDrag();
    expect(node.hasAttribute("transform")).toBe(false);
    expect(offsetOf(node)).toBe("translate(0 38)");
    expect(sent).toEqual([]);
  });
});

/** Press at (x, y) and move 40 px right, without releasing. */
function pointerDrag(canvas: ReturnType<typeof setupCanvas>["canvas"], target: Element, x: number, y: number): void {
  pointer("pointerdown", target, x, y);
  pointer("pointermove", canvas.svg, x + 20, y);
  pointer("pointermove", canvas.svg, x + 40, y);
}
