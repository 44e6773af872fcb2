import { describe, expect, it } from "vitest";
import { Mirror } from "../scene/mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import { cardRects, dropTarget, isMove } from "./drop";

describe("dropTarget", () => {
  const m = new Mirror(smallBlueprint());
  const scene = smallSceneFixture();
  const rects = cardRects(scene);
  const lane = (id: string) => scene.lanes.find((l) => l.element.kind === "lane" && l.element.id === id)!.band;
  const stage = (i: number) => scene.stages[i]!;

  it("finds the cell under the point and the position among the other cards", () => {
    const l1 = lane("l1");
    const x1 = stage(0).x + 10;
    expect(dropTarget(scene, rects, m, "c3", x1, l1.y + 2)).toEqual({ lane: "l1", stage: "s1", index: 0 });
    expect(dropTarget(scene, rects, m, "c3", x1, l1.y + l1.h - 2)).toEqual({ lane: "l1", stage: "s1", index: 2 });
    // The dragged card itself does not count.
    expect(dropTarget(scene, rects, m, "c1", x1, l1.y + l1.h - 2)).toEqual({ lane: "l1", stage: "s1", index: 1 });
    const l3 = lane("l3");
    expect(dropTarget(scene, rects, m, "c1", stage(1).x + 5, l3.y + 5)).toEqual({ lane: "l3", stage: "s2", index: 0 });
  });

  it("refuses the lane headers, the stage headers and the outside", () => {
    expect(dropTarget(scene, rects, m, "c1", stage(0).x - 1, lane("l2").y + 5)).toBeNull();
    expect(dropTarget(scene, rects, m, "c1", stage(0).x + 5, stage(0).header.y + 2)).toBeNull();
    expect(dropTarget(scene, rects, m, "c1", scene.width + 5, lane("l2").y + 5)).toBeNull();
  });

  it("tells a real move from dropping a card where it is", () => {
    expect(isMove(m, "c1", { lane: "l1", stage: "s1", index: 0 })).toBe(false);
    expect(isMove(m, "c1", { lane: "l1", stage: "s1", index: 1 })).toBe(true);
    expect(isMove(m, "c3", { lane: "l2", stage: "s2", index: 0 })).toBe(false);
    expect(isMove(m, "c3", { lane: "l2", stage: "s1", index: 0 })).toBe(true);
  });
});
