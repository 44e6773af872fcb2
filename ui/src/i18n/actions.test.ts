// Every action the editor registers is labelled in both languages: a new action whose
// English label has no `action.*` key in en.ts fails here (add it to en.ts and zh-CN.ts).
import { afterEach, describe, expect, it } from "vitest";
import { Editor } from "../app/editor.svelte";
import { actionLabel, ruleSummary, setLocale } from "./index";
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

describe("rule summaries", () => {
  afterEach(() => setLocale("en"));

  it("are the core's English ones, or Chinese when the UI speaks Chinese", () => {
    expect(ruleSummary("granularity", "Between 5 and 15 customer actions.")).toBe("Between 5 and 15 customer actions.");
    setLocale("zh-CN");
    expect(ruleSummary("granularity", "Between 5 and 15 customer actions.")).toBe("客户行为在 5 到 15 个之间。");
    // A rule the table does not know keeps its English summary.
    expect(ruleSummary("not-a-rule", "English")).toBe("English");
  });
});
