// A connector's whole path and both its ends, highlighted while it is hovered or selected:
// its line and arrowheads, its label and the two cards it joins, so that a reader can
// follow one arrow through a bundle. Classes only (connectors.css paints them), set on the
// nodes already drawn: hovering lays nothing out.

import type { Scene } from "../../scene/types";
import { cardKey, connectorKey } from "../../scene/keys";

/** What is highlighted, by key: connectors (their path and label) and the cards at their ends. */
export interface Highlight {
  readonly connectors: ReadonlySet<string>;
  readonly cards: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { connectors: new Set(), cards: new Set() };

/** The connectors hovered (`hovered`, a key) or selected, with their end cards. */
export function highlightOf(scene: Scene | null, selection: ReadonlySet<string>, hovered: string | null): Highlight {
  if (!scene || (hovered === null && selection.size === 0)) return NO_HIGHLIGHT;
  const connectors = new Set<string>();
  const cards = new Set<string>();
  for (const c of scene.connectors) {
    if (c.element.kind !== "connector") continue;
    const key = connectorKey(c.element.id);
    if (key !== hovered && !selection.has(key)) continue;
    connectors.add(key);
    cards.add(cardKey(c.from));
    cards.add(cardKey(c.to));
  }
  return connectors.size ? { connectors, cards } : NO_HIGHLIGHT;
}

/** Mark `node` (drawn for `key`) as `h` says. */
export function paintHighlight(node: Element, key: string, h: Highlight): void {
  node.classList.toggle("highlighted", h.connectors.has(key));
  node.classList.toggle("linked", h.cards.has(key));
}

/** The keys whose marks differ between `a` and `b`. */
export function changedKeys(a: Highlight, b: Highlight): Set<string> {
  const out = new Set<string>();
  for (const [x, y] of [
    [a.connectors, b.connectors],
    [b.connectors, a.connectors],
    [a.cards, b.cards],
    [b.cards, a.cards],
  ] as const) {
    for (const k of x) if (!y.has(k)) out.add(k);
  }
  return out;
}

/** The key of the connector whose path or label holds `target`, else null. */
export function connectorUnder(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const g = target.closest("g.connector, g.connector-label");
  return g?.getAttribute("data-key") ?? null;
}
