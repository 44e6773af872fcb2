// The language the UI speaks now, as rune state: anything that reads it through t()
// while rendering is redrawn when it changes.
import type { Locale } from "./match";

let current = $state<Locale>("en");

export function locale(): Locale {
  return current;
}

export function setLocale(next: Locale): void {
  current = next;
  if (typeof document !== "undefined") document.documentElement.lang = next;
}
