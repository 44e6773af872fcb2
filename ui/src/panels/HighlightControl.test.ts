import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import HighlightControl from "./HighlightControl.svelte";
import { editorWith } from "./testing";
import { smallBlueprint } from "../fixtures";

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

describe("the highlight control", () => {
  it("counts the owners when its list may open, not on every edit", () => {
    const doc = smallBlueprint();
    doc.cards[0]!.owner = "Host";
    doc.cards[1]!.owner = " Chef ";
    const editor = editorWith(doc);
    const counts = vi.spyOn(editor.mirror!.cards, "values");
    const target = document.createElement("div");
    document.body.append(target);
    app = mount(HighlightControl, { target, props: { editor } });
    flushSync();
    const select = target.querySelector("select")!;
    const owners = () => [...select.querySelectorAll('option[value^="owner:"]')].map((o) => o.textContent);
    // Edits: nothing counted.
    for (let i = 0; i < 3; i++) {
      editor.revision++;
      flushSync();
    }
    expect(counts).not.toHaveBeenCalled();
    // The owner highlighted now is shown even so.
    editor.highlight = { kind: "owner", owner: "Host" };
    flushSync();
    expect(owners()).toEqual(["Host"]);
    expect(select.value).toBe("owner:Host");
    // About to open: counted once, every owner listed.
    select.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    flushSync();
    expect(counts).toHaveBeenCalledTimes(1);
    expect(owners()).toEqual(["Chef", "Host"]);
    expect(select.value).toBe("owner:Host");
    // An owner added by an edit is listed the next time.
    editor.mirror!.cards.get(doc.cards[2]!.id)!.owner = "Bar";
    editor.revision++;
    flushSync();
    expect(counts).toHaveBeenCalledTimes(1);
    select.dispatchEvent(new FocusEvent("focus"));
    flushSync();
    expect(owners()).toEqual(["Bar", "Chef", "Host"]);
  });
});
