// A small blueprint shaped like the core's serialization, for tests.
import type { Blueprint } from "./types";

export function smallBlueprint(): Blueprint {
  return {
    format: "frontstage-blueprint",
    version: 1,
    title: "Café",
    profile: "bitner",
    stages: [
      { id: "s1", name: "Arrive" },
      { id: "s2", name: "Order 点餐" },
    ],
    lanes: [
      { id: "l1", kind: "customer", name: "Customer" },
      { id: "l2", kind: "frontstage", name: "Frontstage" },
      { id: "l3", kind: "backstage", name: "Backstage", color: "#123456" },
    ],
    lines: [
      { kind: "interaction", boundary: 1 },
      { kind: "visibility", boundary: 2 },
    ],
    cards: [
      { id: "c1", lane: "l1", stage: "s1", order: 0, text: "Walks in" },
      { id: "c2", lane: "l1", stage: "s1", order: 1, text: "<b>Looks</b> & waits" },
      { id: "c3", lane: "l2", stage: "s2", order: 0, text: "Takes the order", fail_point: { kind: "process" } },
    ],
    connectors: [{ id: "a1", from: "c1", to: "c3" }],
  };
}
