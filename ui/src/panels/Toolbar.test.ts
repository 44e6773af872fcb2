import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Toolbar from "./Toolbar.svelte";
import { editorWith, status } from "./testing";

vi.mock("../scene/ipc", () => ({
  shell: { execute: vi.fn(), undo: vi.fn(), redo: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

let app: Record<string, unknown> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.replaceChildren();
});

describe("Toolbar", () => {
  it("keeps the place of “Edited” while the document is clean, so the buttons never move", () => {
    const target = document.createElement("div");
    document.body.append(target);
    const editor = editorWith();
    editor.status = status(false);
    app = mount(Toolbar, { target, props: { editor } });
    flushSync();
    const dirty = () => target.querySelector<HTMLElement>(".dirty");
    const undo = target.querySelector('[data-action="edit.undo"]');
    // Laid out but not shown (visibility: hidden keeps its width), and not announced.
    expect(dirty()).not.toBeNull();
    expect(dirty()!.classList.contains("clean")).toBe(true);
    expect(dirty()!.getAttribute("aria-hidden")).toBe("true");
    editor.status = status(true);
    flushSync();
    expect(dirty()!.classList.contains("clean")).toBe(false);
    expect(dirty()!.getAttribute("aria-hidden")).toBe("false");
    expect(dirty()!.textContent).toBe("Edited");
    // The same elements, in the same order: nothing was inserted before the buttons.
    expect(target.querySelector('[data-action="edit.undo"]')).toBe(undo);
    expect(dirty()!.nextElementSibling).toBe(undo!.parentElement);
  });
});
