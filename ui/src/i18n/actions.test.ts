// Every action the editor registers is labelled in both languages: a new action whose
// English label has no `action.*` key in en.ts fails here (add it to en.ts and zh-CN.ts).
import { afterEach, describe, expect, it } from "vitest";
import { Editor } from "../app/editor.svelte";
import { actionLabel, setLocale } from "./index";
import { en } from "./en";

describe("the action registry's labels", () => {
  afterEach(() => setLocale("en"));

  it("all have translations", () => {
    const english = new Set(
      Object.entries(en)
        .filter(([k]) => k.startsWith("action."))
        .map(([, v]) => v),
    );
    const actions = new Editor().actions.list();
    expect(actions.length).toBeGreaterThan(10);
    const missing = actions.filter((a) => !english.has(a.label())).map((a) => `${a.id}: "${a.label()}"`);
    expect(missing).toEqual([]);
    setLocale("zh-CN");
    for (const a of actions) expect(actionLabel(a), a.id).not.toBe(a.label());
  });
});
