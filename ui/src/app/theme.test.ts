import { describe, expect, it, vi } from "vitest";
import { applyTheme, resolveTheme, systemIsDark, ThemeFollower } from "./theme";

describe("theme selection", () => {
  it("uses an explicit choice whatever the OS says", () => {
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("follows the OS on System", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
  });

  it("takes dark from either the window theme or prefers-color-scheme", () => {
    expect(systemIsDark("dark", false)).toBe(true);
    expect(systemIsDark(null, true)).toBe(true);
    // Tauri answers light on Linux without a desktop portal: the web view may know better.
    expect(systemIsDark("light", true)).toBe(true);
    expect(systemIsDark("light", false)).toBe(false);
    expect(systemIsDark(null, false)).toBe(false);
  });

  it("puts the theme on the document", () => {
    const root = document.createElement("html");
    applyTheme("dark", root);
    expect(root.dataset.theme).toBe("dark");
    expect(root.style.colorScheme).toBe("dark");
  });
});

describe("ThemeFollower", () => {
  function media(dark: boolean) {
    const listeners: (() => void)[] = [];
    const mql = {
      matches: dark,
      addEventListener: (_: string, f: () => void) => listeners.push(f),
    };
    vi.stubGlobal("matchMedia", () => mql);
    return { set: (d: boolean) => ((mql.matches = d), listeners.forEach((f) => f())) };
  }

  it("redraws when the OS, the window theme or the choice changes", () => {
    const os = media(false);
    const root = document.createElement("html");
    const f = new ThemeFollower(root);
    f.setChoice("system");
    expect(root.dataset.theme).toBe("light");
    os.set(true);
    expect(root.dataset.theme).toBe("dark");
    f.setChoice("light");
    expect(root.dataset.theme).toBe("light");
    os.set(false);
    f.setChoice("system");
    f.setWindowTheme("dark");
    expect(root.dataset.theme).toBe("dark");
    f.setWindowTheme("light");
    expect(f.current).toBe("light");
    expect(root.dataset.theme).toBe("light");
    vi.unstubAllGlobals();
  });
});
