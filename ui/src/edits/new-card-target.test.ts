import { describe, expect, it } from "vitest";
import { besideCell, canAddCard, newCardSlot } from "./new-card-target";
import { grid } from "./moves-testing";

// grid(): lanes l1 (customer), l2 (frontstage), l3 (backstage); stages s1, s2, s3.
describe("where a new card goes", () => {
  it("with nothing selected: the first empty customer-actions cell, left to right", () => {
    expect(newCardSlot(grid({}), [])).toEqual({ lane: "l1", stage: "s1", index: 0 });
    expect(newCardSlot(grid({ "l1/s1": ["a"], "l2/s2": ["b"] }), [])).toEqual({ lane: "l1", stage: "s2", index: 0 });
    // Every customer cell has a card: the end of the last one.
    expect(newCardSlot(grid({ "l1/s1": ["a"], "l1/s2": ["b"], "l1/s3": ["c", "d"] }), [])).toEqual({
      lane: "l1",
      stage: "s3",
      index: 2,
    });
  });

  it("after the last selected card, in its cell", () => {
    const m = grid({ "l1/s1": ["a", "b", "c"], "l2/s1": ["d"] });
    expect(newCardSlot(m, [{ kind: "card", id: "a" }])).toEqual({ lane: "l1", stage: "s1", index: 1 });
    expect(
      newCardSlot(m, [
        { kind: "card", id: "d" },
        { kind: "card", id: "b" },
      ]),
    ).toEqual({
      lane: "l2",
      stage: "s1",
      index: 1,
    });
  });

  it("a selected lane: its first empty cell; a selected stage: its customer action cell", () => {
    const m = grid({ "l2/s1": ["a"], "l1/s2": ["b"] });
    expect(newCardSlot(m, [{ kind: "lane", id: "l2" }])).toEqual({ lane: "l2", stage: "s2", index: 0 });
    expect(newCardSlot(m, [{ kind: "stage", id: "s2" }])).toEqual({ lane: "l1", stage: "s2", index: 1 });
  });

  it("with nothing selected and the cell cursor on an open cell: the end of that cell", () => {
    const m = grid({ "l2/s3": ["a", "b"] }, ["l3"]);
    expect(newCardSlot(m, [], { lane: "l2", stage: "s3" })).toEqual({ lane: "l2", stage: "s3", index: 2 });
    // A selection is the keyboard's place then; a collapsed lane or a stage gone is not a place.
    expect(newCardSlot(m, [{ kind: "card", id: "a" }], { lane: "l1", stage: "s1" })).toEqual({
      lane: "l2",
      stage: "s3",
      index: 1,
    });
    expect(newCardSlot(m, [], { lane: "l3", stage: "s1" })).toEqual({ lane: "l1", stage: "s1", index: 0 });
    expect(newCardSlot(m, [], { lane: "l2", stage: "gone" })).toEqual({ lane: "l1", stage: "s1", index: 0 });
  });

  it("skips collapsed lanes and gives up without an open cell", () => {
    expect(newCardSlot(grid({}, ["l1"]), [])).toEqual({ lane: "l2", stage: "s1", index: 0 });
    expect(newCardSlot(grid({}, ["l1", "l2", "l3"]), [])).toBeNull();
  });

  it("says whether there is a place as newCardSlot finds one, without the cards", () => {
    const full = grid({ "l1/s1": ["a"], "l1/s2": ["b"], "l1/s3": ["c"] });
    const none = grid({}, ["l1", "l2", "l3"]);
    const noStages = grid({});
    noStages.stages = [];
    for (const m of [grid({}), grid({}, ["l1"]), full, none, noStages]) {
      expect(canAddCard(m)).toBe(newCardSlot(m, [{ kind: "card", id: "a" }]) !== null);
    }
    expect([canAddCard(full), canAddCard(none), canAddCard(noStages)]).toEqual([true, false, false]);
  });

  it("the cell beside: right with Tab, left with Shift+Tab, nothing past the edge", () => {
    const m = grid({ "l1/s2": ["a"] });
    expect(besideCell(m, "l1", "s1", false)).toEqual({ lane: "l1", stage: "s2", index: 1 });
    expect(besideCell(m, "l1", "s2", true)).toEqual({ lane: "l1", stage: "s1", index: 0 });
    expect(besideCell(m, "l1", "s3", false)).toBeNull();
    expect(besideCell(m, "l1", "s1", true)).toBeNull();
  });
});
