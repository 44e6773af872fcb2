import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Inspector from "../panels/Inspector.svelte";
import { Editor } from "./editor.svelte";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import { status } from "../panels/testing";

vi.mock("../scene/ipc", () => ({
  shell: { laneKinds: vi.fn(async () => []), rules: vi.fn(), execute: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

let app: Record<string, unknown> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.replaceChildren();
});

describe("Editor.open", () => {
  it("shows a whole view, and panels mounted before it read the new document at once", () => {
    const editor = new Editor();
    const target = document.createElement("div");
    document.body.append(target);
    app = mount(Inspector, { target, props: { editor } });
    flushSync();
    // No document yet: nothing to show.
    expect(target.querySelector("input")).toBeNull();
    const doc = smallBlueprint();
    const diagnostics = [{ rule: "r", severity: "warning" as const, message: "m", hint: "h", elements: [] }];
    editor.open({ doc, scene: smallSceneFixture(), diagnostics, status: status(false) });
    flushSync();
    expect(editor.mirror?.meta.title).toBe(doc.title);
    expect(editor.title).toBe(doc.title);
    expect(editor.diagnostics).toBe(diagnostics);
    expect(editor.status?.title).toBe("Café");
    // The document's fields, read on open rather than at the first edit.
    const values = [...target.querySelectorAll("input")].map((i) => i.value);
    expect(values).toContain(doc.title);
  });
});
