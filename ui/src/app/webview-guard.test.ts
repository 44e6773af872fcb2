import { describe, expect, it } from "vitest";
import { isReloadKey, keepsNativeMenu } from "./webview-guard";

const key = (key: string, mods: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("the web view's own behaviour", () => {
  it("knows its reload keys", () => {
    expect(isReloadKey(key("F5"))).toBe(true);
    expect(isReloadKey(key("r", { ctrlKey: true }))).toBe(true);
    expect(isReloadKey(key("R", { metaKey: true }))).toBe(true);
    expect(isReloadKey(key("r"))).toBe(false);
    expect(isReloadKey(key("r", { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it("leaves text fields their own menu", () => {
    expect(keepsNativeMenu(document.createElement("input"))).toBe(true);
    expect(keepsNativeMenu(document.createElement("textarea"))).toBe(true);
    expect(keepsNativeMenu(document.createElement("div"))).toBe(false);
    expect(keepsNativeMenu(null)).toBe(false);
  });
});
