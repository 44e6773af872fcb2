// Which action a native menu item runs. Edit Card Text and Rename Lane or Stage both carry
// F2 in the menu (as in the registry); GTK and macOS run the first item with the key, so
// when that item's action does not apply to the selection the key's other action runs.

import type { Registry } from "./registry";

/** Menu items that share their accelerator with another item: id → the shared key. */
export const SHARED_MENU_KEYS: ReadonlyMap<string, string> = new Map([
  ["cards.edit_text", "F2"],
  ["structure.rename", "F2"],
]);

export function menuTarget(registry: Registry, id: string): string {
  const key = SHARED_MENU_KEYS.get(id);
  if (!key || registry.get(id)?.enabled()) return id;
  return registry.boundTo(key).find((other) => registry.get(other)?.enabled()) ?? id;
}
