import { afterEach, describe, expect, it, vi } from "vitest";
import { InlineEditor } from "./inline-edit";
import { cardCanvas, settle } from "./card-testing";

function keydown(t: Element, key: string, init: KeyboardEventInit & { keyCode?: number } = {}) {
  const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(e, "keyCode", { value: init.keyCode });
  t.dispatchEvent(e);
}

/** Type with an input method: Pinyin letters, then the chosen characters replace them. */
function compose(f: HTMLTextAreaElement, before: string, steps: string[], result: string) {
  f.dispatchEvent(new CompositionEvent("compositionstart", { data: "" }));
  for (const s of steps) {
    f.value = before + s;
    f.dispatchEvent(new CompositionEvent("compositionupdate", { data: s }));
    f.dispatchEvent(
      new InputEvent("input", { data: s, inputType: "insertCompositionText", isComposing: true } as InputEventInit),
    );
  }
  // Enter picks the candidate: the key belongs to the input method, not the field.
  keydown(f, "Enter", { isComposing: true, keyCode: 229 });
  f.value = before + result;
  f.dispatchEvent(
    new InputEvent("input", { data: result, inputType: "insertCompositionText", isComposing: true } as InputEventInit),
  );
  f.dispatchEvent(new CompositionEvent("compositionend", { data: result }));
}

afterEach(() => document.body.replaceChildren());

describe("inline text and input methods", () => {
  it("commits once, with the composed text, when Enter comes after the composition", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const ed = new InlineEditor(host, () => ({ zoom: 1, x: 0, y: 0 }));
    const commit = vi.fn();
    const f = ed.open({
      rect: { x: 0, y: 0, w: 100, h: 40 },
      value: "",
      label: "Card text",
      multiline: true,
      commit,
    }) as HTMLTextAreaElement;
    compose(f, "", ["n", "ni", "ni h", "ni hao"], "你好");
    // WebKit sends the Enter that ended the composition after compositionend, as keyCode 229.
    keydown(f, "Enter", { keyCode: 229 });
    expect(commit).not.toHaveBeenCalled();
    expect(ed.active).toBe(true);
    compose(f, "你好", ["dian", "dian can"], "点餐");
    keydown(f, "Enter");
    f.dispatchEvent(new Event("blur"));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith("你好点餐");
    expect(ed.active).toBe(false);
  });

  it("Escape during the composition cancels the candidate, not the edit", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const ed = new InlineEditor(host, () => ({ zoom: 1, x: 0, y: 0 }));
    const commit = vi.fn();
    const cancel = vi.fn();
    const f = ed.open({
      rect: { x: 0, y: 0, w: 100, h: 40 },
      value: "",
      label: "t",
      multiline: true,
      commit,
      cancel,
    }) as HTMLTextAreaElement;
    f.dispatchEvent(new CompositionEvent("compositionstart"));
    keydown(f, "Escape", { isComposing: true, keyCode: 229 });
    expect(cancel).not.toHaveBeenCalled();
    f.dispatchEvent(new CompositionEvent("compositionend", { data: "" }));
    f.value = "好";
    keydown(f, "Enter");
    expect(commit).toHaveBeenCalledExactlyOnceWith("好");
  });

  it("Tab and Ctrl+Enter during the composition belong to it; after it they commit and go on", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const ed = new InlineEditor(host, () => ({ zoom: 1, x: 0, y: 0 }));
    for (const [key, init, how] of [
      ["Tab", {}, "next"],
      ["Tab", { shiftKey: true }, "previous"],
      ["Enter", { ctrlKey: true }, "below"],
    ] as const) {
      const commit = vi.fn();
      const next = vi.fn();
      const f = ed.open({ rect: { x: 0, y: 0, w: 100, h: 40 }, value: "", label: "t", multiline: true, commit, next });
      f.dispatchEvent(new CompositionEvent("compositionstart", { data: "" }));
      f.value = "dian";
      keydown(f, key, { ...init, isComposing: true, keyCode: 229 });
      expect(commit).not.toHaveBeenCalled();
      expect(ed.active).toBe(true);
      f.value = "点餐";
      f.dispatchEvent(new CompositionEvent("compositionend", { data: "点餐" }));
      keydown(f, key, init);
      await settle();
      expect(commit).toHaveBeenCalledExactlyOnceWith("点餐");
      expect(next).toHaveBeenCalledExactlyOnceWith(how);
      expect(ed.active).toBe(false);
    }
  });

  it("a column typed with Pinyin and Ctrl+Enter: each card added once, the next field below", async () => {
    const { band, sent } = cardCanvas();
    band("l3").dispatchEvent(new MouseEvent("dblclick", { bubbles: true, clientX: 300, clientY: 360 }));
    const first = document.querySelector<HTMLTextAreaElement>("textarea.inline-edit")!;
    compose(first, "", ["zuo", "zuo cai"], "做菜");
    keydown(first, "Enter", { ctrlKey: true });
    await settle();
    const second = document.querySelector<HTMLTextAreaElement>("textarea.inline-edit")!;
    expect(second).not.toBe(first);
    compose(second, "", ["shang", "shang cai"], "上菜");
    keydown(second, "Enter");
    await settle();
    expect(sent).toEqual([
      { type: "add_card", lane: "l3", stage: "s1", index: 0, text: "做菜" },
      { type: "add_card", lane: "l3", stage: "s1", index: 1, text: "上菜" },
    ]);
  });

  it("a new card typed with Pinyin is added once with the composed text", async () => {
    const { band, sent } = cardCanvas();
    band("l3").dispatchEvent(new MouseEvent("dblclick", { bubbles: true, clientX: 300, clientY: 360 }));
    const f = document.querySelector<HTMLTextAreaElement>("textarea.inline-edit")!;
    compose(f, "", ["zuo", "zuo cai"], "做菜");
    keydown(f, "Enter");
    await settle();
    expect(sent).toEqual([{ type: "add_card", lane: "l3", stage: "s1", index: 0, text: "做菜" }]);
  });
});
