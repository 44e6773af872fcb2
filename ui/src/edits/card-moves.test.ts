import { describe, expect, it } from "vitest";
import { arrowMoves, moveCommand, readingOrder } from "./card-moves";
import { cells, grid, run } from "./moves-testing";

describe("planning moves", () => {
  it("moves one card across cells as a move_card the core indexes without it", () => {
    const m = grid({ "l1/s1": ["a", "b"], "l2/s1": ["c"] });
    const finals = [
      { lane: "l1", stage: "s1", ids: ["a"] },
      { lane: "l2", stage: "s1", ids: ["c", "b"] },
    ];
    expect(moveCommand(m, new Set(["b"]), finals)).toEqual({
      type: "move_card",
      card: "b",
      lane: "l2",
      stage: "s1",
      index: 1,
    });
  });

  it("reaches the final order in every case a group drop produces", () => {
    const m = grid({ "l1/s1": ["a", "b", "c", "d"], "l1/s2": ["e", "f"] });
    const finals = [{ lane: "l1", stage: "s2", ids: ["e", "d", "a", "f"] }];
    const c = moveCommand(m, new Set(["d", "a"]), finals);
    expect(c).toEqual({ type: "move_cards", cells: [{ lane: "l1", stage: "s2", cards: ["e", "d", "a", "f"] }] });
    run(m, c);
    expect(cells(m)).toEqual({ "l1/s1": ["b", "c"], "l1/s2": ["e", "d", "a", "f"] });
  });

  it("reorders within a cell and leaves out moves that change nothing", () => {
    const m = grid({ "l1/s1": ["a", "b", "c", "d"] });
    const c = moveCommand(m, new Set(["a", "c"]), [{ lane: "l1", stage: "s1", ids: ["b", "a", "c", "d"] }]);
    // Only a changes place: one move_card.
    expect(c).toEqual({ type: "move_card", card: "a", lane: "l1", stage: "s1", index: 1 });
    run(m, c);
    expect(cells(m)["l1/s1"]).toEqual(["b", "a", "c", "d"]);
    expect(moveCommand(m, new Set(["a"]), [{ lane: "l1", stage: "s1", ids: ["b", "a", "c", "d"] }])).toBeNull();
  });
});

describe("arrow keys", () => {
  it("reads lanes top to bottom, stages left to right, then the cell", () => {
    const m = grid({ "l1/s2": ["x"], "l1/s1": ["a", "b"], "l2/s1": ["c"] });
    expect(readingOrder(m)).toEqual(["a", "b", "x", "c"]);
  });

  it("left/right: one stage over at the same place; nothing at the edge", () => {
    const m = grid({ "l1/s1": ["a", "b"], "l1/s2": ["e"] });
    expect(arrowMoves(m, ["b"], "right")).toEqual({ type: "move_card", card: "b", lane: "l1", stage: "s2", index: 1 });
    expect(arrowMoves(m, ["a"], "left")).toBeNull();
    // One card at the edge keeps the whole group where it is.
    expect(arrowMoves(m, ["a", "e"], "left")).toBeNull();
    const c = arrowMoves(m, ["a", "b"], "right")!;
    expect(c.type).toBe("move_cards");
    run(m, c);
    expect(cells(m)).toEqual({ "l1/s2": ["a", "b", "e"] });
    run(m, arrowMoves(m, ["e"], "right"));
    expect(arrowMoves(m, ["e"], "right")).toBeNull();
  });

  it("up/down: within the cell, then across lanes at its ends", () => {
    const m = grid({ "l1/s1": ["a", "b"], "l2/s1": ["c", "d"] });
    expect(arrowMoves(m, ["b"], "up")).toEqual({ type: "move_card", card: "b", lane: "l1", stage: "s1", index: 0 });
    expect(arrowMoves(m, ["a"], "up")).toBeNull(); // the top lane keeps it
    run(m, arrowMoves(m, ["b"], "down")); // bottom of its cell: top of the cell below
    expect(cells(m)).toEqual({ "l1/s1": ["a"], "l2/s1": ["b", "c", "d"] });
    run(m, arrowMoves(m, ["b"], "up")); // top of its cell: bottom of the cell above
    expect(cells(m)).toEqual({ "l1/s1": ["a", "b"], "l2/s1": ["c", "d"] });
    run(m, arrowMoves(m, ["d"], "down")); // l3 is below
    expect(cells(m)["l3/s1"]).toEqual(["d"]);
    expect(arrowMoves(m, ["d"], "down")).toBeNull(); // the bottom lane keeps it
  });

  it("skips collapsed lanes", () => {
    const m = grid({ "l1/s1": ["a"], "l3/s1": ["z"] }, ["l2"]);
    run(m, arrowMoves(m, ["a"], "down"));
    expect(cells(m)).toEqual({ "l3/s1": ["a", "z"] });
  });

  it("moves a selected block as one, one command per key press", () => {
    const m = grid({ "l1/s1": ["a", "b", "c", "d"] });
    const c = arrowMoves(m, ["c", "d"], "up")!;
    expect(c.type).toBe("move_cards");
    run(m, c);
    expect(cells(m)["l1/s1"]).toEqual(["a", "c", "d", "b"]);
    run(m, arrowMoves(m, ["a", "d"], "down")); // each swaps with the card below
    expect(cells(m)).toEqual({ "l1/s1": ["c", "a", "b", "d"] });
    run(m, arrowMoves(m, ["b", "d"], "down")); // the bottom run leaves for l2
    expect(cells(m)).toEqual({ "l1/s1": ["c", "a"], "l2/s1": ["b", "d"] });
  });
});
