import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mount, unmount, flushSync } from "svelte";
import Rules from "./Rules.svelte";
import { shell } from "../scene/ipc";
import { applied, choose, editorWith, settle, undoWith } from "./testing";
import type { Meta, RuleCatalogue } from "../scene/types";
import { setLocale } from "../i18n";

vi.mock("../scene/ipc", () => ({
  shell: { rules: vi.fn(), execute: vi.fn(), undo: vi.fn(), redo: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

const catalogue: RuleCatalogue = {
  profiles: [
    { id: "bitner", label: "Bitner, Ostrom & Morgan / NN/g" },
    { id: "shostack", label: "Shostack" },
    { id: "18f", label: "18F" },
    { id: "fliess", label: "Fließ & Kleinaltenkamp" },
  ],
  rules: [
    {
      id: "customer-without-evidence",
      summary: {
        en: "Every stage with customer actions has physical evidence.",
        "zh-CN": "有客户行为的阶段都有有形展示。",
      },
      default_severity: "warning",
      profiles: [
        { profile: "bitner", severity: "warning" },
        { profile: "shostack", severity: null },
        { profile: "18f", severity: null },
        { profile: "fliess", severity: "warning" },
      ],
    },
    {
      id: "line-order",
      summary: { en: "Lines keep their order.", "zh-CN": "各条分界线保持顺序。" },
      default_severity: "error",
      profiles: ["bitner", "shostack", "18f", "fliess"].map((p) => ({
        profile: p as "bitner",
        severity: "error" as const,
      })),
    },
  ],
};

let target: HTMLElement;
let app: Record<string, unknown> | null = null;

beforeEach(() => {
  target = document.createElement("div");
  document.body.append(target);
  vi.mocked(shell.rules).mockResolvedValue(catalogue);
});
afterEach(() => {
  setLocale("en");
  if (app) unmount(app);
  app = null;
  target.remove();
  vi.resetAllMocks();
});

async function render() {
  const editor = editorWith();
  app = mount(Rules, { target, props: { editor } });
  await settle();
  return editor;
}

const row = (id: string) => target.querySelector<HTMLLIElement>(`li[data-rule="${id}"]`)!;
const settingOf = (id: string) => target.querySelector<HTMLSelectElement>(`select[aria-label="Setting for ${id}"]`)!;
const effectiveOf = (id: string) => row(id).querySelector("[data-effective]")!.getAttribute("data-effective");
const profileSelect = () => target.querySelector<HTMLSelectElement>("select:not([aria-label])")!;

function metaChange(before: Meta, after: Partial<Meta>) {
  return { record: "meta" as const, before, after: { ...before, ...after } };
}

describe("Rules panel", () => {
  it("shows the profile and each rule's effective setting, every control named", async () => {
    await render();
    const profile = profileSelect();
    expect(profile.labels?.[0]?.textContent).toBe("Profile");
    expect(profile.value).toBe("bitner");
    expect(settingOf("customer-without-evidence").value).toBe("default");
    expect(effectiveOf("customer-without-evidence")).toBe("warning");
    expect(effectiveOf("line-order")).toBe("error");
    for (const s of target.querySelectorAll("select")) {
      expect(s.getAttribute("aria-label") ?? s.labels?.[0]?.textContent).toBeTruthy();
    }
  });

  it("choosing a severity sends set_rule; the profile default clears it", async () => {
    const editor = await render();
    const before = editor.mirror!.meta;
    vi.mocked(shell.execute).mockResolvedValueOnce(applied(metaChange(before, { rules: { "line-order": "info" } })));
    choose(settingOf("line-order"), "info");
    await settle();
    expect(shell.execute).toHaveBeenLastCalledWith({ type: "set_rule", rule: "line-order", setting: "info" });
    expect(effectiveOf("line-order")).toBe("info");
    expect(settingOf("line-order").value).toBe("info");

    const now = editor.mirror!.meta;
    vi.mocked(shell.execute).mockResolvedValueOnce(applied(metaChange(now, { rules: {} })));
    choose(settingOf("line-order"), "default");
    await settle();
    expect(shell.execute).toHaveBeenLastCalledWith({ type: "set_rule", rule: "line-order", setting: null });
    expect(effectiveOf("line-order")).toBe("error");
  });

  it("choosing a profile sends set_profile and regrades the rules", async () => {
    const editor = await render();
    vi.mocked(shell.execute).mockResolvedValueOnce(applied(metaChange(editor.mirror!.meta, { profile: "shostack" })));
    choose(profileSelect(), "shostack");
    await settle();
    expect(shell.execute).toHaveBeenLastCalledWith({ type: "set_profile", profile: "shostack" });
    expect(effectiveOf("customer-without-evidence")).toBe("off");
    expect(settingOf("customer-without-evidence").selectedOptions[0]!.textContent).toBe("Profile default (off)");
  });

  it("follows the document through undo", async () => {
    const editor = await render();
    const before = editor.mirror!.meta;
    const after = { ...before, profile: "18f" as const, rules: { "line-order": "off" as const } };
    await undoWith(editor, vi.mocked(shell.undo), { changes: [{ record: "meta", before, after }] });
    expect(profileSelect().value).toBe("18f");
    expect(settingOf("line-order").value).toBe("off");
    expect(effectiveOf("line-order")).toBe("off");
  });

  it("a refused change leaves the shown setting as the document has it", async () => {
    const editor = await render();
    vi.mocked(shell.execute).mockRejectedValueOnce({ code: "invalid_command", message: "no" });
    choose(settingOf("line-order"), "off");
    await settle();
    expect(settingOf("line-order").value).toBe("default");
    expect(editor.error).toBeTruthy();
    flushSync();
  });

  it("titles each rule by its summary, with its id small beneath", async () => {
    await render();
    const title = row("line-order").querySelector(".rule-head > :first-child")!;
    expect(title.textContent).toBe("Lines keep their order.");
    expect(title.tagName).not.toBe("CODE");
    expect(row("line-order").querySelector(".rule-id")!.textContent).toBe("line-order");
    // The setting is described by the title.
    expect(document.getElementById(settingOf("line-order").getAttribute("aria-describedby")!)).toBe(title);
  });

  it("sums each rule up in the UI's language", async () => {
    await render();
    const title = () => row("line-order").querySelector(".rule-head > :first-child")!.textContent;
    setLocale("zh-CN");
    flushSync();
    expect(title()).toBe("各条分界线保持顺序。");
    setLocale("en");
    flushSync();
    expect(title()).toBe("Lines keep their order.");
  });
});
