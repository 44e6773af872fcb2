// Highlighting part of the blueprint on screen: the fail points, the waits, one channel or
// one owner stand out and the other cards and arrows are dimmed (the canvas's `dimmed`
// class; never exported). Decided on the mirror's cards alone, except the critical path,
// which the core measures: its cards and the connectors it goes through, as named.

import type { Card, Channel } from "../scene/types";
import type { Mirror } from "../scene/mirror";

export type Highlight =
  | { kind: "fail_point" }
  | { kind: "wait" }
  | { kind: "channel"; channel: Channel }
  | { kind: "owner"; owner: string }
  | { kind: "critical_path"; cards: ReadonlySet<string>; connectors: ReadonlySet<string> };

/** Whether `card` stands out under `h`. */
export function highlighted(card: Card, h: Highlight): boolean {
  switch (h.kind) {
    case "fail_point":
      return !!card.fail_point;
    case "wait":
      return !!card.wait;
    case "channel":
      return card.channel === h.channel;
    case "owner":
      return (card.owner ?? "").trim() === h.owner;
    case "critical_path":
      return h.cards.has(card.id);
  }
}

/**
 * Whether an arrow stands out under `h`, when `h` says so itself (null: when a card at
 * either end does). Only the arrows the critical path goes through stand out, not others
 * between two of its cards.
 */
export function connectorHighlighted(id: string, h: Highlight): boolean | null {
  return h.kind === "critical_path" ? h.connectors.has(id) : null;
}

/** A highlight as a select's value, and back (`""`: none). */
export function highlightValue(h: Highlight | null): string {
  if (!h) return "";
  if (h.kind === "channel") return `channel:${h.channel}`;
  if (h.kind === "owner") return `owner:${h.owner}`;
  return h.kind;
}

export function parseHighlight(v: string): Highlight | null {
  if (v === "fail_point" || v === "wait") return { kind: v };
  if (v.startsWith("channel:")) return { kind: "channel", channel: v.slice(8) as Channel };
  if (v.startsWith("owner:")) return { kind: "owner", owner: v.slice(6) };
  return null;
}

/** The owners named on the cards, trimmed, each once, in alphabetical order. */
export function owners(m: Mirror): string[] {
  const all = new Set<string>();
  for (const c of m.cards.values()) if (c.owner?.trim()) all.add(c.owner.trim());
  return [...all].sort((a, b) => a.localeCompare(b));
}
