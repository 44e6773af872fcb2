// Applying the core's SceneDelta (src/view/scene_delta.rs) to the Scene the UI holds:
// changed small parts are replaced whole, cards and connectors are upserted, shifted by
// an offset (in place: scene/shift.ts) and removed by id, and their order stays the
// core's (the drawing order).

import { idOf } from "./keys";
import { DeltaMismatch, joinParts } from "./runs";
import { shiftCard, shiftConnector } from "./shift";
import { forget, handOn, positions } from "./positions";
import type { ElementRef, KeyedDelta, Scene, SceneDelta } from "./types";

export function isEmpty<T>(d: KeyedDelta<T>): boolean {
  return d.upserted.length === 0 && d.shifted.length === 0 && d.removed.length === 0 && d.order === null;
}

/**
 * The Scene after `delta`. Unchanged parts are shared with `scene`, and the cards and
 * connectors the delta shifts are moved in place, so `scene` sees them moved too; the
 * rest of `scene` is left as it was. A delta that does not fit throws DeltaMismatch
 * before anything is moved.
 */
export function applyDelta(scene: Scene, delta: SceneDelta): Scene {
  // Both lists are checked and rebuilt first; only then is anything shifted.
  const cards = applyKeyed(scene.cards, delta.cards, "card", shiftCard);
  const connectors = applyKeyed(scene.connectors, delta.connectors, "connector", shiftConnector);
  cards.shift();
  connectors.shift();
  return {
    width: delta.width ?? scene.width,
    height: delta.height ?? scene.height,
    title: delta.title ?? scene.title,
    stages: delta.stages ?? scene.stages,
    lanes: delta.lanes ?? scene.lanes,
    lines: delta.lines ?? scene.lines,
    paint: delta.paint ?? scene.paint,
    cards: cards.items,
    connectors: connectors.items,
    // A change names the part after it: none when it was taken away.
    emotion_curve: delta.emotion_curve ? delta.emotion_curve.emotion_curve : scene.emotion_curve,
    time_strip: delta.time_strip ? delta.time_strip.time_strip : scene.time_strip,
    legend: delta.legend ? delta.legend.legend : scene.legend,
    heat_map: delta.heat_map ? delta.heat_map.heat_map : scene.heat_map,
    // Likewise the footnotes.
    notes: delta.notes ? delta.notes.notes : scene.notes,
  };
}

/** A list after its delta, and the shifts still to make (once every list fitted). */
interface Applied<T> {
  items: T[];
  shift: () => void;
}

function applyKeyed<T extends { element: ElementRef } & object>(
  items: T[],
  d: KeyedDelta<T>,
  what: string,
  shift: (item: T, dx: number, dy: number) => void,
): Applied<T> {
  if (isEmpty(d)) return { items, shift: () => {} };
  const pos = positions(items);
  try {
    return derive(items, pos, d, what, shift);
  } catch (e) {
    // `pos` may be half updated: let the list build its positions again.
    forget(items);
    throw e;
  }
}

/** A run of the old list kept in the new one: old `from…from+len` at new `at…`. */
interface Kept {
  from: number;
  len: number;
  at: number;
}

function derive<T extends { element: ElementRef } & object>(
  items: T[],
  pos: Map<string, number>,
  d: KeyedDelta<T>,
  what: string,
  shift: (item: T, dx: number, dy: number) => void,
): Applied<T> {
  // The items to shift, found before `rebuild` hands their positions on to the new list.
  const shifting = d.shifted.map((s) =>
    s.ids.map((id) => {
      const i = pos.get(id);
      if (i === undefined) throw new DeltaMismatch(`the ${what} ${id} to shift is not in the scene`);
      return items[i]!;
    }),
  );
  const out = rebuild(items, pos, d, what);
  // Every check passed: move the shifted items, but not one the delta replaces or removes.
  const replaced = new Set(d.removed);
  for (const u of d.upserted) replaced.add(idOf(u.element));
  const moves = () =>
    d.shifted.forEach((s, run) => {
      s.ids.forEach((id, k) => {
        if (!replaced.has(id)) shift(shifting[run]![k]!, s.dx, s.dy);
      });
    });
  return { items: out, shift: moves };
}

function rebuild<T extends { element: ElementRef } & object>(
  items: T[],
  pos: Map<string, number>,
  d: KeyedDelta<T>,
  what: string,
): T[] {
  // What changed, by id (upserts); and what goes.
  const changed = new Map<string, T>();
  const removed = new Set<string>();
  for (const id of d.removed) {
    if (!pos.has(id) || removed.has(id)) throw new DeltaMismatch(`the ${what} ${id} to remove is not in the scene`);
    removed.add(id);
  }
  const added = new Set<string>();
  for (const u of d.upserted) {
    const id = idOf(u.element);
    if (!pos.has(id)) added.add(id);
    removed.delete(id);
    changed.set(id, u);
  }
  const size = items.length - removed.size + added.size;

  if (!d.order) {
    // Without an order nothing was added: the old order, less what was removed.
    if (added.size) throw new DeltaMismatch(`a new ${what} came without an order`);
    if (removed.size) {
      // Positions after the first removed one all change: the new list builds its own.
      const out: T[] = [];
      for (const i of items) {
        const id = idOf(i.element);
        if (!removed.has(id)) out.push(changed.get(id) ?? i);
      }
      return out;
    }
    const out = items.slice();
    for (const [id, item] of changed) out[pos.get(id)!] = item;
    handOn(items, out, pos);
    return out;
  }

  // Runs of the old list (by position) and listed ids, in the new order. Slices and one
  // concat: copying thousands of kept items is native work, not a loop of ours.
  const parts: T[][] = [];
  const kept: Kept[] = [];
  const listed = new Map<string, number>();
  let length = 0;
  for (const run of d.order) {
    if (run.type === "add") {
      const part: T[] = [];
      for (const id of run.items) {
        const old = pos.get(id);
        const item = changed.get(id) ?? (old === undefined || removed.has(id) ? undefined : items[old]);
        if (!item) throw new DeltaMismatch(`the ${what} order names ${id}, which is not in the scene`);
        if (listed.has(id)) throw new DeltaMismatch(`the ${what} order names ${id} twice`);
        listed.set(id, length + part.length);
        part.push(item);
      }
      parts.push(part);
      length += part.length;
      continue;
    }
    if (run.from < 0 || run.len < 0 || run.from + run.len > items.length) {
      throw new DeltaMismatch(
        `the ${what} order keeps ${run.from}…${run.from + run.len}, past the scene's ${items.length}`,
      );
    }
    kept.push({ from: run.from, len: run.len, at: length });
    parts.push(items.slice(run.from, run.from + run.len));
    length += run.len;
  }
  const out = joinParts(parts);
  if (out.length !== size) throw new DeltaMismatch(`the ${what} order does not list every ${what}`);
  // With the count right, no overlap, nothing removed kept and nothing both kept and
  // listed, the new list holds every item once.
  const byFrom = [...kept].sort((a, b) => a.from - b.from);
  for (let k = 1; k < byFrom.length; k++) {
    if (byFrom[k]!.from < byFrom[k - 1]!.from + byFrom[k - 1]!.len)
      throw new DeltaMismatch(`the ${what} order keeps a position twice`);
  }
  const keptAt = (i: number): Kept | undefined => {
    let lo = 0;
    let hi = byFrom.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = byFrom[mid]!;
      if (i < k.from) hi = mid - 1;
      else if (i >= k.from + k.len) lo = mid + 1;
      else return k;
    }
    return undefined;
  };
  for (const id of removed) {
    if (keptAt(pos.get(id)!)) throw new DeltaMismatch(`the ${what} order keeps ${id}, which the delta removes`);
  }
  for (const id of listed.keys()) {
    const old = pos.get(id);
    if (old !== undefined && keptAt(old)) throw new DeltaMismatch(`the ${what} order lists ${id} and keeps it too`);
  }
  // Kept positions hold the old items: put the changed ones in.
  for (const [id, item] of changed) {
    if (listed.has(id)) continue;
    const old = pos.get(id)!;
    const k = keptAt(old)!;
    out[k.at + old - k.from] = item;
  }
  // The positions of the new list, from the old ones: only what moved is written.
  for (const k of kept) {
    if (k.at === k.from) continue;
    for (let i = k.from; i < k.from + k.len; i++) pos.set(idOf(items[i]!.element), k.at + i - k.from);
  }
  for (const id of removed) pos.delete(id);
  for (const [id, at] of listed) pos.set(id, at);
  handOn(items, out, pos);
  return out;
}
