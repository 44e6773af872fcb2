import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Minimap from "./Minimap.svelte";
import { Registry } from "../actions/registry";
import { ViewControls } from "../app/view.svelte";

let app: Record<string, unknown> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.replaceChildren();
  localStorage.clear();
});

describe("the minimap's bar", () => {
  it("moves the corner's panel to the other corner from the keyboard, and hides the minimap", () => {
    const view = new ViewControls(new Registry());
    const target = document.createElement("div");
    document.body.append(target);
    app = mount(Minimap, { target, props: { view } });
    flushSync();
    const bar = target.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute("aria-label")).toBe("Minimap");
    const grip = target.querySelector<HTMLButtonElement>(".grip")!;
    expect(grip.getAttribute("aria-label")).toContain("other corner");
    expect(view.corner).toBe("right");
    grip.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(view.corner).toBe("left");
    grip.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true }));
    expect(view.corner).toBe("right");
    target.querySelector<HTMLButtonElement>(".collapse")!.click();
    expect(view.minimap).toBe(false);
  });
});
