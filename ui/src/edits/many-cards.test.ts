import { describe, expect, it } from "vitest";
import { updateCards } from "./many-cards";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";

describe("updateCards", () => {
  it("sets a field on every selected card as one batch, and on one card as one update", () => {
    const m = new Mirror(smallBlueprint());
    const shown = m.cards.get("c1")!;
    expect(updateCards(m, ["c1", "c2", "gone"], shown, { channel: "digital" })).toEqual({
      type: "batch",
      label: "Edit Cards",
      commands: [
        { type: "update_card", card: "c1", changes: { channel: "digital" } },
        { type: "update_card", card: "c2", changes: { channel: "digital" } },
      ],
    });
    expect(updateCards(m, ["c1"], shown, { emotion: 1 })).toEqual({
      type: "update_card",
      card: "c1",
      changes: { emotion: 1 },
    });
    expect(updateCards(m, ["gone"], shown, { emotion: 1 })).toBeNull();
  });

  it("sets a fail point's kind on each card, keeping each card's own recovery", () => {
    const doc = smallBlueprint();
    const [a, b, c] = doc.cards;
    a!.fail_point = { kind: "process", recovery: "Call the guest" };
    b!.fail_point = { kind: "system", recovery: "Restart the till" };
    c!.fail_point = null;
    const m = new Mirror(doc);
    const shown = m.cards.get(a!.id)!;
    const cmd = updateCards(m, [a!.id, b!.id, c!.id], shown, {
      fail_point: { kind: "outcome", recovery: "Call the guest" },
    });
    expect(cmd?.type === "batch" && cmd.commands.map((x) => x.type === "update_card" && x.changes.fail_point)).toEqual([
      { kind: "outcome", recovery: "Call the guest" },
      { kind: "outcome", recovery: "Restart the till" },
      { kind: "outcome" },
    ]);
  });
});
