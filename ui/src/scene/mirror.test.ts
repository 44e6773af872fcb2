import { describe, expect, it } from "vitest";
import { Mirror } from "./mirror";
import { smallBlueprint } from "../fixtures";

describe("Mirror", () => {
  it("round-trips the document", () => {
    expect(new Mirror(smallBlueprint()).toBlueprint()).toEqual({
      ...smallBlueprint(),
      scenario: "",
      persona: "",
      description: "",
      rules: {},
    });
  });

  it("applies card and connector changes and reports what they touched", () => {
    const m = new Mirror(smallBlueprint());
    const c3 = m.cards.get("c3")!;
    const touched = m.apply({
      changes: [
        { record: "card", id: "c3", before: c3, after: null },
        { record: "card", id: "c9", before: null, after: { id: "c9", lane: "l2", stage: "s1", order: 0, text: "New" } },
        { record: "connector", id: "a1", before: m.connectors.get("a1")!, after: null },
      ],
    });
    expect(touched.structural).toBe(false);
    expect([...touched.cards]).toEqual(["c3", "c9"]);
    expect([...touched.connectors]).toEqual(["a1"]);
    expect(m.cards.has("c3")).toBe(false);
    expect(m.cards.get("c9")?.text).toBe("New");
    expect(m.connectors.size).toBe(0);
  });

  it("treats stage, lane, line and meta changes as structural", () => {
    const m = new Mirror(smallBlueprint());
    const touched = m.apply({ changes: [{ record: "stages", before: m.stages, after: [...m.stages].reverse() }] });
    expect(touched.structural).toBe(true);
    expect(m.stages.map((s) => s.id)).toEqual(["s2", "s1"]);
  });

  it("lists a cell's cards in order", () => {
    const m = new Mirror(smallBlueprint());
    expect(m.cell("l1", "s1").map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(m.cell("l3", "s2")).toEqual([]);
  });
});
