// The UI's strings in English and 简体中文. Use `t("key", { param })` in components
// (reactive: a language switch redraws what read it) and add keys in ./en.ts and
// ./zh-CN.ts. docs/desktop.md, "Language", says how.
import type { Key } from "./en";
import { locale } from "./locale.svelte";
import { isKey, translate, type Params } from "./translate";
import editNamesZh from "./edit-names.zh-CN.json";

export type { Key } from "./en";
export type { Params } from "./translate";
export { locale, setLocale } from "./locale.svelte";
export { matchLocale, fromPreferences, LOCALES, type Locale } from "./match";

export function t(key: Key, params?: Params): string {
  return translate(locale(), key, params);
}

/** An action's label: the `action.<id>` string when there is one, else `fallback`. */
export function actionLabel(id: string, fallback: string): string {
  const key = `action.${id}`;
  return isKey(key) ? t(key) : fallback;
}

/**
 * The name of an edit as the core gives it ("Move Card", for Undo and Redo) in the
 * current language. The table is shared with the menus (src-tauri/src/menu.rs); names
 * it lacks (batch labels) stay as they are.
 */
export function editName(name: string): string {
  const zh: Record<string, string> = editNamesZh;
  return locale() === "zh-CN" && Object.prototype.hasOwnProperty.call(zh, name) ? zh[name]! : name;
}
