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

  it("keeps the rows of the problems an edit left alone, and lists one listed twice twice", () => {
    const target = document.createElement("div");
    document.body.append(target);
    const [a, b, c] = [diag(1, "warning"), diag(2, "warning"), diag(3, "warning")];
    // Raw, as the editor holds them: a deep $state would wrap each diagnostic anew.
    let diagnostics = $state.raw([a, b]);
    const panel = mount(Problems, { target, props: { get diagnostics() { return diagnostics; } } });
    const rows = () => [...target.querySelectorAll<HTMLButtonElement>(".problem")];
    const [rowA, rowB] = rows();
    diagnostics = [c, a, b];
    flushSync();
    expect(rows().map((r) => r.querySelector(".message")!.textContent)).toEqual(["m3", "m1", "m2"]);
    expect(rows()[1]).toBe(rowA);
    expect(rows()[2]).toBe(rowB);
    diagnostics = [a, a];
    flushSync();
    expect(rows().map((r) => r.querySelector(".message")!.textContent)).toEqual(["m1", "m1"]);
    unmount(panel);
  });
});
