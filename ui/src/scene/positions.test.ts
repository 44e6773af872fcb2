import { describe, expect, it } from "vitest";
import { applyDelta } from "./delta";
import { DeltaMismatch } from "./runs";
import { smallSceneFixture } from "../fixtures";
import { idOf } from "./keys";
import { itemById, positions } from "./positions";
import { unchangedDelta } from "./testing";
import type { CardBox, KeyedDelta, Run, Scene } from "./types";

// A seeded generator, so a failure names the run that found it.
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** A Scene of `n` copies of the fixture's first card. */
function sceneOf(n: number): Scene {
  const scene = smallSceneFixture();
  const proto = scene.cards[0]!;
  const cards = Array.from({ length: n }, (_, i) => ({
    ...structuredClone(proto),
    element: { kind: "card" as const, id: `k${i}` },
  }));
  return { ...scene, cards, connectors: [] };
}

const cardsOnly = (cards: KeyedDelta<CardBox>) => unchangedDelta({ cards });

/** Runs of `old` positions and listed ids that spell `next` (ids), as the core sends them. */
function runsFor(old: string[], next: string[]): Run<string>[] {
  const at = new Map(old.map((id, i) => [id, i]));
  const runs: Run<string>[] = [];
  for (const id of next) {
    const i = at.get(id);
    const last = runs[runs.length - 1];
    if (i === undefined) {
      if (last?.type === "add") last.items.push(id);
      else runs.push({ type: "add", items: [id] });
    } else if (last?.type === "keep" && last.from + last.len === i) last.len++;
    else runs.push({ type: "keep", from: i, len: 1 });
  }
  return runs;
}

describe("positions across deltas", () => {
  it("stay what a fresh index says, through random moves, removals, additions and shifts", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      let scene = sceneOf(30 + r(30));
      positions(scene.cards);
      let fresh = 0;
      for (let step = 0; step < 12; step++) {
        const old = scene.cards.map((c) => idOf(c.element));
        const next = [...old];
        const removed: string[] = [];
        for (let k = r(3); k > 0 && next.length > 1; k--) removed.push(...next.splice(r(next.length), 1));
        const upserted: CardBox[] = [];
        for (let k = r(3); k > 0; k--) {
          const id = `n${seed}-${step}-${fresh++}`;
          next.splice(r(next.length + 1), 0, id);
          upserted.push({ ...structuredClone(scene.cards[0]!), element: { kind: "card", id } });
        }
        if (r(2)) {
          const [moved] = next.splice(r(next.length), 1);
          next.splice(r(next.length + 1), 0, moved!);
        }
        const keptIds = next.filter((id) => old.includes(id));
        const shifted = keptIds.length ? [{ dx: 0, dy: 10, ids: [keptIds[r(keptIds.length)]!] }] : [];
        const changedOrder = upserted.length > 0 || next.join() !== old.filter((id) => !removed.includes(id)).join();
        const order = changedOrder ? runsFor(old, next) : null;
        const before = scene;
        const yBefore = shifted.map((s) => itemById(before.cards, s.ids[0]!)!.rect.y);
        scene = applyDelta(scene, cardsOnly({ upserted, shifted, removed, order }));
        const ids = scene.cards.map((c) => idOf(c.element));
        expect(ids, `seed ${seed} step ${step}`).toEqual(next);
        expect([...positions(scene.cards)].sort(), `seed ${seed} step ${step}`).toEqual(
          ids.map((id, i) => [id, i] as [string, number]).sort(),
        );
        // The list the delta was applied to still finds its own items.
        for (const c of before.cards) expect(itemById(before.cards, idOf(c.element))).toBe(c);
        // A shifted card moved by its offset, in place.
        shifted.forEach((s, k) => {
          expect(itemById(scene.cards, s.ids[0]!)!.rect.y).toBe(yBefore[k]! + 10);
          expect(itemById(scene.cards, s.ids[0]!)).toBe(itemById(before.cards, s.ids[0]!));
        });
      }
    }
  });

  it("refuses an order that keeps a position twice, or lists a kept card, and finds its items again afterwards", () => {
    const scene = sceneOf(4);
    positions(scene.cards);
    const twice = cardsOnly({
      upserted: [],
      shifted: [],
      removed: [],
      order: [
        { type: "keep", from: 0, len: 2 },
        { type: "keep", from: 1, len: 2 },
      ],
    });
    expect(() => applyDelta(scene, twice)).toThrow(DeltaMismatch);
    const both = cardsOnly({
      upserted: [],
      shifted: [],
      removed: [],
      order: [
        { type: "keep", from: 0, len: 3 },
        { type: "add", items: ["k0"] },
      ],
    });
    expect(() => applyDelta(scene, both)).toThrow(DeltaMismatch);
    const listedTwice = cardsOnly({
      upserted: [],
      shifted: [],
      removed: [],
      order: [
        { type: "keep", from: 0, len: 2 },
        { type: "add", items: ["k3", "k3"] },
      ],
    });
    expect(() => applyDelta(scene, listedTwice)).toThrow(DeltaMismatch);
    expect(scene.cards.map((c) => itemById(scene.cards, idOf(c.element)))).toEqual(scene.cards);
  });
});
