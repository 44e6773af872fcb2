import { describe, expect, it } from "vitest";
import {
  drawOverview,
  drawViewport,
  fromMini,
  layoutMinimap,
  MinimapDrag,
  toMini,
  viewportBox,
  type Ctx2D,
} from "./minimap";
import { smallSceneFixture } from "../../fixtures";
import type { Point } from "../hit";
import type { Rect, Scene } from "../../scene/types";

describe("minimap geometry", () => {
  it("fits the scene into the box, keeping its aspect", () => {
    const wide = layoutMinimap({ width: 4000, height: 1000 }, 220, 140);
    expect(wide).toEqual({ scale: 0.055, w: 220, h: 55 });
    const tall = layoutMinimap({ width: 700, height: 1400 }, 220, 140);
    expect(tall).toEqual({ scale: 0.1, w: 70, h: 140 });
    // An empty scene does not divide by zero.
    expect(layoutMinimap({ width: 0, height: 0 }, 220, 140).w).toBe(140);
  });

  it("maps scene points to minimap pixels and back", () => {
    const l = layoutMinimap({ width: 4000, height: 1000 }, 220, 140);
    expect(toMini(l, { x: 2000, y: 500 })).toEqual({ x: 110, y: 27.5 });
    const back = fromMini(l, toMini(l, { x: 1234, y: 567 }));
    expect(back.x).toBeCloseTo(1234, 9);
    expect(back.y).toBeCloseTo(567, 9);
  });

  it("cuts the visible rectangle to the drawn scene", () => {
    const l = layoutMinimap({ width: 2000, height: 1000 }, 200, 100);
    expect(viewportBox(l, { x: 500, y: 200, w: 400, h: 300 })).toEqual({ x: 50, y: 20, w: 40, h: 30 });
    // A view larger than the scene (zoomed far out) covers the whole minimap, no more.
    expect(viewportBox(l, { x: -100, y: -50, w: 5000, h: 5000 })).toEqual({ x: 0, y: 0, w: 200, h: 100 });
  });
});

/** Records what is drawn. */
function recorder() {
  const log: string[] = [];
  let rects = 0;
  const ctx = {
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    clearRect: () => log.push("clear"),
    fillRect(x: number, y: number, w: number, h: number) {
      log.push(`fillRect ${this.fillStyle} ${x} ${y} ${w} ${h}`);
    },
    strokeRect(x: number, y: number, w: number, h: number) {
      log.push(`strokeRect ${this.strokeStyle} ${x} ${y} ${w} ${h}`);
    },
    beginPath: () => (rects = 0),
    rect: () => void rects++,
    fill() {
      log.push(`fill ${this.fillStyle} ${rects}`);
    },
  };
  return { ctx: ctx as unknown as Ctx2D, log };
}

function manyCards(n: number): Scene {
  const scene = smallSceneFixture();
  const proto = scene.cards[0]!;
  scene.cards = Array.from({ length: n }, (_, i) => ({
    ...proto,
    element: { kind: "card", id: `c${i}` },
    rect: { x: (i % 100) * 150, y: Math.floor(i / 100) * 90, w: 120, h: 60 },
    fail_point: i % 1000 === 0,
  })) as Scene["cards"];
  scene.width = 15000;
  scene.height = 9000;
  return scene;
}

describe("minimap drawing", () => {
  it("draws lanes as bands and all cards in one fill per colour", () => {
    const scene = manyCards(10_000);
    const l = layoutMinimap(scene, 220, 140);
    const { ctx, log } = recorder();
    drawOverview(ctx, scene, l);
    const fills = log.filter((s) => s.startsWith("fill "));
    expect(fills).toEqual(["fill #5b6b7c 9990", "fill #cf222e 10"]);
    const lane = scene.lanes[0]!;
    const s = l.scale;
    expect(log).toContain(
      `fillRect ${lane.fill} ${lane.band.x * s} ${lane.band.y * s} ${lane.band.w * s} ${lane.band.h * s}`,
    );
  });

  it("outlines the visible rectangle", () => {
    const l = layoutMinimap({ width: 2000, height: 1000 }, 200, 100);
    const { ctx, log } = recorder();
    drawViewport(ctx, l, { x: 500, y: 200, w: 400, h: 300 });
    expect(log).toContain("strokeRect #1a73e8 50.75 20.75 38.5 28.5");
  });
});

/** A view of `w` × `h` scene units whose centre is where `centerOn` put it. */
function fakeView(w: number, h: number) {
  const centre = { x: w / 2, y: h / 2 };
  return {
    centre,
    visibleRect: (): Rect => ({ x: centre.x - w / 2, y: centre.y - h / 2, w, h }),
    centerOn: (p: Point) => Object.assign(centre, p),
  };
}

describe("minimap click and drag", () => {
  const l = layoutMinimap({ width: 2000, height: 1000 }, 200, 100);

  it("centres the view where the minimap is clicked", () => {
    const view = fakeView(400, 300);
    const drag = new MinimapDrag(view, () => l);
    drag.down({ x: 150, y: 60 });
    expect(view.centre).toEqual({ x: 1500, y: 600 });
    drag.move({ x: 160, y: 70 });
    expect(view.centre).toEqual({ x: 1600, y: 700 });
    drag.up();
    drag.move({ x: 10, y: 10 });
    expect(view.centre).toEqual({ x: 1600, y: 700 });
  });

  it("drags the visible rectangle from where it was grabbed, without a jump", () => {
    const view = fakeView(400, 300);
    const drag = new MinimapDrag(view, () => l);
    // The view covers scene 0..400 × 0..300, minimap 0..40 × 0..30; grab it off-centre.
    drag.down({ x: 5, y: 5 });
    expect(view.centre).toEqual({ x: 200, y: 150 });
    drag.move({ x: 25, y: 15 });
    expect(view.centre).toEqual({ x: 400, y: 250 });
  });
});
