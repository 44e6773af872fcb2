import { describe, expect, it } from "vitest";
import { Mirror } from "../mirror";
import { smallBlueprint } from "../fixtures";
import { computeGeometry, wrapText, CARD_H, GAP, PAD, HEADER_H, LABEL_W, COL_W } from "./geometry";

describe("computeGeometry", () => {
  it("makes each lane tall enough for its fullest cell and stacks cards in order", () => {
    const g = computeGeometry(new Mirror(smallBlueprint()));
    const l1 = g.lanes.get("l1")!;
    expect(l1.y).toBe(HEADER_H);
    expect(l1.h).toBe(PAD * 2 + 2 * CARD_H + GAP);
    expect(g.lanes.get("l2")!.y).toBe(l1.y + l1.h);
    const c1 = g.cards.get("c1")!;
    const c2 = g.cards.get("c2")!;
    expect(c2.y - c1.y).toBe(CARD_H + GAP);
    expect(g.cards.get("c3")!.x).toBeGreaterThanOrEqual(LABEL_W + COL_W);
    expect(g.width).toBe(LABEL_W + 2 * COL_W);
    expect(g.boundaryY).toHaveLength(4);
  });

  it("draws no cards in a collapsed lane", () => {
    const doc = smallBlueprint();
    doc.lanes[0]!.collapsed = true;
    const g = computeGeometry(new Mirror(doc));
    expect(g.cards.has("c1")).toBe(false);
    expect(g.cards.has("c3")).toBe(true);
  });
});

describe("wrapText", () => {
  it("wraps, counts CJK as wide and ends with an ellipsis when cut", () => {
    expect(wrapText("short", 10, 2)).toEqual(["short"]);
    expect(wrapText("abcdefghij", 4, 2)).toEqual(["abcd", "efg…"]);
    expect(wrapText("点餐点餐点餐", 4, 3)).toEqual(["点餐", "点餐", "点餐"]);
    expect(wrapText("", 4, 2)).toEqual([]);
  });
});
