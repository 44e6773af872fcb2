import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { dictionaries, interpolate, translate } from "./translate";
import { actionLabel, fromPreferences, locale, matchLocale, setLocale, t, LOCALES } from "./index";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionaries", () => {
  it("have the same keys, each with a text, in every language", () => {
    const keys = Object.keys(en).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const l of LOCALES) {
      expect(Object.keys(dictionaries[l]).sort(), l).toEqual(keys);
      for (const [k, v] of Object.entries(dictionaries[l])) expect(v.trim(), `${l} ${k}`).not.toBe("");
    }
  });

  it("use the same placeholders in every language", () => {
    for (const [k, v] of Object.entries(en)) {
      expect(placeholders(zhCN[k as keyof typeof en]), k).toEqual(placeholders(v));
    }
  });

  it("translate Chinese strings into Chinese", () => {
    // Everything but names should differ from English.
    const same = Object.keys(en).filter((k) => en[k as keyof typeof en] === zhCN[k as keyof typeof en]);
    expect(same).toEqual([]);
    // No English words left: outside placeholders, Latin letters only in names of file
    // formats and paper sizes, which Chinese writes as they are.
    for (const v of Object.values(zhCN)) {
      const text = v.replace(/\{\w+\}/g, "");
      expect(text.replace(/SVG|JSON|PNG|PDF|A[234]|Letter|Tabloid/g, ""), v).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe("interpolation", () => {
  it("fills named params, numbers included", () => {
    expect(interpolate("Undo {edit}", { edit: "Move Card" })).toBe("Undo Move Card");
    expect(interpolate("{a} and {b} and {a}", { a: 1, b: "x" })).toBe("1 and x and 1");
    expect(translate("zh-CN", "recovery.restore_named", { name: "计划" })).toBe("恢复“计划”");
  });

  it("leaves unknown placeholders and params' own braces alone", () => {
    expect(interpolate("Undo {edit}", {})).toBe("Undo {edit}");
    expect(interpolate("Undo {edit}")).toBe("Undo {edit}");
    // A param value is inserted once, not read as a template again.
    expect(interpolate("{a}{b}", { a: "{b}", b: "x" })).toBe("{b}x");
    // Inherited names are not params.
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });
});

describe("t", () => {
  it("speaks the current language and follows switches", () => {
    setLocale("en");
    expect(t("problems.none")).toBe("No problems.");
    expect(t("action.edit.undo_named", { edit: "Add Card" })).toBe("Undo Add Card");
    setLocale("zh-CN");
    expect(locale()).toBe("zh-CN");
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(t("problems.none")).toBe("没有问题。");
    setLocale("en");
    expect(t("problems.none")).toBe("No problems.");
  });

  it("translates the registry's English action labels, state-dependent ones included", () => {
    setLocale("zh-CN");
    expect(actionLabel({ label: () => "Fit All" })).toBe("显示全部");
    expect(actionLabel({ label: () => "Collapse Lane" })).toBe("折叠泳道");
    expect(actionLabel({ label: () => "Expand Lane" })).toBe("展开泳道");
    // A label without a key is shown as the registry gives it.
    expect(actionLabel({ label: () => "Frobnicate" })).toBe("Frobnicate");
    setLocale("en");
    expect(actionLabel({ label: () => "Collapse Lane" })).toBe("Collapse Lane");
  });

  it("maps each English action label to one Chinese text", () => {
    const seen = new Map<string, string>();
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      if (!k.startsWith("action.")) continue;
      const prior = seen.get(en[k]);
      if (prior !== undefined) expect(zhCN[k], `${k}: "${en[k]}" has two translations`).toBe(prior);
      seen.set(en[k], zhCN[k]);
    }
  });
});

describe("locale matching", () => {
  it("gives Chinese to Chinese locales, Traditional ones included", () => {
    for (const tag of ["zh", "zh-CN", "zh-Hans-CN", "zh_CN.UTF-8", "ZH-cn", "zh-SG", "zh-TW", "zh-Hant-HK"]) {
      expect(matchLocale(tag), tag).toBe("zh-CN");
    }
  });

  it("gives English to English and nothing to others", () => {
    expect(matchLocale("en-GB")).toBe("en");
    expect(matchLocale("en_US.UTF-8")).toBe("en");
    for (const tag of ["fr-FR", "C", "POSIX", "", "zhx"]) expect(matchLocale(tag), tag).toBeNull();
  });

  it("takes the first supported preference, English when none is", () => {
    expect(fromPreferences(["fr-FR", "zh-CN", "en-US"])).toBe("zh-CN");
    expect(fromPreferences(["en-GB", "zh-CN"])).toBe("en");
    expect(fromPreferences(["de", "fr"])).toBe("en");
    expect(fromPreferences([])).toBe("en");
  });
});
