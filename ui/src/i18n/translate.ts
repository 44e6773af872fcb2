// Looking a key up in a language and filling its `{name}` placeholders. Pure, so the
// reactive accessor in ./index and the tests share it.
import { en, type Key } from "./en";
import { zhCN } from "./zh-CN";
import type { Locale } from "./match";

export type Params = Record<string, string | number>;

export const dictionaries: Record<Locale, Record<Key, string>> = { en, "zh-CN": zhCN };

/** `{name}` becomes params.name; a placeholder without a param stays as written. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: Key, params?: Params): string {
  return interpolate(dictionaries[locale][key] ?? en[key], params);
}
