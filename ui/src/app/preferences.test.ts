import { afterEach, describe, expect, it, vi } from "vitest";
import { startPreferences } from "./preferences";
import { locale, setLocale } from "../i18n";

describe("preferences outside the app", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setLocale("en");
  });

  it("take the browser's languages and colour scheme", async () => {
    vi.stubGlobal("navigator", { languages: ["fr-FR", "zh-TW", "en-US"], language: "fr-FR" });
    vi.stubGlobal("matchMedia", () => ({ matches: true, addEventListener() {} }));
    await startPreferences();
    expect(locale()).toBe("zh-CN");
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });
});
