import { describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Problems from "./Problems.svelte";
import type { Diagnostic } from "../types";

const diag = (n: number, severity: "error" | "warning"): Diagnostic =>
  ({ rule: "backwards-arrow", severity, message: `m${n}`, elements: [{ kind: "card", id: `c${n}` }], hint: "h" }) as unknown as Diagnostic;

describe("Problems", () => {
  it("lists a large number of problems a page at a time, per severity", () => {
    const target = document.createElement("div");
    document.body.append(target);
    const diagnostics = [...Array.from({ length: 250 }, (_, i) => diag(i, "warning")), diag(999, "error")];
    const panel = mount(Problems, { target, props: { diagnostics } });
    const shown = () => target.querySelectorAll(".problem").length;
    expect(shown()).toBe(101);
    expect(target.querySelector(".count")!.textContent).toBe("251");
    const more = () => target.querySelector<HTMLButtonElement>("button.more");
    expect(more()!.textContent).toContain("Show 100 more of 150");
    more()!.click();
    flushSync();
    expect(shown()).toBe(201);
    more()!.click();
    flushSync();
    expect(shown()).toBe(251);
    expect(more()).toBeNull();
    unmount(panel);
  });
});
