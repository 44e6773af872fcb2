// The overview's picture drawn ahead: only once the editor has been idle, a slice at a
// time, again for every new Scene, and not at all when entering finds it drawn.
import { describe, expect, it } from "vitest";
import { smallSceneFixture } from "../../fixtures";
import type { CardBox, Scene } from "../../scene/types";
import { AHEAD_QUIET_MS, OverviewPicture, paperOf, type Clock, type OverviewKey } from "./overview-picture";
import { OVERVIEW_SLICE_ITEMS, type OverviewCtx } from "./overview";

/** Timers run by hand; every reading of the clock moves it on by `tick` ms. */
function manualClock(tick: number) {
  let t = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => (t += tick),
    later: (run, ms) => {
      timers.set(next, { at: t + ms, run });
      return next++;
    },
    cancel: (id) => void timers.delete(id as number),
  };
  /** Run the timers due within `ms` from now, in order, as they come due. */
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      t = Math.max(t, due[1].at);
      due[1].run();
    }
    t = Math.max(t, end);
  };
  return { clock, advance, pending: () => timers.size };
}

/** A context that counts the card boxes drawn. */
function counter() {
  let rects = 0;
  const noop = () => {};
  const ctx = {
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    globalAlpha: 1,
    font: "",
    textAlign: "left",
    save: noop,
    restore: noop,
    setTransform: noop,
    clearRect: noop,
    fillRect: noop,
    beginPath: noop,
    rect: () => void rects++,
    moveTo: noop,
    lineTo: noop,
    fill: noop,
    stroke: noop,
    setLineDash: noop,
    fillText: noop,
  } as unknown as OverviewCtx;
  return { ctx, rects: () => rects };
}

/** The small Scene with its first card copied `n` times. */
function sceneOf(n: number): Scene {
  const scene = smallSceneFixture();
  const first = scene.cards[0]!;
  const extra: CardBox[] = [];
  for (let i = 0; i < n; i++) extra.push({ ...first, element: { kind: "card", id: `x${i}` } });
  scene.cards.push(...extra);
  return scene;
}

function setUp(tick = 1) {
  const { clock, advance, pending } = manualClock(tick);
  const count = counter();
  const picture = new OverviewPicture(
    document,
    () => count.ctx,
    () => "sans-serif",
    24,
    clock,
  );
  return { picture, advance, pending, rects: count.rects };
}

describe("the overview's picture", () => {
  it("is drawn ahead only after the editor has been idle, then kept for entering", () => {
    const { picture, advance, rects } = setUp();
    const scene = sceneOf(3 * OVERVIEW_SLICE_ITEMS);
    const key: OverviewKey = { scene, w: 1280, h: 720, ratio: 2 };
    picture.ahead(() => key);
    advance(AHEAD_QUIET_MS - 1);
    // Another Scene came meanwhile: the wait starts again.
    const next = { ...key, scene: sceneOf(3 * OVERVIEW_SLICE_ITEMS) };
    picture.ahead(() => next);
    advance(AHEAD_QUIET_MS - 1);
    expect(rects()).toBe(0);
    expect(picture.drawnFor).toBeNull();
    advance(AHEAD_QUIET_MS);
    expect(picture.drawnFor).toBe(next);
    const drawn = rects();
    expect(drawn).toBeGreaterThanOrEqual(next.scene.cards.length);
    // The canvas is the paper's box, in device pixels.
    const paper = paperOf(next, 24);
    expect([picture.canvas.width, picture.canvas.height]).toEqual([Math.round(paper.w * 2), Math.round(paper.h * 2)]);
    // Entering with that Scene at that size draws nothing.
    expect(picture.draw({ ...next })).toEqual(paper);
    expect(rects()).toBe(drawn);
    // At another size it is drawn then.
    picture.draw({ ...next, w: 1920, h: 1080 });
    expect(rects()).toBeGreaterThan(drawn);
  });

  it("gives the page back between slices, and entering finishes a picture half drawn", () => {
    // Each reading of the clock is 4 ms: a slice's budget holds two pauses at most.
    const { picture, advance, pending, rects } = setUp(4);
    const scene = sceneOf(6 * OVERVIEW_SLICE_ITEMS);
    const key: OverviewKey = { scene, w: 3840, h: 2160, ratio: 1 };
    picture.ahead(() => key);
    advance(AHEAD_QUIET_MS);
    // The first go drew part of it and left the rest for the next.
    expect(picture.drawnFor).toBeNull();
    expect(pending()).toBe(1);
    const part = rects();
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(scene.cards.length);
    picture.pause();
    expect(pending()).toBe(0);
    picture.draw(key);
    expect(picture.drawnFor).toBe(key);
    // Finished from where it was, not begun again: as many boxes as one whole drawing.
    const once = setUp();
    once.picture.draw(key);
    expect(rects()).toBe(once.rects());
    expect(once.rects()).toBeGreaterThanOrEqual(scene.cards.length);
  });

  it("draws nothing ahead when there is nothing to draw, and frees its pixels when released", () => {
    const { picture, advance, rects } = setUp();
    picture.ahead(() => null);
    advance(AHEAD_QUIET_MS);
    expect(rects()).toBe(0);
    const key: OverviewKey = { scene: sceneOf(10), w: 800, h: 600, ratio: 1 };
    picture.draw(key);
    expect(picture.canvas.width).toBeGreaterThan(0);
    picture.release();
    expect(picture.drawnFor).toBeNull();
    expect([picture.canvas.width, picture.canvas.height]).toEqual([0, 0]);
  });
});
