import { afterEach, describe, expect, it, vi } from "vitest";
import { claimedElsewhere, guardReloadKeys, isReloadKey, keepsNativeMenu } from "./webview-guard";

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

describe("the reload guard", () => {
  const press = (target: EventTarget, k: string, mods: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...mods });
    target.dispatchEvent(e);
    return e;
  };
  let unguard = () => {};
  afterEach(() => {
    unguard();
    document.body.replaceChildren();
  });

  it("refuses the reload even where a dialog keeps the keys to itself", () => {
    unguard = guardReloadKeys(window);
    // As a modal dialog does (HelpDialog, ExportDialog, ConnectDialog, the inline editor).
    const dialog = document.createElement("div");
    dialog.addEventListener("keydown", (e) => e.stopPropagation());
    const button = document.createElement("button");
    dialog.append(button);
    document.body.append(dialog);
    const reachedWindow = vi.fn();
    window.addEventListener("keydown", reachedWindow);
    try {
      expect(press(button, "F5").defaultPrevented).toBe(true);
      expect(press(button, "r", { ctrlKey: true }).defaultPrevented).toBe(true);
      expect(press(button, "R", { ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(true);
      expect(press(button, "Escape").defaultPrevented).toBe(false);
      expect(reachedWindow).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener("keydown", reachedWindow);
    }
  });

  it("leaves the app its own use of the key: F5 still reaches the window's handler as unclaimed", () => {
    unguard = guardReloadKeys(window);
    const seen: boolean[] = [];
    const app = (e: KeyboardEvent) => seen.push(claimedElsewhere(e));
    window.addEventListener("keydown", app);
    // A field that takes a key for itself claims it.
    const field = document.createElement("input");
    field.addEventListener("keydown", (e) => e.key === "Enter" && e.preventDefault());
    document.body.append(field);
    try {
      expect(press(document.body, "F5").defaultPrevented).toBe(true);
      press(field, "Enter");
      press(field, "a");
      expect(seen).toEqual([false, true, false]);
    } finally {
      window.removeEventListener("keydown", app);
    }
  });

  it("is gone once removed (development builds keep the web view's reload)", () => {
    guardReloadKeys(window)();
    expect(press(document.body, "F5").defaultPrevented).toBe(false);
  });
});
