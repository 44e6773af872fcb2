// The native menu (src-tauri/src/menu.rs) forwards its Edit, Insert, Arrange, View and
// Help items to the UI by action id: every id it forwards must be one the registry runs,
// and the key a menu item shows must be one its action has.
import { describe, expect, it } from "vitest";
import menuSource from "../../../src-tauri/src/menu.rs?raw";
import { Editor } from "../app/editor.svelte";
import { normalizeChord } from "./registry";
import { menuTarget } from "./menu-target";

const consts = new Map([...menuSource.matchAll(/pub const (\w+): &str = "([^"]+)";/g)].map((m) => [m[1]!, m[2]!]));

function forwardedIds(rust: string): string[] {
  const list = /pub const UI_ACTIONS: \[&str; \d+\] = \[([^\]]*)\]/.exec(rust)?.[1] ?? "";
  return list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => consts.get(name) ?? `<unknown ${name}>`);
}

/** Menu item id → its accelerator, in the registry's notation (`CmdOrCtrl` is `Mod`). */
function accelerators(rust: string): Map<string, string> {
  return new Map(
    [...rust.matchAll(/m\.item\((\w+), Some\("([^"]+)"\)\)/g)].map((m) => [
      consts.get(m[1]!) ?? `<unknown ${m[1]}>`,
      normalizeChord(m[2]!.replace("CmdOrCtrl", "Mod")),
    ]),
  );
}

/**
 * Forwarded actions with keys whose menu item has no accelerator, and why: a menu
 * accelerator takes its key even from text fields (GTK runs accelerators first).
 */
const KEYS_LEFT_TO_THE_CANVAS: Record<string, string> = {
  "edit.delete": "Delete and Backspace delete text in fields",
  "lane.move_up": "Alt+arrows move the caret by words in fields (macOS)",
  "lane.move_down": "as above",
  "stage.move_left": "as above",
  "stage.move_right": "as above",
};

describe("native menu actions", () => {
  it("forwards only ids the action registry knows", () => {
    const ids = forwardedIds(menuSource);
    expect(ids.length).toBeGreaterThan(15);
    const editor = new Editor();
    for (const id of ids) expect(editor.actions.get(id), id).toBeDefined();
  });

  it("shows, on an item whose action has a key, one of that action's keys", () => {
    const editor = new Editor();
    const shown = accelerators(menuSource);
    expect(shown.get("cards.new")).toBe("Insert");
    expect(shown.get("view.present")).toBe("F5");
    for (const id of forwardedIds(menuSource)) {
      const keys = (editor.actions.get(id)?.keys ?? []).map(normalizeChord);
      const accelerator = shown.get(id);
      if (accelerator) expect(keys, `${id} shows ${accelerator}`).toContain(accelerator);
      else if (keys.length)
        expect(KEYS_LEFT_TO_THE_CANVAS[id], `${id} has ${keys} but its menu item shows none`).toBeTruthy();
    }
  });

  it("runs, for a shared F2, the action that applies to the selection", () => {
    const editor = new Editor();
    // Nothing selected, no canvas: neither applies, the item's own id stays.
    expect(menuTarget(editor.actions, "cards.edit_text")).toBe("cards.edit_text");
    // A lane selected: Edit Card Text (GTK's pick for F2) does not apply, Rename does.
    editor.selection = ["lane:l1"];
    expect(menuTarget(editor.actions, "cards.edit_text")).toBe("structure.rename");
    expect(menuTarget(editor.actions, "structure.rename")).toBe("structure.rename");
    expect(menuTarget(editor.actions, "edit.undo")).toBe("edit.undo");
  });
});
