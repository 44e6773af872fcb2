import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { Editor } from "../app/editor.svelte";
import { shortcutGroups } from "./shortcuts";
import ShortcutsPage from "../panels/ShortcutsPage.svelte";
import GettingStartedPage from "../panels/GettingStartedPage.svelte";
import { setLocale } from "../i18n";

vi.mock("../scene/ipc", () => ({ shell: {}, errorMessage: (e: unknown) => String(e) }));

let app: Record<string, unknown> | null = null;
afterEach(() => {
  setLocale("en");
  if (app) unmount(app);
  app = null;
  document.body.replaceChildren();
});

function show(component: typeof ShortcutsPage | typeof GettingStartedPage, editor: Editor): HTMLElement {
  const target = document.createElement("div");
  document.body.append(target);
  app = mount(component, { target, props: { registry: editor.actions } });
  flushSync();
  return target;
}

describe("Keyboard Shortcuts", () => {
  it("lists every registered action with a key, once, in its group", () => {
    const editor = new Editor();
    const groups = shortcutGroups(editor.actions);
    const listed = groups.flatMap((g) => g.actions.map((a) => a.action.id));
    const withKeys = editor.actions
      .list()
      .filter((a) => a.keys?.length)
      .map((a) => a.id);
    expect(listed.sort()).toEqual(withKeys.sort());
    expect(new Set(listed).size).toBe(listed.length);
    const groupOf = (id: string) => groups.find((g) => g.actions.some((a) => a.action.id === id))?.id;
    expect(groupOf("cards.new")).toBe("cards");
    expect(groupOf("stage.move_left")).toBe("structure");
    expect(groupOf("view.present")).toBe("view");
    expect(groupOf("present.next")).toBe("present");
    expect(groupOf("help.shortcuts")).toBe("help");
    // Every id has a group of its own kind: nothing falls to "Other".
    expect(groups.map((g) => g.id)).not.toContain("other");
  });

  it("is drawn from the registry in both languages", () => {
    const editor = new Editor();
    let page = show(ShortcutsPage, editor);
    const row = (id: string) => page.querySelector(`[data-action="${id}"]`);
    expect(row("cards.new")!.querySelector("dt")!.textContent).toBe("New Card");
    expect(row("cards.new")!.querySelector("kbd")!.textContent).toBe("Insert or Ctrl+Enter");
    expect(row("edit.undo")!.querySelector("kbd")!.textContent).toBe("Ctrl+Z");
    // Named apart from the state: not "Undo Rename Stage", not "Rename Lane" for a lane.
    editor.status = { ...editor.status!, can_undo: true, undo_label: "Rename Stage" } as typeof editor.status;
    flushSync();
    expect(row("edit.undo")!.querySelector("dt")!.textContent).toBe("Undo");
    expect(row("structure.rename")!.querySelector("dt")!.textContent).toBe("Rename Lane or Stage");
    const rows = page.querySelectorAll("[data-action]").length;
    expect(rows).toBe(shortcutGroups(editor.actions).flatMap((g) => g.actions).length);
    unmount(app!);
    setLocale("zh-CN");
    page = show(ShortcutsPage, editor);
    expect(row("cards.new")!.querySelector("dt")!.textContent).toBe("新建卡片");
    expect(page.querySelector('[data-group="structure"] h3')!.textContent).toBe("泳道和阶段");
  });
});

describe("Getting Started", () => {
  it("names the parts and the keys the registry has, in both languages", () => {
    const editor = new Editor();
    let page = show(GettingStartedPage, editor);
    const text = () => page.textContent ?? "";
    for (const word of [
      "Stages",
      "Lanes",
      "Lines",
      "File › Export › PNG",
      "File › Print",
      "View › Present (F5)",
      "(Insert)",
      "Ctrl+Enter",
    ])
      expect(text()).toContain(word);
    unmount(app!);
    setLocale("zh-CN");
    page = show(GettingStartedPage, editor);
    expect(text()).toContain("阶段是列");
    expect(text()).toContain("（F5）");
  });
});
