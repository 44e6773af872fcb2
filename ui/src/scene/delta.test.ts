import { describe, expect, it } from "vitest";
import { applyDelta } from "./delta";
import { DeltaMismatch, joinParts } from "./runs";
import { smallSceneFixture } from "../fixtures";
import { idOf } from "./keys";
import { unchangedDelta } from "./testing";
import type { ElementRef, Scene } from "./types";

const ids = (items: { element: ElementRef }[]) => items.map((i) => idOf(i.element));
const card = (s: Scene, id: string) => s.cards.find((c) => c.element.kind === "card" && c.element.id === id)!;

describe("applyDelta", () => {
  it("keeps every part an empty delta does not name, by identity", () => {
    const scene = smallSceneFixture();
    const next = applyDelta(scene, unchangedDelta());
    expect(next).toEqual(scene);
    expect(next.cards).toBe(scene.cards);
    expect(next.connectors).toBe(scene.connectors);
    expect(next.lanes).toBe(scene.lanes);
    expect(next.title).toBe(scene.title);
  });

  it("replaces the small parts it names whole", () => {
    const scene = smallSceneFixture();
    const lanes = structuredClone(scene.lanes).slice(0, 1);
    const next = applyDelta(scene, unchangedDelta({ width: 999, lanes }));
    expect(next.width).toBe(999);
    expect(next.height).toBe(scene.height);
    expect(next.lanes).toEqual(lanes);
    expect(next.stages).toBe(scene.stages);
  });

  it("upserts a changed card in place and keeps the others and their order", () => {
    const scene = smallSceneFixture();
    const before = ids(scene.cards);
    const moved = structuredClone(card(scene, "c2"));
    moved.rect.x += 40;
    const next = applyDelta(
      scene,
      unchangedDelta({ cards: { upserted: [moved], shifted: [], removed: [], order: null } }),
    );
    expect(ids(next.cards)).toEqual(before);
    expect(card(next, "c2").rect.x).toBe(card(scene, "c2").rect.x + 40);
    expect(card(next, "c1")).toBe(card(scene, "c1"));
    // The Scene it was applied to is left as it was.
    expect(card(scene, "c2")).not.toBe(moved);
  });

  it("removes cards and connectors by id", () => {
    const scene = smallSceneFixture();
    const next = applyDelta(
      scene,
      unchangedDelta({
        cards: { upserted: [], shifted: [], removed: ["c3"], order: null },
        connectors: { upserted: [], shifted: [], removed: ["a1"], order: null },
      }),
    );
    expect(ids(next.cards)).toEqual(ids(scene.cards).filter((id) => id !== "c3"));
    expect(next.connectors).toEqual([]);
    expect(scene.connectors).toHaveLength(1);
  });

  it("adds a card where the core's order puts it", () => {
    const scene = smallSceneFixture();
    const extra = structuredClone(card(scene, "c1"));
    extra.element = { kind: "card", id: "c9" };
    const n = scene.cards.length;
    const order = [
      { type: "keep" as const, from: 0, len: 1 },
      { type: "add" as const, items: ["c9"] },
      { type: "keep" as const, from: 1, len: n - 1 },
    ];
    const next = applyDelta(scene, unchangedDelta({ cards: { upserted: [extra], shifted: [], removed: [], order } }));
    const old = ids(scene.cards);
    expect(ids(next.cards)).toEqual([old[0], "c9", ...old.slice(1)]);
    expect(card(next, "c9")).toEqual(extra);
  });

  it("reorders by runs of the old order, with the kept items shifted in place", () => {
    const scene = smallSceneFixture();
    const old = ids(scene.cards);
    const n = old.length;
    // The last card moved to the front and shifted: two kept runs, in the new order.
    const order = [
      { type: "keep" as const, from: n - 1, len: 1 },
      { type: "keep" as const, from: 0, len: n - 1 },
    ];
    const y = scene.cards[n - 1]!.rect.y;
    const next = applyDelta(
      scene,
      unchangedDelta({ cards: { upserted: [], shifted: [{ dx: 0, dy: 7, ids: [old[n - 1]!] }], removed: [], order } }),
    );
    expect(ids(next.cards)).toEqual([old[n - 1], ...old.slice(0, n - 1)]);
    expect(next.cards[0]).toBe(scene.cards[n - 1]);
    expect(next.cards[0]!.rect.y).toBe(y + 7);
    expect(next.cards[1]).toBe(scene.cards[0]);
  });

  it("moves shifted cards and connectors by their offset, keeping the rest", () => {
    const scene = smallSceneFixture();
    const was = structuredClone(card(scene, "c2"));
    const a0 = structuredClone(scene.connectors[0]!);
    const next = applyDelta(
      scene,
      unchangedDelta({
        cards: { upserted: [], shifted: [{ dx: 5, dy: 38, ids: ["c2"] }], removed: [], order: null },
        connectors: { upserted: [], shifted: [{ dx: 0, dy: -2, ids: ["a1"] }], removed: [], order: null },
      }),
    );
    const now = card(next, "c2");
    expect(now.rect).toEqual({ ...was.rect, x: was.rect.x + 5, y: was.rect.y + 38 });
    expect(now.text.lines.map((l) => [l.x, l.y, l.text])).toEqual(
      was.text.lines.map((l) => [l.x + 5, l.y + 38, l.text]),
    );
    expect(now.badges.map((b) => b.rect.y)).toEqual(was.badges.map((b) => b.rect.y + 38));
    expect(card(next, "c1")).toBe(card(scene, "c1"));
    expect(ids(next.cards)).toEqual(ids(scene.cards));
    const a1 = next.connectors[0]!;
    expect(a1.points).toEqual(a0.points.map((p) => ({ x: p.x, y: p.y - 2 })));
    expect(a1.arrowheads[0]!.tip.y).toBe(a0.arrowheads[0]!.tip.y - 2);
    expect(() =>
      applyDelta(
        scene,
        unchangedDelta({
          cards: { upserted: [], shifted: [{ dx: 1, dy: 1, ids: ["nope"] }], removed: [], order: null },
        }),
      ),
    ).toThrow(DeltaMismatch);
  });

  it("moves nothing when the delta does not fit, and not an item it also replaces", () => {
    const scene = smallSceneFixture();
    const before = structuredClone(scene);
    const shiftC1 = [{ dx: 0, dy: 9, ids: ["c1"] }];
    const misfits = [
      { upserted: [], shifted: shiftC1, removed: ["nope"], order: null },
      { upserted: [], shifted: [...shiftC1, { dx: 0, dy: 9, ids: ["nope"] }], removed: [], order: null },
      { upserted: [], shifted: shiftC1, removed: [], order: [{ type: "add" as const, items: ["c1"] }] },
    ];
    for (const cards of misfits) expect(() => applyDelta(scene, unchangedDelta({ cards }))).toThrow(DeltaMismatch);
    // Cards that fit, with connectors that do not: nothing moved either.
    const badConnectors = { upserted: [], shifted: [], removed: ["nope"], order: null };
    expect(() =>
      applyDelta(
        scene,
        unchangedDelta({
          cards: { upserted: [], shifted: shiftC1, removed: [], order: null },
          connectors: badConnectors,
        }),
      ),
    ).toThrow(DeltaMismatch);
    expect(scene).toEqual(before);
    // c1 shifted and replaced: the replacement as sent; c2 shifted and removed.
    const replacement = structuredClone(card(scene, "c1"));
    replacement.rect.x += 100;
    const next = applyDelta(
      scene,
      unchangedDelta({
        cards: {
          upserted: [replacement],
          shifted: [{ dx: 0, dy: 9, ids: ["c1", "c2"] }],
          removed: ["c2"],
          order: null,
        },
      }),
    );
    expect(card(next, "c1")).toBe(replacement);
    expect(replacement.rect).toEqual({
      ...before.cards.find((c) => idOf(c.element) === "c1")!.rect,
      x: replacement.rect.x,
    });
    expect(card(scene, "c1")).toEqual(card(before, "c1"));
    expect(card(scene, "c2")).toEqual(card(before, "c2"));
  });

  it("refuses a delta that does not fit the scene", () => {
    const scene = smallSceneFixture();
    const gone = unchangedDelta({ cards: { upserted: [], shifted: [], removed: ["nope"], order: null } });
    expect(() => applyDelta(scene, gone)).toThrow(DeltaMismatch);
    const extra = structuredClone(card(scene, "c1"));
    extra.element = { kind: "card", id: "c9" };
    const unordered = unchangedDelta({ cards: { upserted: [extra], shifted: [], removed: [], order: null } });
    expect(() => applyDelta(scene, unordered)).toThrow(DeltaMismatch);
    const short = unchangedDelta({
      cards: { upserted: [], shifted: [], removed: [], order: [{ type: "add" as const, items: ["c1"] }] },
    });
    expect(() => applyDelta(scene, short)).toThrow(DeltaMismatch);
    const past = unchangedDelta({
      cards: {
        upserted: [],
        shifted: [],
        removed: [],
        order: [{ type: "keep" as const, from: 1, len: scene.cards.length }],
      },
    });
    expect(() => applyDelta(scene, past)).toThrow(DeltaMismatch);
    // A kept position whose card the delta removed.
    const dropped = unchangedDelta({
      cards: {
        upserted: [],
        shifted: [],
        removed: [ids(scene.cards)[0]!],
        order: [{ type: "keep" as const, from: 0, len: scene.cards.length }],
      },
    });
    expect(() => applyDelta(scene, dropped)).toThrow(DeltaMismatch);
  });
});

describe("joinParts", () => {
  it("joins few parts and more parts than an engine takes arguments alike", () => {
    expect(joinParts([[1, 2], [], [3]])).toEqual([1, 2, 3]);
    const many = Array.from({ length: 200_000 }, (_, i) => [i]);
    const joined = joinParts(many);
    expect(joined).toHaveLength(200_000);
    expect(joined[199_999]).toBe(199_999);
  });
});
