import { describe, expect, it, vi } from "vitest";
import { OPEN_MAX_ZOOM, openingZoom, READABLE_ZOOM, stageToFit, widthZoom } from "./fit";
import { setupCanvas } from "./testing";
import { smallSceneFixture } from "../fixtures";
import { cardRects } from "../edits/drop";

// The fixture: 798 wide; lane headers x 24–204; stages s1 x 204–428, s2 428–652; c3 in s2.
const scene = smallSceneFixture();
const rects = cardRects(scene);
const view = (x: number) => ({ x, y: 0, w: 400, h: 300 });

describe("fits", () => {
  it("fit the width within limits", () => {
    expect(widthZoom(scene, 399, 0.1, 4)).toBeCloseTo(399 / scene.width);
    expect(widthZoom(scene, 100, 0.2, 4)).toBe(0.2);
    expect(widthZoom(scene, 0, 0.2, 4)).toBe(1);
  });

  it("open a wide blueprint at the readable zoom, a narrow one at its actual size, else its width", () => {
    expect(openingZoom(scene, 200)).toBe(READABLE_ZOOM);
    expect(openingZoom(scene, 2000)).toBe(OPEN_MAX_ZOOM);
    // Between the two: its width (a view nine tenths of the paper's).
    const between = Math.round(scene.width * 0.9);
    expect(openingZoom(scene, between)).toBeCloseTo(between / scene.width);
  });

  it("fit the selected stage, else the selected card's, else the first in view right of the lane headers", () => {
    expect(stageToFit(scene, ["stage:s2"], rects, view(0))).toBe(1);
    expect(stageToFit(scene, ["lane:l1", "card:c3"], rects, view(0))).toBe(1);
    expect(stageToFit(scene, ["card:c1"], rects, view(0))).toBe(0);
    expect(stageToFit(scene, [], rects, view(0))).toBe(0);
    // Scrolled so that s1's middle (316) lies under the pinned lane headers (180 wide).
    expect(stageToFit(scene, [], rects, view(150))).toBe(1);
    // Past every stage: the last.
    expect(stageToFit(scene, [], rects, view(2000))).toBe(1);
  });
});

describe("the canvas's fits", () => {
  function sized(host: HTMLElement, width: number, height: number) {
    Object.defineProperty(host, "clientWidth", { value: width, configurable: true });
    Object.defineProperty(host, "clientHeight", { value: height, configurable: true });
  }

  it("open the document fitted to the view's width, never below readable", () => {
    const { host, canvas } = setupCanvas();
    sized(host, 600, 400);
    canvas.openFitted();
    expect(canvas.zoom).toBeCloseTo(600 / scene.width);
    sized(host, 300, 400);
    canvas.openFitted();
    expect(canvas.zoom).toBe(READABLE_ZOOM);
  });

  it("fit the width, and a stage's column whole when the view allows", () => {
    const { host, canvas } = setupCanvas();
    sized(host, 400, 800);
    canvas.fitWidth();
    expect(canvas.zoom).toBeCloseTo(400 / scene.width);
    canvas.setSelection(["stage:s2"]);
    canvas.fitStage();
    // The lane headers' right edge (204, with the paper's margin) before the column (224), and 16 after it.
    expect(canvas.zoom).toBeCloseTo(400 / (204 + 224 + 16));
  });

  it("keep the room reserved for the corner's panel: the drawing scrolls past it, the fits leave it free", () => {
    const { host, canvas } = setupCanvas();
    sized(host, 2000, 300);
    canvas.reserveBottom(140.4);
    expect(host.style.paddingBottom).toBe("140px");
    canvas.fit();
    // The scene's height (424) fitted into the 160 pixels above the panel.
    expect(canvas.zoom).toBeCloseTo(160 / scene.height);
    canvas.reserveBottom(0);
    expect(host.style.paddingBottom).toBe("");
  });

  it("watch the host's border box, which the reserved room leaves as it is", () => {
    // The corner's observer reserves the room while observers are being told: had the
    // canvas watched the host's content box, the padding would change it at the same depth,
    // an error in the page.
    const observed: [Element, ResizeObserverOptions | undefined][] = [];
    class Watching {
      observe(target: Element, options?: ResizeObserverOptions) {
        observed.push([target, options]);
      }
      disconnect() {}
      unobserve() {}
    }
    vi.stubGlobal("ResizeObserver", Watching);
    try {
      const { host } = setupCanvas();
      expect(observed.filter(([t]) => t === host).map(([, o]) => o?.box)).toEqual(["border-box"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
