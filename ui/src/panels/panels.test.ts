import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Problems from "./Problems.svelte";
import { setLocale } from "../i18n";

describe("panels speak the chosen language", () => {
  afterEach(() => setLocale("en"));

  it("redraws the Problems panel when the language changes", () => {
    const target = document.createElement("div");
    setLocale("zh-CN");
    const panel = mount(Problems, { target, props: { diagnostics: [] } });
    flushSync();
    expect(target.querySelector("h2")?.textContent).toContain("问题");
    expect(target.querySelector(".note")?.textContent).toBe("没有问题。");
    setLocale("en");
    flushSync();
    expect(target.querySelector("h2")?.textContent).toContain("Problems");
    expect(target.querySelector(".note")?.textContent).toBe("No problems.");
    unmount(panel);
  });
});
