// Where each card or connector of a Scene's list is, by id. Built once for a list and
// handed on to the list an edit derives from it, so applying a delta costs what the
// delta names, not the size of the Scene (a Map of 10,000 ids built per edit was most of
// a 5,000-card drop's time in JavaScriptCore).

import { idOf } from "./keys";
import type { ElementRef } from "./types";

type Keyed = { element: ElementRef };

const cache = new WeakMap<readonly Keyed[], Map<string, number>>();

/** id → index in `items`, built on first use. The map belongs to the cache: read it only. */
export function positions(items: readonly Keyed[]): Map<string, number> {
  let pos = cache.get(items);
  if (!pos) {
    pos = new Map();
    for (let i = 0; i < items.length; i++) pos.set(idOf(items[i]!.element), i);
    cache.set(items, pos);
  }
  return pos;
}

/** The item with this id, if `items` has it. */
export function itemById<T extends Keyed>(items: readonly T[], id: string): T | undefined {
  const i = positions(items).get(id);
  return i === undefined ? undefined : items[i];
}

/**
 * `pos`, taken from `from`'s positions and updated by the caller, now tells where the
 * items of `to` are; `from` builds its own again if it is ever asked.
 */
export function handOn(from: readonly Keyed[], to: readonly Keyed[], pos: Map<string, number>): void {
  cache.delete(from);
  cache.set(to, pos);
}

/** Drop what is known of `items`' positions (after a failed update left them half-changed). */
export function forget(items: readonly Keyed[]): void {
  cache.delete(items);
}
