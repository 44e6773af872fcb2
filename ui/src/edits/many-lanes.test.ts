import { describe, expect, it } from "vitest";
import { updateLanes } from "./many-lanes";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";

describe("updateLanes", () => {
  it("sets a field on every selected lane as one batch, never the name; on one lane, one update", () => {
    const m = new Mirror(smallBlueprint());
    expect(updateLanes(m, ["l1", "l3", "gone"], { color: "#ffeeaa" })).toEqual({
      type: "batch",
      label: "Edit Lanes",
      commands: [
        { type: "update_lane", lane: "l1", color: "#ffeeaa" },
        { type: "update_lane", lane: "l3", color: "#ffeeaa" },
      ],
    });
    expect(updateLanes(m, ["l1", "l2"], { name: "Guest", collapsed: true })).toEqual({
      type: "batch",
      label: "Edit Lanes",
      commands: [
        { type: "update_lane", lane: "l1", collapsed: true },
        { type: "update_lane", lane: "l2", collapsed: true },
      ],
    });
    expect(updateLanes(m, ["l2"], { kind: "backstage" })).toEqual({
      type: "update_lane",
      lane: "l2",
      kind: "backstage",
    });
    expect(updateLanes(m, ["gone"], { color: null })).toBeNull();
  });
});
