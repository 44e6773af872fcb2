import { describe, expect, it } from "vitest";
import { connectorHighlighted, highlighted, highlightValue, owners, parseHighlight, type Highlight } from "./highlight";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";
import { setupCanvas } from "../canvas/testing";

describe("highlight", () => {
  it("picks the cards that stand out", () => {
    const doc = smallBlueprint();
    doc.cards[0]!.wait = true;
    doc.cards[0]!.owner = " Host ";
    doc.cards[1]!.channel = "digital";
    const m = new Mirror(doc);
    const out = (h: Highlight) => [...m.cards.values()].filter((c) => highlighted(c, h)).map((c) => c.id);
    expect(out({ kind: "fail_point" })).toEqual(["c3"]);
    expect(out({ kind: "wait" })).toEqual([doc.cards[0]!.id]);
    expect(out({ kind: "channel", channel: "digital" })).toEqual([doc.cards[1]!.id]);
    expect(out({ kind: "owner", owner: "Host" })).toEqual([doc.cards[0]!.id]);
    expect(owners(m)).toContain("Host");
  });

  it("round-trips through a select's value", () => {
    for (const h of [
      null,
      { kind: "wait" },
      { kind: "fail_point" },
      { kind: "channel", channel: "process" },
      { kind: "owner", owner: "Front desk: A" },
    ] as (Highlight | null)[]) {
      expect(parseHighlight(highlightValue(h))).toEqual(h);
    }
  });

  it("dims on the canvas what does not stand out, and the arrows between such cards, until ended", () => {
    const { host, canvas } = setupCanvas();
    // The fixture's arrow a1 joins c1 and c3.
    const dimmed = () => [...host.querySelectorAll(".dimmed")].map((n) => n.getAttribute("data-key")).sort();
    canvas.setHighlight((id) => id === "c3");
    expect(dimmed()).toEqual(["card:c1", "card:c2"]);
    canvas.setHighlight((id) => id === "c2");
    // The arrow and its label, neither end standing out.
    expect(new Set(dimmed())).toEqual(new Set(["card:c1", "card:c3", "connector:a1"]));
    canvas.setHighlight(null);
    expect(dimmed()).toEqual([]);
  });

  it("dims, under the critical path, the arrows it does not go through even between two of its cards", () => {
    const { host, canvas } = setupCanvas();
    const dimmed = () => [...host.querySelectorAll(".dimmed")].map((n) => n.getAttribute("data-key")).sort();
    // The fixture's arrow a1 joins c1 and c3: both on the path, the arrow not.
    const path: Highlight = { kind: "critical_path", cards: new Set(["c1", "c3"]), connectors: new Set() };
    canvas.setHighlight(
      (id) => id !== "c2",
      (id) => connectorHighlighted(id, path),
    );
    expect(new Set(dimmed())).toEqual(new Set(["card:c2", "connector:a1"]));
    const through: Highlight = { ...path, connectors: new Set(["a1"]) };
    canvas.setHighlight(
      (id) => id !== "c2",
      (id) => connectorHighlighted(id, through),
    );
    expect(dimmed()).toEqual(["card:c2"]);
  });
});
