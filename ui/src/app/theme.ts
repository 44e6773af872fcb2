// Light and dark chrome. The choice (View › Theme) is System, Light or Dark; System
// follows the OS. Only the chrome changes (styles.css, the --chrome-* properties); the
// blueprint paper keeps its exported colours in both.
import type { ThemeChoice } from "../scene/types";

export type { ThemeChoice };
export type Theme = "light" | "dark";

/**
 * Whether the OS asks for dark. Either signal counts: the window theme Tauri reads
 * (the desktop portal on Linux; without one it answers light whatever the desktop
 * says) and the web view's prefers-color-scheme (WebKitGTK follows the GTK theme).
 */
export function systemIsDark(windowTheme: Theme | null, mediaDark: boolean): boolean {
  return windowTheme === "dark" || mediaDark;
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === "light" || choice === "dark") return choice;
  return systemDark ? "dark" : "light";
}

/** Put `theme` on the document: styles.css keys its colours on data-theme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  // Native form controls and scrollbars follow color-scheme.
  root.style.colorScheme = theme;
}

/** Keeps the document's theme in step with the choice and the OS. */
export class ThemeFollower {
  private choice: ThemeChoice = "system";
  private windowTheme: Theme | null = null;
  private media: MediaQueryList | null;

  constructor(private readonly root: HTMLElement = document.documentElement) {
    this.media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
    this.media?.addEventListener("change", () => this.update());
  }

  setChoice(choice: ThemeChoice): void {
    this.choice = choice;
    this.update();
  }

  setWindowTheme(theme: Theme | null): void {
    this.windowTheme = theme;
    this.update();
  }

  get current(): Theme {
    return resolveTheme(this.choice, systemIsDark(this.windowTheme, this.media?.matches ?? false));
  }

  private update(): void {
    applyTheme(this.current, this.root);
  }
}
