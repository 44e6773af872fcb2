// The Keyboard Shortcuts page, generated from the registry: every action with a key, in
// groups by what it acts on (the first part of its id), so the page cannot drift from
// what the keys do.

import type { Action, Registry } from "./registry";

/** The groups in the order the page shows them; each names the id prefixes it holds. */
export const SHORTCUT_GROUPS = [
  { id: "file", prefixes: ["file"] },
  { id: "edit", prefixes: ["edit"] },
  { id: "cards", prefixes: ["cards", "cells"] },
  { id: "structure", prefixes: ["lane", "stage", "structure"] },
  { id: "connectors", prefixes: ["connector"] },
  { id: "view", prefixes: ["view"] },
  { id: "present", prefixes: ["present"] },
  { id: "help", prefixes: ["help"] },
  { id: "other", prefixes: [] },
] as const;

export type ShortcutGroupId = (typeof SHORTCUT_GROUPS)[number]["id"];

export interface ShortcutGroup {
  id: ShortcutGroupId;
  actions: { action: Action; keys: string[] }[];
}

/** Every action with at least one key, grouped; empty groups are left out. */
export function shortcutGroups(registry: Registry): ShortcutGroup[] {
  const groups = new Map<ShortcutGroupId, ShortcutGroup>(SHORTCUT_GROUPS.map((g) => [g.id, { id: g.id, actions: [] }]));
  for (const action of registry.list()) {
    if (!action.keys?.length) continue;
    const prefix = action.id.split(".")[0]!;
    const group = SHORTCUT_GROUPS.find((g) => (g.prefixes as readonly string[]).includes(prefix))?.id ?? "other";
    groups.get(group)!.actions.push({ action, keys: action.keys });
  }
  return [...groups.values()].filter((g) => g.actions.length > 0);
}
