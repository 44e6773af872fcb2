// The UI's strings in English and 简体中文. Use `t("key", { param })` in components
// (reactive: a language switch redraws what read it) and add keys in ./en.ts and
// ./zh-CN.ts. docs/desktop.md, "Language", says how.
import { en, type Key } from "./en";
import { locale } from "./locale.svelte";
import { translate, type Params } from "./translate";

export type { Key } from "./en";
export type { Params } from "./translate";
export { locale, setLocale } from "./locale.svelte";
export { matchLocale, fromPreferences, LOCALES, type Locale } from "./match";

export function t(key: Key, params?: Params): string {
  return translate(locale(), key, params);
}

/** English action labels → their keys, built once from the English dictionary. */
let actionKeys: Map<string, Key> | null = null;

/**
 * An action's label in the current language. The registry's labels are English (and may
 * change with the state: "Expand Lane" / "Collapse Lane"); each English label that has an
 * `action.*` key in en.ts is shown translated, any other as it is.
 */
export function actionLabel(action: { label(): string }): string {
  const english = action.label();
  actionKeys ??= new Map(
    (Object.keys(en) as Key[]).filter((k) => k.startsWith("action.")).map((k) => [en[k], k] as [string, Key]),
  );
  const key = actionKeys.get(english);
  return key ? t(key) : english;
}
