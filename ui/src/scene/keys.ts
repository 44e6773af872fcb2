// Element keys: the one name an element of the blueprint has in the UI, in the selection,
// the drawing (`data-key`) and the problem marks: `card:c1`, `lane:l2`, `line:visibility`,
// `document`. Keys are built and read here only, so their shape is defined once (the core
// keys elements the same way: src-tauri/src/delta.rs).

import type { ElementRef } from "./types";

/** The kinds of element that have an id: all but the document. */
export type IdKind = Exclude<ElementRef, { kind: "document" }>["kind"];

export const DOCUMENT_KEY = "document";

const KINDS: ReadonlySet<string> = new Set<IdKind>(["card", "connector", "lane", "stage", "line"]);

/** The key an element is found by: `card:c1`, `lane:l2`, `line:visibility`, `document`. */
export function keyOf(e: ElementRef): string {
  return e.kind === "document" ? DOCUMENT_KEY : keyFor(e.kind, e.id);
}

/** The key of the element of `kind` with this id. */
export function keyFor(kind: IdKind, id: string): string {
  return `${kind}:${id}`;
}

/** The element's id, as `data-id` holds it (`document` for the document). */
export function idOf(e: ElementRef): string {
  return e.kind === "document" ? DOCUMENT_KEY : e.id;
}

/** `card:c1` → `{kind: "card", id: "c1"}` (ids may contain colons); null for what is not a key. */
export function parseKey(key: string): ElementRef | null {
  if (key === DOCUMENT_KEY) return { kind: "document" };
  const at = key.indexOf(":");
  const kind = key.slice(0, at);
  return at > 0 && KINDS.has(kind) ? ({ kind, id: key.slice(at + 1) } as ElementRef) : null;
}

/** The id in `key` if it is the key of an element of `kind`, else null. */
export function idIn(key: string, kind: IdKind): string | null {
  return key.startsWith(kind) && key.charAt(kind.length) === ":" ? key.slice(kind.length + 1) : null;
}

export const cardKey = (id: string): string => keyFor("card", id);
export const connectorKey = (id: string): string => keyFor("connector", id);
export const laneKey = (id: string): string => keyFor("lane", id);
export const stageKey = (id: string): string => keyFor("stage", id);
export const lineKey = (id: string): string => keyFor("line", id);
