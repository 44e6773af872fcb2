import { describe, expect, it } from "vitest";
import { groupMove, type GroupTarget } from "./group-move";
import { cells, grid, run } from "./moves-testing";

const to = (anchor: string, lane: string, stage: string, at = 0): GroupTarget => ({
  anchor,
  lane,
  stage,
  place: () => at,
});

describe("moving a group of cards by one offset", () => {
  it("moves every card by the anchor's lane and stage offset, so the group keeps its shape", () => {
    const m = grid({ "l1/s1": ["a", "b"], "l2/s1": ["c"], "l1/s2": ["x"], "l2/s2": ["y"] });
    const c = groupMove(m, ["c", "a"], to("a", "l1", "s2", 1))!;
    expect(c.type).toBe("move_cards");
    run(m, c);
    expect(cells(m)).toEqual({ "l1/s1": ["b"], "l1/s2": ["x", "a"], "l2/s2": ["y", "c"] });
    // One lane down and back a stage: a to l2 × s1, c to l3 × s1.
    run(m, groupMove(m, ["a", "c"], to("a", "l2", "s1")));
    expect(cells(m)).toEqual({ "l1/s1": ["b"], "l1/s2": ["x"], "l2/s1": ["a"], "l2/s2": ["y"], "l3/s1": ["c"] });
  });

  it("keeps the dragged cards' order within a cell, placed where `place` says", () => {
    const m = grid({ "l1/s1": ["a", "z", "b"], "l1/s2": ["x", "y"] });
    const seen: unknown[] = [];
    const c = groupMove(m, ["b", "a"], {
      anchor: "b",
      lane: "l1",
      stage: "s2",
      place: (lane, stage, staying, arriving) => (seen.push([lane, stage, staying, arriving]), 1),
    });
    expect(seen).toEqual([["l1", "s2", ["x", "y"], ["a", "b"]]]);
    run(m, c);
    expect(cells(m)).toEqual({ "l1/s1": ["z"], "l1/s2": ["x", "a", "b", "y"] });
  });

  it("refuses the whole drop when a card would leave the blueprint or land in a collapsed lane", () => {
    const m = grid({ "l1/s1": ["a"], "l1/s3": ["e"], "l3/s1": ["z"] });
    expect(groupMove(m, ["a", "e"], to("a", "l1", "s2"))).toBeNull(); // e: no stage after s3
    expect(groupMove(m, ["a", "z"], to("a", "l2", "s1"))).toBeNull(); // z: no lane below l3
    expect(groupMove(m, ["a", "z"], to("z", "l2", "s1"))).toBeNull(); // a: no lane above l1
    // A collapsed lane the group does not land in is no obstacle.
    const folded = grid({ "l1/s1": ["a"], "l2/s1": ["b"], "l3/s1": ["z"] }, ["l2"]);
    expect(groupMove(folded, ["a", "z"], to("z", "l3", "s2"))).toEqual({
      type: "move_cards",
      cells: [
        { lane: "l1", stage: "s2", cards: ["a"] },
        { lane: "l3", stage: "s2", cards: ["z"] },
      ],
    });
    const m2 = grid({ "l1/s1": ["a"], "l2/s1": ["z"] }, ["l3"]);
    expect(groupMove(m2, ["a", "z"], to("a", "l2", "s1"))).toBeNull(); // z: into the collapsed l3
  });

  it("sends nothing when nothing changes", () => {
    const m = grid({ "l1/s1": ["a", "b"], "l2/s1": ["c"] });
    expect(groupMove(m, ["a", "c"], to("a", "l1", "s1", 0))).toBeNull();
    expect(groupMove(m, ["a", "c"], to("gone", "l1", "s1"))).toBeNull();
  });
});
