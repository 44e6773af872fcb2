import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import OverlayControl from "./OverlayControl.svelte";
import { editorWith } from "./testing";
import { setLocale } from "../i18n";
import type { Command } from "../scene/types";

vi.mock("../scene/ipc", () => ({
  shell: { execute: vi.fn(), undo: vi.fn(), redo: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

let app: Record<string, unknown> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  setLocale("en");
  document.body.replaceChildren();
});

function setup() {
  const editor = editorWith();
  const sent: Command[] = [];
  (editor.canvas as unknown as { send: (c: Command) => Promise<null> }).send = async (c) => {
    sent.push(c);
    return null;
  };
  const target = document.createElement("div");
  document.body.append(target);
  app = mount(OverlayControl, { target, props: { editor } });
  flushSync();
  return { editor, sent, select: target.querySelector("select")! };
}

describe("the overlay control", () => {
  it("shows the document's heat map and follows its edits, undo included", () => {
    const { editor, select } = setup();
    expect(select.value).toBe("none");
    editor.mirror!.meta.display = { overlay: "waits" };
    editor.revision++;
    flushSync();
    expect(select.value).toBe("waits");
    editor.mirror!.meta.display = {};
    editor.revision++;
    flushSync();
    expect(select.value).toBe("none");
  });

  it("sets the document's overlay as one edit, and sends nothing for the one it shows", () => {
    const { sent, select } = setup();
    select.value = "fail_points";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    expect(sent).toEqual([{ type: "set_display", overlay: "fail_points" }]);
    select.value = "none";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    expect(sent).toHaveLength(1);
  });

  it("is enabled once a document is open", () => {
    const editor = editorWith();
    const mirror = editor.mirror;
    editor.mirror = null;
    const target = document.createElement("div");
    document.body.append(target);
    app = mount(OverlayControl, { target, props: { editor } });
    flushSync();
    const select = target.querySelector("select")!;
    expect(select.disabled).toBe(true);
    editor.mirror = mirror;
    editor.revision++;
    flushSync();
    expect(select.disabled).toBe(false);
  });

  it("speaks the window's language", () => {
    setLocale("zh-CN");
    const { select } = setup();
    expect([...select.options].map((o) => o.textContent)).toEqual(["无", "失败点", "等待点", "时长"]);
  });
});

describe("View › Overlay", () => {
  it("has an action per heat map that the menu's ids reach", async () => {
    const { editor, sent } = setup();
    for (const id of ["view.overlay.none", "view.overlay.fail_points", "view.overlay.waits", "view.overlay.time"]) {
      expect(editor.actions.get(id), id).toBeTruthy();
    }
    await editor.run("view.overlay.time");
    expect(sent).toEqual([{ type: "set_display", overlay: "time" }]);
  });
});
