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
