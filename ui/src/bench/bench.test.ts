import { describe, expect, it } from "vitest";
import { dragWindow, frameStats, median, p95, type Frame } from "./stats";
import { leftmostOfFirstRow, pressCandidates, scrollFor, DRAG_DX, DRAG_DY } from "./drag-plan";
import { benchParams } from "./params";

describe("statistics", () => {
  it("median and p95 follow the peer page's definitions", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(p95(hundred)).toBe(95);
    expect(p95([7])).toBe(7);
  });

  it("idle cadence counts intervals, not timestamps, and long frames over 50 ms", () => {
    const s = frameStats([0, 16, 33, 50, 120, 136], 136);
    expect(s.frames).toBe(5);
    expect(s.fps).toBe(36.8);
    expect(s.frameMedianMs).toBe(17);
    expect(s.longFrames50).toBe(1);
  });
});

describe("drag window", () => {
  // Press at 100, release at 300; frames every 50 ms, moves handled before some of them.
  const frames: Frame[] = [
    { ts: 50, now: 51, moves: 0 },
    { ts: 100, now: 99, moves: 0 },
    { ts: 150, now: 151, moves: 2 },
    { ts: 200, now: 201, moves: 2 },
    { ts: 250, now: 251, moves: 5 },
    { ts: 300, now: 299, moves: 6 },
    { ts: 350, now: 351, moves: 6 },
  ];

  it("takes the frames between press and release, anchored on the frame before the press", () => {
    const s = dragWindow(frames, 100, 300);
    expect(s.dragMs).toBe(200);
    expect(s.frames).toBe(4);
    expect(s.fps).toBe(20);
    expect(s.frameMedianMs).toBe(50);
    expect(s.longFrames50).toBe(0);
  });

  it("counts as updates only the frames that carried a new move", () => {
    const s = dragWindow(frames, 100, 300);
    expect(s.updates).toBe(3);
    expect(s.updatesPerSec).toBe(15);
    // Updates at 150, 250 and 300 ms.
    expect(s.updateMedianMs).toBe(75);
  });

  it("counts the first frame as an update when no frame precedes the press", () => {
    const s = dragWindow(frames.slice(2), 100, 300);
    expect(s.frames).toBe(4);
    expect(s.updates).toBe(3);
  });
});

describe("drag plan geometry", () => {
  const view = { left: 0, top: 40, right: 1280, bottom: 800 };

  it("leaves the scroll alone when the card and the drag fit", () => {
    expect(scrollFor({ x: 200, y: 200, w: 120, h: 48 }, view, { left: 0, top: 0 })).toEqual({ left: 0, top: 0 });
  });

  it("scrolls a card below the fold to 240 px from the top", () => {
    expect(scrollFor({ x: 200, y: 900, w: 120, h: 48 }, view, { left: 0, top: 0 })).toEqual({ left: 0, top: 660 });
  });

  it("scrolls when the drag would leave the view on the right, never below 0", () => {
    const to = scrollFor({ x: 700, y: 200, w: 120, h: 48 }, view, { left: 0, top: 0 });
    expect(to.left).toBe(620);
    expect(700 - to.left + 120 + DRAG_DX).toBeLessThan(view.right);
    expect(scrollFor({ x: 10, y: 10, w: 120, h: 48 }, view, { left: 300, top: 300 })).toEqual({ left: 0, top: 0 });
  });

  it("keeps the card clear of the headers pinned at the view's left and top", () => {
    const pinned = { left: 204, top: 170 };
    // At the left, it would fit the peer page's 80 px: the pinned lane column covers that.
    expect(scrollFor({ x: 220, y: 300, w: 120, h: 48 }, view, { left: 0, top: 0 }, pinned)).toEqual({
      left: 0,
      top: 0,
    });
    const to = scrollFor({ x: 900, y: 900, w: 120, h: 48 }, view, { left: 0, top: 0 }, pinned);
    expect(900 - to.left).toBe(204 + 80);
    expect(900 - to.top).toBe(240);
    expect(scrollFor({ x: 900, y: 900, w: 120, h: 48 }, view, { left: 0, top: 0 }, { left: 0, top: 400 }).top).toBe(
      460,
    );
  });

  it("offers press points inside the card, its padding first", () => {
    const card = { x: 100, y: 200, w: 120, h: 48 };
    const pts = pressCandidates(card);
    expect(pts[0]).toEqual([106, 224]);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThan(card.x);
      expect(x).toBeLessThan(card.x + card.w);
      expect(y).toBeGreaterThan(card.y);
      expect(y).toBeLessThan(card.y + card.h);
    }
    expect(pts[pts.length - 1]).toEqual([160, 224]);
    expect(DRAG_DY).toBe(150);
  });

  it("picks the leftmost card of the topmost row", () => {
    const r = (x: number, y: number) => ({ x, y, w: 10, h: 10 });
    const cards = [
      { id: "b", rect: r(300, 100) },
      { id: "a", rect: r(100, 180) },
      { id: "c", rect: r(200, 100.5) },
    ];
    expect(leftmostOfFirstRow(cards)?.id).toBe("c");
    expect(leftmostOfFirstRow([])).toBeNull();
  });
});

describe("benchmark parameters", () => {
  it("is off without n, and uses the core's stage count with it", () => {
    expect(benchParams("")).toBeNull();
    expect(benchParams("?foo=1")).toBeNull();
    expect(benchParams("?n=200&runs=1")).toEqual({ n: 200, s: 8 });
    expect(benchParams("?n=5000")).toEqual({ n: 5000, s: 40 });
    expect(benchParams("?n=10")).toEqual({ n: 10, s: 4 });
    expect(benchParams("?n=5000&panel=measures")).toEqual({ n: 5000, s: 40, panel: "measures" });
    expect(benchParams("?n=5000&panel=rules")).toEqual({ n: 5000, s: 40 });
    expect(benchParams("?n=200&open=fitted")).toEqual({ n: 200, s: 8, fitted: true });
  });
});
