// Which supported language an OS or browser locale asks for. The shell applies the same
// rules (src-tauri/src/locale.rs); this copy serves the UI outside the app (browser,
// tests). Every Chinese locale, Traditional ones (zh-TW, zh-Hant) included, gets
// Simplified Chinese: there is no Traditional translation and Chinese readers are
// closer to it than to English. Anything else gets English.
import type { Locale } from "../generated/Locale";

export type { Locale };
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/** The supported language of a BCP 47 or POSIX tag (`zh-Hans-CN`, `zh_CN.UTF-8`), or null. */
export function matchLocale(tag: string): Locale | null {
  const language = tag.split(/[-_.@]/)[0]?.toLowerCase();
  if (language === "zh") return "zh-CN";
  if (language === "en") return "en";
  return null;
}

/** The first supported language in a preference list; English when there is none. */
export function fromPreferences(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const l = matchLocale(tag);
    if (l) return l;
  }
  return "en";
}
