import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Toolbar from "./Toolbar.svelte";
import { editorWith, status } from "./testing";
import { setLocale } from "../i18n";

vi.mock("../scene/ipc", () => ({
  shell: { execute: vi.fn(), undo: vi.fn(), redo: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

let app: Record<string, unknown> | null = null;
afterEach(() => {
  setLocale("en");
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

  it("names the edit Undo and Redo would take back as the core names it, in the UI's words", () => {
    const target = document.createElement("div");
    document.body.append(target);
    const editor = editorWith();
    editor.status = { ...status(true), can_undo: true, undo_label: "Move Card", can_redo: true, redo_label: "Typing" };
    app = mount(Toolbar, { target, props: { editor } });
    flushSync();
    const title = (id: string) => target.querySelector(`[data-action="${id}"]`)!.getAttribute("title");
    expect(title("edit.undo")).toBe("Undo Move Card");
    expect(title("edit.redo")).toBe("Redo Typing");
    // In Chinese the core sends the names in Chinese (src/edit/names.rs).
    setLocale("zh-CN");
    editor.status = { ...status(true), can_undo: true, undo_label: "移动卡片", can_redo: false, redo_label: null };
    flushSync();
    expect(title("edit.undo")).toBe("撤销 移动卡片");
    expect(title("edit.redo")).toBe("重做");
  });
});

describe("Toolbar for screen readers", () => {
  it("names every control, in both languages", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      setLocale(locale);
      const target = document.createElement("div");
      document.body.append(target);
      const editor = editorWith();
      editor.status = status(true);
      const toolbar = mount(Toolbar, { target, props: { editor } });
      flushSync();
      const controls = [...target.querySelectorAll<HTMLElement>("button, select, input")];
      expect(controls.length).toBeGreaterThan(8);
      // A control's accessible name: aria-label, a label element for it, or its own text.
      const name = (c: HTMLElement) =>
        c.getAttribute("aria-label") ??
        (c.id ? target.querySelector(`label[for="${c.id}"]`)?.textContent : null) ??
        c.closest("label")?.textContent ??
        c.textContent;
      const unnamed = controls.filter((c) => !name(c)?.trim());
      expect(
        unnamed.map((c) => c.outerHTML.slice(0, 80)),
        locale,
      ).toEqual([]);
      // Groups are named too.
      for (const g of target.querySelectorAll('[role="group"]'))
        expect(g.getAttribute("aria-label")?.trim()).toBeTruthy();
      unmount(toolbar);
      target.remove();
    }
  });
});
