// Applying the core's SceneDelta (src-tauri/src/delta.rs) to the Scene the UI holds:
// changed small parts are replaced whole, cards and connectors are upserted, shifted by
// an offset and removed by id, and their order stays the core's (the drawing order).

import { idOf } from "./canvas/draw";
import { recordShift, shiftCard, shiftConnector } from "./shift";
import type { ElementRef, KeyedDelta, Scene, SceneDelta } from "./types";

/** The delta does not fit the Scene it is applied to (the UI must reload the view). */
export class DeltaMismatch extends Error {}

export function isEmpty<T>(d: KeyedDelta<T>): boolean {
  return d.upserted.length === 0 && d.shifted.length === 0 && d.removed.length === 0 && d.order === null;
}

/** The Scene after `delta`; `scene` is left as it was, unchanged parts are shared. */
export function applyDelta(scene: Scene, delta: SceneDelta): Scene {
  return {
    width: delta.width ?? scene.width,
    height: delta.height ?? scene.height,
    title: delta.title ?? scene.title,
    stages: delta.stages ?? scene.stages,
    lanes: delta.lanes ?? scene.lanes,
    lines: delta.lines ?? scene.lines,
    cards: applyKeyed(scene.cards, delta.cards, "card", shiftCard),
    connectors: applyKeyed(scene.connectors, delta.connectors, "connector", shiftConnector),
  };
}

function applyKeyed<T extends { element: ElementRef } & object>(
  items: T[], d: KeyedDelta<T>, what: string, shift: (item: T, dx: number, dy: number) => T,
): T[] {
  if (isEmpty(d)) return items;
  const byId = new Map(items.map((i) => [idOf(i.element), i]));
  for (const s of d.shifted) {
    for (const id of s.ids) {
      const item = byId.get(id);
      if (!item) throw new DeltaMismatch(`the ${what} ${id} to shift is not in the scene`);
      byId.set(id, recordShift(shift(item, s.dx, s.dy), item, s.dx, s.dy));
    }
  }
  for (const id of d.removed) {
    if (!byId.delete(id)) throw new DeltaMismatch(`the ${what} ${id} to remove is not in the scene`);
  }
  const added = new Set<string>();
  for (const u of d.upserted) {
    const id = idOf(u.element);
    if (!byId.has(id)) added.add(id);
    byId.set(id, u);
  }
  if (d.order) {
    // Runs of the old list (by position) and listed ids; a kept item may have been replaced.
    const out: T[] = [];
    const take = (id: string) => {
      const item = byId.get(id);
      if (!item) throw new DeltaMismatch(`the ${what} order names ${id}, which is not in the scene`);
      out.push(item);
    };
    for (const run of d.order) {
      if (run.type === "ids") {
        for (const id of run.ids) take(id);
        continue;
      }
      if (run.from + run.len > items.length) throw new DeltaMismatch(`the ${what} order keeps ${run.from}…${run.from + run.len}, past the scene's ${items.length}`);
      for (let i = run.from; i < run.from + run.len; i++) take(idOf(items[i]!.element));
    }
    if (out.length !== byId.size) throw new DeltaMismatch(`the ${what} order does not list every ${what}`);
    return out;
  }
  // Without an order nothing was added: the old order, less what was removed.
  if (added.size) throw new DeltaMismatch(`a new ${what} came without an order`);
  const out: T[] = [];
  for (const i of items) {
    const next = byId.get(idOf(i.element));
    if (next) out.push(next);
  }
  return out;
}
