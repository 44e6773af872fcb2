// The language and theme the shell says to use (View › Language, View › Theme, the OS),
// applied before the UI first draws and again whenever a choice changes in any window.
import { invoke, isTauri } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { fromPreferences, setLocale } from "../i18n";
import { ThemeFollower } from "./theme";
import type { Preferences } from "../scene/types";

export const PREFERENCES_EVENT = "preferences";

function apply(p: Preferences, theme: ThemeFollower): void {
  setLocale(p.locale);
  theme.setChoice(p.theme);
}

export async function startPreferences(): Promise<void> {
  const theme = new ThemeFollower();
  if (!isTauri()) {
    // A plain browser (UI development): its own language and colour scheme.
    setLocale(fromPreferences(navigator.languages ?? [navigator.language]));
    theme.setChoice("system");
    return;
  }
  const win = getCurrentWindow();
  try {
    apply(await invoke<Preferences>("preferences"), theme);
    theme.setWindowTheme(await win.theme());
  } catch (e) {
    // The UI still works in English and the system theme.
    console.error("Frontstage: could not read the preferences", e);
    theme.setChoice("system");
  }
  // The shell sends this to every window at once.
  await listen<Preferences>(PREFERENCES_EVENT, (e) => apply(e.payload, theme));
  await win.onThemeChanged((e) => theme.setWindowTheme(e.payload));
}
