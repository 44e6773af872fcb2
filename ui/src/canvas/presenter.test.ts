// The canvas's part of presenting: a large blueprint's overview on a 2D canvas (the
// drawing is left as it was), the frame of each stage, and what `stop` takes away.
import { describe, expect, it, vi } from "vitest";
import { Canvas } from "./canvas";
import { OVERVIEW_PAD, Presenter } from "./presenter";
import { Mirror } from "../scene/mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import { drawOverview, placeOverview, type OverviewCtx } from "./render/overview";
import { BackdropTiles, type BackdropCtx } from "./render/backdrop";
import { fitZoom, headerRight, stageCards, stageFrame, standout } from "./render/present";
import type { CardBox, Scene } from "../scene/types";
import { CULL_MIN_ITEMS } from "./render/cull";

/** A context that records what is drawn: the colours used and the texts written. */
function recorder() {
  const colours = new Set<string>();
  const texts: string[] = [];
  let rects = 0;
  const ctx = {
    set fillStyle(v: string) {
      colours.add(v);
    },
    set strokeStyle(v: string) {
      colours.add(v);
    },
    lineWidth: 1,
    globalAlpha: 1,
    font: "",
    textAlign: "left",
    save() {},
    restore() {},
    lineJoin: "miter",
    setTransform() {},
    clip() {},
    closePath() {},
    drawImage() {},
    strokeRect() {},
    clearRect() {},
    fillRect: () => void rects++,
    beginPath() {},
    rect: () => void rects++,
    moveTo() {},
    lineTo() {},
    fill() {},
    stroke() {},
    setLineDash() {},
    fillText: (t: string) => void texts.push(t),
    globalCompositeOperation: "source-over",
  } as unknown as OverviewCtx & BackdropCtx;
  return { ctx, colours, texts, rects: () => rects };
}

/** The small Scene with its first card copied until the Scene is culled. */
function largeScene(): Scene {
  const scene = smallSceneFixture();
  const first = scene.cards[0]!;
  const extra: CardBox[] = [];
  for (let i = 0; i < CULL_MIN_ITEMS; i++) {
    extra.push({
      ...first,
      element: { kind: "card", id: `x${i}` },
      rect: { ...first.rect, y: first.rect.y + (i % 3) },
    });
  }
  scene.cards.push(...extra);
  return scene;
}

function laidOutCanvas(scene: Scene) {
  const area = document.createElement("div");
  const host = document.createElement("div");
  area.append(host);
  document.body.append(area);
  const canvas = new Canvas(host);
  Object.defineProperty(host, "clientWidth", { value: 640 });
  Object.defineProperty(host, "clientHeight", { value: 360 });
  // While a culled Scene is presented the host gives its place up to the presenter's surface.
  Object.defineProperty(area, "clientWidth", { value: 640 });
  Object.defineProperty(area, "clientHeight", { value: 360 });
  canvas.render(scene, new Mirror(smallBlueprint()));
  return { area, host, canvas };
}

describe("the presenter", () => {
  it("shows a culled blueprint's overview on a 2D canvas in the Scene's paint, leaving the drawing as it was", () => {
    const scene = largeScene();
    const { area, host, canvas } = laidOutCanvas(scene);
    const rec = recorder();
    const layer = host.querySelector<SVGGElement>(".layer-present")!;
    const presenter = new Presenter(canvas, layer, () => rec.ctx);
    const zoom = canvas.zoom;
    const drawn = host.querySelectorAll(".card").length;
    presenter.start();
    presenter.show(null);
    expect(presenter.rasterShown).toBe(true);
    expect(canvas.zoom).toBe(zoom);
    expect(host.querySelectorAll(".card").length).toBe(drawn);
    const raster = area.querySelector<HTMLElement>(".present-overview")!;
    expect([raster.style.width, raster.style.height]).toEqual(["640px", "360px"]);
    // The picture is the paper's box, not the window's: the Scene fitted within the pads.
    const picture = raster.querySelector("canvas")!;
    const place = placeOverview(scene, 640, 360, OVERVIEW_PAD);
    const [pw, ph] = [parseFloat(picture.style.width), parseFloat(picture.style.height)];
    expect(pw).toBeLessThanOrEqual(Math.ceil(scene.width * place.scale) + 3);
    expect(ph).toBeLessThanOrEqual(Math.ceil(scene.height * place.scale) + 3);
    expect(Math.min(pw, ph)).toBeGreaterThan(0);
    expect(pw < 640 || ph < 360).toBe(true);
    expect(parseFloat(picture.style.left)).toBeCloseTo(Math.max(0, Math.floor(place.x) - 1), 5);
    // Every colour is the Scene's.
    const p = scene.paint;
    const paints = new Set([
      p.page,
      p.lane.header_fill,
      p.lane.stroke,
      p.lane.name,
      p.stage.fill,
      p.stage.separator,
      p.stage.name,
      p.connector.stroke,
      p.card.normal.fill,
      p.card.normal.stroke,
      p.card.normal.text,
      p.card.fail_point.fill,
      p.card.fail_point.stroke,
      p.card.fail_point.text,
      p.title.title,
      ...scene.lanes.map((l) => l.fill),
      ...scene.lines.map((l) => l.color),
    ]);
    expect([...rec.colours].filter((c) => !paints.has(c))).toEqual([]);
    // Every card's box, in one path per paint.
    expect(rec.rects()).toBeGreaterThanOrEqual(scene.cards.length);
    // A stage's step is drawn on the presenter's surface: the stage's column as SVG (its
    // cards only), the rest on the 2D canvas; the drawing keeps its zoom and its nodes.
    presenter.show(1);
    expect(presenter.rasterShown).toBe(false);
    expect(canvas.zoom).toBe(zoom);
    expect(host.querySelectorAll(".card").length).toBe(drawn);
    const stage = area.querySelector<SVGSVGElement>("svg.present-stage")!;
    expect(area.querySelector<HTMLElement>(".present-stage-frame")!.style.display).toBe("");
    expect([...stage.querySelectorAll(".card")].map((c) => c.getAttribute("data-id"))).toEqual(["c3"]);
    expect(rec.texts).toContain("Arrive");
    presenter.stop();
    expect(
      area.querySelector(
        ".present-overview, .present-headers, .present-shield, .present-stage-frame, .present-backdrop",
      ),
    ).toBeNull();
    expect(host.classList.contains("presenting")).toBe(false);
    expect(host.classList.contains("present-surface")).toBe(false);
    expect(layer.childElementCount).toBe(0);
  });

  it("enters with the overview drawn ahead while the editor was idle", () => {
    vi.useFakeTimers();
    try {
      const scene = largeScene();
      const { area, host, canvas } = laidOutCanvas(scene);
      const rec = recorder();
      const presenter = new Presenter(canvas, host.querySelector<SVGGElement>(".layer-present")!, () => rec.ctx);
      // A Scene comes: once the editor has been idle, the overview is drawn for the full
      // screen presenting asks for (jsdom's window: 1024 × 768).
      canvas.render(scene, new Mirror(smallBlueprint()));
      expect(rec.rects()).toBe(0);
      vi.advanceTimersByTime(1000);
      const ahead = rec.rects();
      expect(ahead).toBeGreaterThanOrEqual(scene.cards.length);
      // This view is 640 × 360 (the window did not become full screen): the picture is
      // fitted into it at once, and drawn for it after a moment.
      presenter.start();
      presenter.show(null);
      expect(presenter.overviewShown).toBe("fitted");
      expect(rec.rects()).toBe(ahead);
      const picture = area.querySelector<HTMLCanvasElement>(".present-overview > canvas")!;
      expect(parseFloat(picture.style.width)).toBeLessThanOrEqual(640);
      vi.advanceTimersByTime(1000);
      expect(rec.rects()).toBeGreaterThan(ahead);
      presenter.stop();
      // The next presentation has this view again: entering draws nothing.
      vi.advanceTimersByTime(1000);
      const before = rec.rects();
      presenter.start();
      presenter.show(null);
      expect(presenter.overviewShown).toBe("kept");
      expect(rec.rects()).toBe(before);
      expect(area.querySelector(".present-overview > canvas")).toBe(picture);
      presenter.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("lays out ahead, unseen, the column a step will show, so the step makes no nodes", () => {
    vi.useFakeTimers();
    try {
      const scene = largeScene();
      const { area, host, canvas } = laidOutCanvas(scene);
      const presenter = new Presenter(canvas, host.querySelector<SVGGElement>(".layer-present")!, () => recorder().ctx);
      const node = (id: string) => area.querySelector(`svg.present-stage [data-id="${id}"]`);
      presenter.start();
      presenter.show(null);
      const frame = area.querySelector<HTMLElement>(".present-stage-frame")!;
      expect(frame.style.display).toBe("none");
      // Once the overview is painted, the first stage's column is there, of no width.
      vi.advanceTimersByTime(200);
      expect([frame.style.display, frame.style.width]).toEqual(["", "0px"]);
      const c1 = node("c1");
      expect(c1).not.toBeNull();
      presenter.show(0);
      expect(parseFloat(frame.style.width)).toBeGreaterThan(0);
      expect(node("c1")).toBe(c1);
      expect(node("c3")).toBeNull();
      // Once the step is painted, the next stage's cards are drawn too (outside the frame).
      vi.advanceTimersByTime(200);
      const c3 = node("c3");
      expect(c3).not.toBeNull();
      presenter.show(1);
      expect(node("c3")).toBe(c3);
      // The stage it came from is kept, not made again.
      expect(node("c1")).toBe(c1);
      presenter.show(0);
      expect(node("c1")).toBe(c1);
      expect(node("c3")).toBe(c3);
      presenter.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("writes names only where they can be read", () => {
    const scene = smallSceneFixture();
    const big = recorder();
    drawOverview(big.ctx, scene, placeOverview(scene, 1640, 848), { width: 1640, height: 848, ratio: 1 });
    expect(big.texts).toContain("Arrive");
    expect(big.texts).toContain("Walks in");
    const small = recorder();
    drawOverview(small.ctx, scene, placeOverview(scene, 160, 90), { width: 160, height: 90, ratio: 1 });
    expect(small.texts).toEqual([]);
  });
});

describe("a stage's frame", () => {
  it("reaches from the lane headers' width before the column to its right edge, and over every lane", () => {
    const scene = smallSceneFixture();
    expect(headerRight(scene)).toBe(204);
    expect(stageFrame(scene, 0)).toEqual({ x: 0, y: 50, w: 204 + 224 + 16, h: 400 + 16 - 50 });
    expect(stageFrame(scene, 1)).toEqual({ x: 224, y: 50, w: 204 + 224 + 16, h: 366 });
    expect(stageFrame(scene, 2)).toBeNull();
    // Fitted, within bounds; a tall frame keeps the smallest zoom (shown from its top).
    expect(fitZoom({ x: 0, y: 0, w: 400, h: 200 }, 800, 800, 0.5, 2.5)).toBe(2);
    expect(fitZoom({ x: 0, y: 0, w: 400, h: 9000 }, 1280, 720, 0.5, 2.5)).toBe(0.5);
    expect(fitZoom({ x: 0, y: 0, w: 40, h: 20 }, 1280, 720, 0.5, 2.5)).toBe(2.5);
  });

  it("knows its cards and which of them stand out", () => {
    const scene = smallSceneFixture();
    const ids = (cards: CardBox[]) => cards.map((c) => (c.element.kind === "card" ? c.element.id : ""));
    expect(ids(stageCards(scene, scene.stages[0]!))).toEqual(["c1", "c2"]);
    expect(ids(stageCards(scene, scene.stages[1]!))).toEqual(["c3"]);
    expect(scene.cards.map(standout)).toEqual([null, null, "fail_point"]);
  });
});

describe("the backdrop's tiles", () => {
  it("draws the tiles nearest the stage first within the step's budget, and keeps them for the next step", () => {
    const scene = smallSceneFixture();
    const rec = recorder();
    let t = 0;
    const tiles = new BackdropTiles(
      document,
      () => rec.ctx,
      () => "sans-serif",
      () => (t += 10),
    );
    document.body.append(tiles.element);
    // One tile per stage column and one for the lane headers before them.
    const s1 = scene.stages[1]!;
    const view = { zoom: 1, x: 0, y: 0, width: scene.width, height: 360, ratio: 1 };
    const middle = s1.x + s1.width / 2;
    tiles.show(scene, view, middle);
    // The budget (25 ms on this clock of 10 ms a reading) draws two: the neighbour of the
    // framed stage's column, then the lane headers' (the column's own, under its svg, last).
    expect(tiles.drawn).toBe(2);
    const lefts = () =>
      [...tiles.element.querySelectorAll<HTMLCanvasElement>("canvas")].map((c) => parseFloat(c.style.left));
    expect(lefts()).toEqual([scene.stages[0]!.x, 0]);
    expect(tiles.element.hidden).toBe(false);
    // The same view again: the drawn tiles are kept, and the last one is drawn.
    tiles.show(scene, view, middle);
    expect(tiles.drawn).toBe(3);
    expect(lefts()).toContain(s1.x);
    tiles.clear();
    expect(tiles.drawn).toBe(0);
    tiles.element.remove();
  });

  it("draws the next step's tiles once the step is drawn whole and painted", () => {
    vi.useFakeTimers();
    try {
      const scene = smallSceneFixture();
      const rec = recorder();
      const tiles = new BackdropTiles(
        document,
        () => rec.ctx,
        () => "sans-serif",
      );
      document.body.append(tiles.element);
      const s1 = scene.stages[1]!;
      const size = { zoom: 1, y: 0, height: 360, ratio: 1 };
      const lefts = () =>
        [...tiles.element.querySelectorAll<HTMLCanvasElement>("canvas")].map((c) => parseFloat(c.style.left));
      // This view ends where the second stage begins; the next one shows that stage.
      const view = { ...size, x: 0, width: s1.x };
      const next = { view: { ...size, x: s1.x, width: scene.width - s1.x }, focus: s1.width / 2 };
      tiles.show(scene, view, s1.x / 2, next);
      // Not in the two frames after the step (its paint, and the one after).
      vi.advanceTimersByTime(40);
      expect(lefts()).not.toContain(s1.x);
      vi.advanceTimersByTime(100);
      expect(lefts()).toContain(s1.x);
      // A next view at another zoom has tiles of its own: none are drawn ahead for it.
      tiles.clear();
      tiles.show(scene, view, s1.x / 2, { ...next, view: { ...next.view, zoom: 2 } });
      const shown = lefts();
      expect(shown.length).toBeGreaterThan(0);
      vi.advanceTimersByTime(200);
      expect(lefts()).toEqual(shown);
      tiles.clear();
      tiles.element.remove();
    } finally {
      vi.useRealTimers();
    }
  });
});
