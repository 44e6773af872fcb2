// The native menu (src-tauri/src/menu.rs) forwards its Edit, Insert, Arrange and View
// items to the UI by action id: every id it forwards must be one the registry runs.
import { describe, expect, it } from "vitest";
import menuSource from "../../../src-tauri/src/menu.rs?raw";
import { Editor } from "../app/editor.svelte";

function forwardedIds(rust: string): string[] {
  const consts = new Map([...rust.matchAll(/pub const (\w+): &str = "([^"]+)";/g)].map((m) => [m[1]!, m[2]!]));
  const list = /pub const UI_ACTIONS: \[&str; \d+\] = \[([^\]]*)\]/.exec(rust)?.[1] ?? "";
  return list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => consts.get(name) ?? `<unknown ${name}>`);
}

describe("native menu actions", () => {
  it("forwards only ids the action registry knows", () => {
    const ids = forwardedIds(menuSource);
    expect(ids.length).toBeGreaterThan(15);
    const editor = new Editor();
    for (const id of ids) expect(editor.actions.get(id), id).toBeDefined();
  });
});
