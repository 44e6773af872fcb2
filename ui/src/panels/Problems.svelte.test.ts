import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Problems from "./Problems.svelte";
import type { Diagnostic } from "../scene/types";

const diag = (n: number, severity: "error" | "warning"): Diagnostic =>
  ({
    rule: "backwards-arrow",
    severity,
    message: `m${n}`,
    elements: [{ kind: "card", id: `c${n}` }],
    hint: "h",
  }) as unknown as Diagnostic;

/** Animation frames waiting, by id, run when the test says. */
let frames = new Map<number, FrameRequestCallback>();
let lastFrame = 0;
function nextFrame(): void {
  const run = [...frames.values()];
  frames = new Map();
  for (const cb of run) cb(0);
  flushSync();
}

describe("Problems", () => {
  beforeEach(() => {
    frames = new Map();
    vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => {
      frames.set(++lastFrame, cb);
      return lastFrame;
    });
    vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("lists a large number of problems a page at a time, per severity", () => {
    const target = document.createElement("div");
    document.body.append(target);
    const diagnostics = [...Array.from({ length: 250 }, (_, i) => diag(i, "warning")), diag(999, "error")];
    const panel = mount(Problems, { target, props: { diagnostics } });
    flushSync();
    const shown = () => target.querySelectorAll(".problem").length;
    nextFrame();
    expect(shown()).toBe(101);
    expect(target.querySelector(".count")!.textContent).toBe("251");
    const more = () => target.querySelector<HTMLButtonElement>("button.more");
    expect(more()!.textContent).toContain("Show 100 more of 150");
    more()!.click();
    flushSync();
    nextFrame();
    expect(shown()).toBe(201);
    more()!.click();
    flushSync();
    nextFrame();
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
    const panel = mount(Problems, {
      target,
      props: {
        get diagnostics() {
          return diagnostics;
        },
      },
    });
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

  it("draws what an edit adds beyond a screenful at the next frame", () => {
    const target = document.createElement("div");
    document.body.append(target);
    const few = [diag(1000, "error")];
    let diagnostics = $state.raw(few);
    const panel = mount(Problems, {
      target,
      props: {
        get diagnostics() {
          return diagnostics;
        },
      },
    });
    const rows = () => target.querySelectorAll(".problem").length;
    flushSync();
    expect(rows()).toBe(1);
    expect(frames.size).toBe(0);
    // A drop breaks the journey: 79 warnings at once.
    diagnostics = [...few, ...Array.from({ length: 79 }, (_, i) => diag(i, "warning"))];
    flushSync();
    expect(target.querySelector(".count")!.textContent).toBe("80");
    expect([...target.querySelectorAll("h3 .count")].map((c) => c.textContent)).toEqual(["1", "79"]);
    expect(rows()).toBe(1 + 24);
    nextFrame();
    expect(rows()).toBe(80);
    expect(frames.size).toBe(0);
    // An edit that adds a few draws them at once.
    diagnostics = [...diagnostics, diag(500, "warning"), diag(501, "warning")];
    flushSync();
    expect(rows()).toBe(82);
    expect(frames.size).toBe(0);
    unmount(panel);
  });
});
