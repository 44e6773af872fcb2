import { describe, expect, it, vi } from "vitest";
import { chordOf, displayChord, normalizeChord, Registry, type Action } from "./registry";

const key = (key: string, mods: Partial<KeyboardEvent> = {}) => new KeyboardEvent("keydown", { key, ...mods });

function action(id: string, keys: string[], extra: Partial<Action> = {}): Action {
  return { id, label: () => id, keys, enabled: () => true, run: vi.fn(), ...extra };
}

describe("action registry", () => {
  it("maps Mod to Ctrl off macOS and to Cmd on macOS", () => {
    expect(chordOf(key("z", { ctrlKey: true }), false)).toBe("Mod+Z");
    expect(chordOf(key("z", { metaKey: true }), true)).toBe("Mod+Z");
    expect(chordOf(key("z", { ctrlKey: true }), true)).toBe("Ctrl+Z");
    expect(chordOf(key("Z", { ctrlKey: true, shiftKey: true }), false)).toBe("Shift+Mod+Z");
    expect(normalizeChord("Mod+Shift+z")).toBe("Shift+Mod+Z");
    // WebKitGTK: Shift+Tab arrives as key "Unidentified", code "Tab".
    expect(chordOf(key("Unidentified", { shiftKey: true, code: "Tab" }), false)).toBe("Shift+Tab");
    expect(chordOf(key("Unidentified", { ctrlKey: true, code: "KeyD" }), false)).toBe("Mod+D");
  });

  it("finds the action a key means, and keeps text fields' keys for the field", () => {
    const r = new Registry();
    r.add(action("edit.undo", ["Mod+Z"], { inTextFields: false }), action("edit.delete", ["Delete", "Backspace"]));
    expect(r.forKey(key("z", { ctrlKey: true }), false, false)?.id).toBe("edit.undo");
    expect(r.forKey(key("Delete"), false, false)?.id).toBe("edit.delete");
    expect(r.forKey(key("Delete"), true, false)).toBeUndefined();
    expect(r.forKey(key("x"), false, false)).toBeUndefined();
  });

  it("gives a key shared by several actions to the first enabled one, and refuses an id registered twice", () => {
    const r = new Registry();
    let laneSelected = false;
    r.add(action("lane.rename", ["Enter"], { enabled: () => laneSelected }), action("card.edit", ["Enter"]));
    expect(r.forKey(key("Enter"), false, false)?.id).toBe("card.edit");
    laneSelected = true;
    expect(r.forKey(key("Enter"), false, false)?.id).toBe("lane.rename");
    expect(r.boundTo("Enter")).toEqual(["lane.rename", "card.edit"]);
    r.add(action("off", ["Mod+K"], { enabled: () => false }));
    expect(r.forKey(key("k", { ctrlKey: true }), false, false)).toBeUndefined();
    expect(() => r.add(action("off", []))).toThrow(/twice/);
  });

  it("shows chords the platform's way", () => {
    expect(displayChord("Shift+Mod+Z", true)).toBe("⇧⌘Z");
    expect(displayChord("Shift+Mod+Z", false)).toBe("Ctrl+Shift+Z");
    expect(displayChord("Shift+ArrowLeft", false)).toBe("Shift+←");
  });
});
