// The minimap's default and the user's choice (ViewControls).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Registry } from "../actions/registry";
import type { Canvas } from "../canvas/canvas";
import type { Rect } from "../scene/types";
import { nearerSide, ViewControls, wholeSceneVisible } from "./view.svelte";

/** A canvas whose visible rectangle the test sets, over a 1000 × 600 scene. */
function fakeCanvas() {
  const viewCbs: (() => void)[] = [];
  let rect: Rect = { x: 0, y: 0, w: 1200, h: 800 };
  const canvas = {
    zoom: 1,
    current: { width: 1000, height: 600 },
    visibleRect: () => rect,
    onViewportChange: (cb: () => void) => (viewCbs.push(cb), () => {}),
    onScene: () => () => {},
  };
  return {
    canvas: canvas as unknown as Canvas,
    show(r: Rect) {
      rect = r;
      viewCbs.forEach((cb) => cb());
    },
  };
}

function view() {
  const actions = new Registry();
  return { v: new ViewControls(actions), toggle: () => actions.get("view.minimap")!.run() };
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe("minimap", () => {
  it("is off while the whole blueprint is in view, on when part of it is not, until the user chooses", () => {
    const { v } = view();
    const c = fakeCanvas();
    v.attach(c.canvas);
    expect(v.minimap).toBe(false);
    c.show({ x: 200, y: 0, w: 600, h: 400 }); // zoomed in
    expect(v.minimap).toBe(true);
    c.show({ x: -50, y: -20, w: 1100, h: 700 }); // after Fit
    expect(v.minimap).toBe(false);
  });

  it("follows the toggle over the default, and keeps the choice for the next window", () => {
    const { v, toggle } = view();
    const c = fakeCanvas();
    v.attach(c.canvas);
    void toggle(); // shown although everything fits
    expect(v.minimap).toBe(true);
    c.show({ x: -50, y: -20, w: 1100, h: 700 });
    expect(v.minimap).toBe(true);

    const next = view();
    next.v.attach(fakeCanvas().canvas);
    expect(next.v.minimap).toBe(true);
    void next.toggle();
    expect(next.v.minimap).toBe(false);
    const third = view();
    const c3 = fakeCanvas();
    third.v.attach(c3.canvas);
    c3.show({ x: 200, y: 0, w: 600, h: 400 });
    expect(third.v.minimap).toBe(false); // hidden by choice, even with the blueprint out of view
  });

  it("measures the whole scene against the visible rectangle", () => {
    const scene = { width: 1000, height: 600 };
    const at = (r: Rect) => ({ visibleRect: () => r });
    expect(wholeSceneVisible(at({ x: 0, y: 0, w: 1000, h: 600 }), scene)).toBe(true);
    expect(wholeSceneVisible(at({ x: 0, y: 0, w: 999, h: 600 }), scene)).toBe(true); // rounding
    expect(wholeSceneVisible(at({ x: 10, y: 0, w: 1000, h: 600 }), scene)).toBe(false);
    expect(wholeSceneVisible(at({ x: 0, y: 0, w: 1000, h: 500 }), scene)).toBe(false);
    expect(wholeSceneVisible(at({ x: 0, y: 0, w: 10, h: 10 }), null)).toBe(true);
  });
});

describe("the corner's panel", () => {
  it("sits at the bottom right until moved, and stays where the user put it", () => {
    expect(view().v.corner).toBe("right");
    view().v.setCorner("left");
    expect(view().v.corner).toBe("left");
    view().v.setCorner("right");
    expect(view().v.corner).toBe("right");
  });

  it("lands in the bottom corner nearer where it was dropped", () => {
    expect(nearerSide(100, 50, 1000)).toBe("left");
    expect(nearerSide(700, 50, 1000)).toBe("right");
  });
});
