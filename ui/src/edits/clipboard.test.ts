import { describe, expect, it } from "vitest";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";
import type { Command } from "../scene/types";
import { clipFromText, copyCards, freshCardIds, parseClip, pasteCommand, plainText } from "./clipboard";

function mirror(): Mirror {
  const b = smallBlueprint();
  const c1 = b.cards.find((c) => c.id === "c1")!;
  Object.assign(c1, {
    owner: "Host",
    channel: "physical",
    emotion: -1,
    tags: ["entry"],
    duration_seconds: 30,
    wait: true,
  });
  return new Mirror(b);
}

const adds = (c: Command) => (c.type === "batch" ? c.commands : [c]);

describe("clipboard of cards", () => {
  it("round-trips the cards' fields and the connectors between them, as one batch with fresh ids", () => {
    const m = mirror();
    const clip = copyCards(m, ["c3", "c1"])!;
    expect(clip.cards.map((c) => c.ref)).toEqual(["c1", "c3"]); // reading order
    expect(clip.connectors).toEqual([{ from: "c1", to: "c3" }]);
    expect(plainText(clip)).toBe("Walks in\nTakes the order");
    const back = parseClip(JSON.stringify(clip));
    expect(back).toEqual(clip);
    const { command, ids } = pasteCommand(m, back!, { kind: "origin" })!;
    expect(ids).toEqual(["c4", "c5"]);
    expect(command).toEqual({
      type: "batch",
      label: "Paste",
      commands: [
        { type: "add_card", id: "c4", lane: "l1", stage: "s1", index: 2, text: "Walks in" },
        {
          type: "update_card",
          card: "c4",
          changes: {
            owner: "Host",
            channel: "physical",
            emotion: -1,
            tags: ["entry"],
            duration_seconds: 30,
            wait: true,
          },
        },
        { type: "add_card", id: "c5", lane: "l2", stage: "s2", index: 1, text: "Takes the order" },
        { type: "update_card", card: "c5", changes: { fail_point: { kind: "process" } } },
        { type: "add_connector", from: "c4", to: "c5" },
      ],
    });
  });

  it("does not copy a connector to a card left behind", () => {
    expect(copyCards(mirror(), ["c1", "c2"])!.connectors).toEqual([]);
    expect(copyCards(mirror(), [])).toBeNull();
  });

  it("pastes after the selected card, keeping the cards' lane and stage offsets", () => {
    const m = mirror();
    const clip = copyCards(m, ["c1", "c2", "c3"])!;
    const { command } = pasteCommand(m, clip, { kind: "after", card: "c1" })!;
    const placed = adds(command).flatMap((c) => (c.type === "add_card" ? [[c.lane, c.stage, c.index]] : []));
    // c1, c2 go right after c1 in order; c3 one lane down and one stage over, at the end.
    expect(placed).toEqual([
      ["l1", "s1", 1],
      ["l1", "s1", 2],
      ["l2", "s2", 1],
    ]);
    // From the right-most stage the offset is clamped to the last stage.
    const again = pasteCommand(m, clip, { kind: "after", card: "c3" })!;
    const cells = adds(again.command).flatMap((c) => (c.type === "add_card" ? [[c.lane, c.stage]] : []));
    expect(cells).toEqual([
      ["l2", "s2"],
      ["l2", "s2"],
      ["l3", "s2"],
    ]);
  });

  it("duplicates each card right after its original", () => {
    const m = mirror();
    const { command } = pasteCommand(m, copyCards(m, ["c1", "c2"])!, { kind: "beside" }, "Duplicate")!;
    const placed = adds(command).flatMap((c) => (c.type === "add_card" ? [[c.id, c.index]] : []));
    // [c1, c4, c2, c5]
    expect(placed).toEqual([
      ["c4", 1],
      ["c5", 3],
    ]);
    expect(command.type === "batch" && command.label).toBe("Duplicate");
  });

  it("pastes into a document without the copied lanes and stages by position", () => {
    const m = mirror();
    const clip = copyCards(m, ["c3"])!;
    clip.cards[0]!.lane = "gone";
    clip.cards[0]!.stage = "gone";
    clip.cards[0]!.lane_index = 9;
    const first = adds(pasteCommand(m, clip, { kind: "origin" })!.command)[0]!;
    expect(first).toMatchObject({ type: "add_card", lane: "l3", stage: "s2" });
  });

  it("picks ids no element has", () => {
    const m = mirror();
    m.lanes.push({ id: "c4", kind: "support", name: "x" });
    expect(freshCardIds(m, 2)).toEqual(["c5", "c6"]);
  });

  it("reads garbage as nothing, never throwing", () => {
    const garbage: unknown[] = [
      undefined,
      null,
      42,
      "",
      "not json",
      "{",
      "[]",
      "null",
      '"x"',
      "{}",
      JSON.stringify({ format: "other", version: 1, cards: [] }),
      JSON.stringify({
        format: "frontstage-cards",
        version: 2,
        cards: [{ ref: "a", lane: "l", stage: "s", text: "t" }],
      }),
      JSON.stringify({ format: "frontstage-cards", version: 1, cards: [] }),
      JSON.stringify({ format: "frontstage-cards", version: 1, cards: "x" }),
      JSON.stringify({ format: "frontstage-cards", version: 1, cards: [null] }),
      JSON.stringify({ format: "frontstage-cards", version: 1, cards: [{ ref: 1, lane: "l", stage: "s", text: "t" }] }),
      JSON.stringify({ format: "frontstage-cards", version: 1, cards: [{ ref: "a", lane: "l", stage: "s" }] }),
      // The same ref twice would make connectors ambiguous.
      JSON.stringify({
        format: "frontstage-cards",
        version: 1,
        cards: [
          { ref: "a", lane: "l", stage: "s", text: "t" },
          { ref: "a", lane: "l", stage: "s", text: "u" },
        ],
      }),
      JSON.stringify({
        format: "frontstage-cards",
        version: 1,
        cards: Array.from({ length: 2001 }, (_, i) => ({ ref: `r${i}`, lane: "l", stage: "s", text: "" })),
      }),
      '{"format":"frontstage-cards","version":1,"cards":[{"ref":"a","lane":"l","stage":"s","text":"t","__proto__":{"x":1}}]',
    ];
    for (const g of garbage) expect(parseClip(g), String(g)).toBeNull();
  });

  it("drops invalid optional fields and stray connectors but keeps the cards", () => {
    const clip = parseClip(
      JSON.stringify({
        format: "frontstage-cards",
        version: 1,
        cards: [
          {
            ref: "a",
            lane: "l1",
            stage: "s1",
            text: "ok",
            emotion: 7,
            channel: "telepathy",
            tags: [1],
            fail_point: { kind: "x" },
            duration_seconds: -5,
            lane_index: -1,
            extra: "ignored",
          },
          {
            ref: "b",
            lane: "l1",
            stage: "s1",
            text: "two",
            owner: "Chef",
            fail_point: { kind: "system", recovery: 3 },
          },
        ],
        connectors: [
          { from: "a", to: "zz" },
          { from: "a", to: "a" },
          "x",
          { from: "a", to: "b", direction: "sideways", label: 5 },
        ],
      }),
    )!;
    expect(clip.cards).toEqual([
      { ref: "a", lane: "l1", stage: "s1", lane_index: 0, stage_index: 0, text: "ok" },
      {
        ref: "b",
        lane: "l1",
        stage: "s1",
        lane_index: 0,
        stage_index: 0,
        text: "two",
        owner: "Chef",
        fail_point: { kind: "system" },
      },
    ]);
    expect(clip.connectors).toEqual([{ from: "a", to: "b" }]);
  });

  it("turns plain text lines from another app into cards", () => {
    const m = mirror();
    const clip = clipFromText("  Greets guest \r\n\nShows table\n")!;
    expect(clip.cards.map((c) => c.text)).toEqual(["Greets guest", "Shows table"]);
    const placed = adds(pasteCommand(m, clip, { kind: "after", card: "c3" })!.command).map(
      (c) => c.type === "add_card" && [c.lane, c.stage, c.index],
    );
    expect(placed).toEqual([
      ["l2", "s2", 1],
      ["l2", "s2", 2],
    ]);
    expect(clipFromText(" \n ")).toBeNull();
    expect(clipFromText(5)).toBeNull();
  });
});
