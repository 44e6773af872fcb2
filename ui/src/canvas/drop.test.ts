import { describe, expect, it } from "vitest";
import { Mirror } from "../mirror";
import { smallBlueprint } from "../fixtures";
import { computeGeometry, LABEL_W, COL_W } from "./geometry";
import { dropTarget, isMove } from "./drop";

describe("dropTarget", () => {
  const m = new Mirror(smallBlueprint());
  const g = computeGeometry(m);
  const lane = (id: string) => g.lanes.get(id)!;

  it("finds the cell under the point and the position among the other cards", () => {
    const l1 = lane("l1");
    // Above both cards of l1 × s1.
    expect(dropTarget(g, m, "c3", LABEL_W + 10, l1.y + 2)).toEqual({ lane: "l1", stage: "s1", index: 0 });
    // Below both.
    expect(dropTarget(g, m, "c3", LABEL_W + 10, l1.y + l1.h - 2)).toEqual({ lane: "l1", stage: "s1", index: 2 });
    // The dragged card itself does not count.
    expect(dropTarget(g, m, "c1", LABEL_W + 10, l1.y + l1.h - 2)).toEqual({ lane: "l1", stage: "s1", index: 1 });
    const l3 = lane("l3");
    expect(dropTarget(g, m, "c1", LABEL_W + COL_W + 5, l3.y + 5)).toEqual({ lane: "l3", stage: "s2", index: 0 });
  });

  it("refuses the label column, the header and the outside", () => {
    expect(dropTarget(g, m, "c1", LABEL_W - 1, lane("l2").y + 5)).toBeNull();
    expect(dropTarget(g, m, "c1", LABEL_W + 5, 5)).toBeNull();
    expect(dropTarget(g, m, "c1", g.width + 5, lane("l2").y + 5)).toBeNull();
  });

  it("tells a real move from dropping a card where it is", () => {
    expect(isMove(m, "c1", { lane: "l1", stage: "s1", index: 0 })).toBe(false);
    expect(isMove(m, "c1", { lane: "l1", stage: "s1", index: 1 })).toBe(true);
    expect(isMove(m, "c3", { lane: "l2", stage: "s2", index: 0 })).toBe(false);
    expect(isMove(m, "c3", { lane: "l2", stage: "s1", index: 0 })).toBe(true);
  });
});
