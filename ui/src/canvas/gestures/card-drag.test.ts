import { describe, expect, it } from "vitest";
import { cardRects } from "../../edits/drop";
import { pointer, setupCanvas } from "../testing";
import { unchangedDelta } from "../../scene/testing";

function setup() {
  const { host, canvas, scene, mirror, sent: moves, expected } = setupCanvas();
  const cards = cardRects(scene);
  const lane = (id: string) => scene.lanes.find((l) => l.element.kind === "lane" && l.element.id === id)!.band;
  return { host, canvas, mirror, scene, moves, expected, g: { cards, lane, stages: scene.stages } };
}

describe("dragging a card", () => {
  it("moves the card locally, sends one move on drop, and keeps it there until the answer", async () => {
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
    expect(moves).toEqual([{ type: "move_card", card: "c1", lane: "l3", stage: "s2", index: 0 }]);
    // No jump back while the core answers; the answer (here a refusal) ends the preview.
    expect(node.getAttribute("transform")).toMatch(/^translate\(/);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(node.hasAttribute("transform")).toBe(false);
    expect(node.classList.contains("dragging")).toBe(false);
  });

  it("tells the core each new place's move while dragging, the drop's own among them", async () => {
    const { host, canvas, moves, expected, g } = setup();
    const node = host.querySelector('.card[data-id="c1"]')!;
    const from = g.cards.get("c1")!;
    const to = { x: g.stages[1]!.x + 20, y: g.lane("l3").y + 10 };
    pointer("pointerdown", node.querySelector("rect")!, from.x + 5, from.y + 5);
    // Over its own place: nothing to prepare.
    pointer("pointermove", canvas.svg, from.x + 9, from.y + 9);
    expect(expected).toEqual([]);
    pointer("pointermove", canvas.svg, to.x, to.y);
    pointer("pointermove", canvas.svg, to.x + 5, to.y + 2);
    const there = { type: "move_card", card: "c1", lane: "l3", stage: "s2", index: 0 };
    expect(expected).toEqual([there]);
    pointer("pointermove", canvas.svg, g.stages[0]!.x + 20, to.y);
    expect(expected).toEqual([there, { ...there, stage: "s1" }]);
    pointer("pointermove", canvas.svg, to.x, to.y);
    pointer("pointerup", canvas.svg, to.x, to.y);
    // The drop is the last place told, and ends what is waiting.
    expect(moves).toEqual([there]);
    expect(expected).toEqual([there, { ...there, stage: "s1" }, there, null]);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(expected).toHaveLength(4);
  });

  it("counts the target cell as it is after an edit made during the drag", () => {
    const { host, canvas, mirror, scene, moves, g } = setup();
    const node = host.querySelector('.card[data-id="c1"]')!;
    const from = g.cards.get("c1")!;
    const to = { x: g.stages[1]!.x + 20, y: g.lane("l3").y + 10 };
    pointer("pointerdown", node.querySelector("rect")!, from.x + 5, from.y + 5);
    pointer("pointermove", canvas.svg, to.x, to.y);
    // A card arrives at the top of the target cell (another window's paste, an undo key).
    const card = { ...mirror.cards.get("c2")!, id: "c9", lane: "l3", stage: "s2", order: 0 };
    mirror.apply({ changes: [{ record: "card", id: "c9", before: null, after: card }] });
    const box = structuredClone(scene.cards.find((c) => c.element.kind === "card" && c.element.id === "c2")!);
    box.element = { kind: "card", id: "c9" };
    box.rect = { ...box.rect, x: to.x - 10, y: g.lane("l3").y + 1, h: 6 };
    canvas.apply(
      unchangedDelta({
        cards: {
          upserted: [box],
          shifted: [],
          removed: [],
          order: [
            { type: "keep", from: 0, len: scene.cards.length },
            { type: "add", items: ["c9"] },
          ],
        },
      }),
      mirror,
    );
    pointer("pointermove", canvas.svg, to.x + 1, to.y);
    pointer("pointerup", canvas.svg, to.x + 1, to.y);
    expect(moves).toEqual([{ type: "move_card", card: "c1", lane: "l3", stage: "s2", index: 1 }]);
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

  it("treats a press without travel as a click that selects", () => {
    const { host, canvas, moves, g } = setup();
    const rect = host.querySelector('.card[data-id="c2"] rect')!;
    const b = g.cards.get("c2")!;
    pointer("pointerdown", rect, b.x + 5, b.y + 5);
    pointer("pointerup", rect, b.x + 6, b.y + 5);
    rect.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["card:c2"]);
    expect(moves).toEqual([]);
  });
});
