import { describe, expect, it, vi } from "vitest";
import { Canvas, ZOOM_MAX, ZOOM_MIN } from "./canvas";
import { Viewport, wheelZoomFactor, type Zoomable } from "./viewport";
import { MinimapDrag, layoutMinimap } from "./render/minimap";
import { Mirror } from "../scene/mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";

// jsdom has no layout. This stands in for the browser's: the host sits at (HX, HY) in the
// window and shows W × H pixels; the svg is at the top-left of its scrolled content, as
// large as its width/height attributes; scrolling is clamped to the content like a browser's.
const HX = 100;
const HY = 50;
const W = 300;
const H = 200;

function laidOut() {
  const host = document.createElement("div");
  document.body.append(host);
  const canvas = new Canvas(host);
  canvas.render(smallSceneFixture(), new Mirror(smallBlueprint()));
  const svg = canvas.svg;
  const size = (a: string) => Number(svg.getAttribute(a) ?? 0);
  const scroll = { left: 0, top: 0 };
  const rect = (x: number, y: number, w: number, h: number) =>
    ({ left: x, top: y, x, y, width: w, height: h, right: x + w, bottom: y + h, toJSON() {} }) as DOMRect;
  host.getBoundingClientRect = () => rect(HX, HY, W, H);
  svg.getBoundingClientRect = () => rect(HX - scroll.left, HY - scroll.top, size("width"), size("height"));
  Object.defineProperty(host, "clientWidth", { value: W });
  Object.defineProperty(host, "clientHeight", { value: H });
  Object.defineProperty(host, "scrollLeft", {
    get: () => scroll.left,
    set: (v: number) => (scroll.left = Math.max(0, Math.min(v, size("width") - W))),
  });
  Object.defineProperty(host, "scrollTop", {
    get: () => scroll.top,
    set: (v: number) => (scroll.top = Math.max(0, Math.min(v, size("height") - H))),
  });
  return { host, canvas, scroll };
}

describe("toScene under zoom and scroll", () => {
  it("maps client points to scene units at any zoom and scroll position", () => {
    const { host, canvas } = laidOut();
    expect(canvas.toScene(HX + 10, HY + 20)).toEqual({ x: 10, y: 20 });
    canvas.zoomAt(2, HX, HY);
    host.scrollLeft = 300;
    host.scrollTop = 120;
    // 10 px into the host, 300 px scrolled, at 2×: scene x = (10 + 300) / 2.
    expect(canvas.toScene(HX + 10, HY + 20)).toEqual({ x: 155, y: 70 });
    const back = canvas.toClient({ x: 155, y: 70 });
    expect(back).toEqual({ x: HX + 10, y: HY + 20 });
    expect(canvas.visibleRect()).toEqual({ x: 150, y: 60, w: W / 2, h: H / 2 });
  });
});

describe("zooming at a point", () => {
  it("keeps the scene point under the pointer where it is", () => {
    const { canvas } = laidOut();
    const at = { x: HX + 220, y: HY + 150 };
    const before = canvas.toScene(at.x, at.y);
    for (const z of [1.5, 2.7, 4, 1.9]) {
      canvas.zoomAt(z, at.x, at.y);
      expect(canvas.zoom).toBe(z);
      const p = canvas.toScene(at.x, at.y);
      expect(p.x).toBeCloseTo(before.x, 6);
      expect(p.y).toBeCloseTo(before.y, 6);
    }
  });

  it("clamps the zoom, and zooms by the clamped amount", () => {
    const { canvas, scroll } = laidOut();
    canvas.zoomAt(2, HX + 100, HY + 100);
    canvas.zoomAt(100, HX + 100, HY + 100);
    expect(canvas.zoom).toBe(ZOOM_MAX);
    // Scene point (100, 100) stays 100 px into the host at the clamped zoom.
    expect(scroll.left).toBeCloseTo(100 * ZOOM_MAX - 100, 6);
    expect(canvas.toScene(HX + 100, HY + 100).x).toBeCloseTo(100, 6);
    canvas.zoomAt(0.001, HX, HY);
    expect(canvas.zoom).toBe(ZOOM_MIN);
    // The content is smaller than the host now: no scroll is left.
    expect(scroll).toEqual({ left: 0, top: 0 });
  });

  it("zooms from menus and keys about the visible centre", () => {
    const { host, canvas } = laidOut();
    canvas.zoomAt(2, HX, HY);
    host.scrollLeft = 200;
    host.scrollTop = 100;
    const centre = { x: HX + W / 2, y: HY + H / 2 };
    const before = canvas.toScene(centre.x, centre.y);
    canvas.zoomIn();
    expect(canvas.zoom).toBeCloseTo(2.5, 6);
    expect(canvas.toScene(centre.x, centre.y).x).toBeCloseTo(before.x, 6);
    expect(canvas.toScene(centre.x, centre.y).y).toBeCloseTo(before.y, 6);
    canvas.actualSize();
    expect(canvas.zoom).toBe(1);
    expect(canvas.toScene(centre.x, centre.y).x).toBeCloseTo(before.x, 6);
  });

  it("tells viewport listeners about zoom and scroll until they unsubscribe", () => {
    const { host, canvas } = laidOut();
    const seen: number[] = [];
    const off = canvas.onViewportChange(() => seen.push(canvas.zoom));
    canvas.zoomIn();
    host.dispatchEvent(new Event("scroll"));
    expect(seen).toEqual([1.25, 1.25]);
    off();
    canvas.zoomOut();
    expect(seen).toHaveLength(2);
  });

  it("tells scene listeners about every render", () => {
    const { canvas } = laidOut();
    const scenes: number[] = [];
    canvas.onScene((s) => scenes.push(s.cards.length));
    canvas.render(smallSceneFixture(), new Mirror(smallBlueprint()));
    expect(scenes).toEqual([3]);
  });
});

describe("scrolling to a scene point", () => {
  it("centres a point, and a minimap click scrolls the canvas there", () => {
    const { canvas, scroll } = laidOut();
    canvas.zoomAt(2, HX, HY);
    canvas.centerOn({ x: 300, y: 200 });
    expect(scroll).toEqual({ left: 600 - W / 2, top: 400 - H / 2 });
    const scene = canvas.current!;
    const l = layoutMinimap(scene, 200, 200);
    const drag = new MinimapDrag(canvas, () => l);
    drag.down({ x: 100 * l.scale, y: 150 * l.scale });
    const v = canvas.visibleRect();
    expect(v.x + v.w / 2).toBeCloseTo(100, 6);
    expect(v.y + v.h / 2).toBeCloseTo(150, 6);
  });

  it("fits the whole scene in the host", () => {
    const { canvas } = laidOut();
    canvas.zoomAt(3, HX + 50, HY + 50);
    canvas.fit();
    const scene = canvas.current!;
    expect(canvas.zoom).toBeCloseTo(Math.min(W / scene.width, H / scene.height), 6);
    const v = canvas.visibleRect();
    expect(v.x).toBe(0);
    expect(v.y).toBe(0);
    expect(v.w).toBeGreaterThanOrEqual(scene.width - 1e-6);
    expect(v.h).toBeGreaterThanOrEqual(scene.height - 1e-6);
  });
});

function fakeCanvas() {
  const calls: [number, number, number][] = [];
  const c: Zoomable = {
    zoom: 1,
    zoomAt(z, x, y) {
      calls.push([z, x, y]);
      this.zoom = z;
    },
  };
  return { c, calls };
}

function harness() {
  const host = document.createElement("div");
  const child = document.createElement("div");
  host.append(child);
  document.body.append(host);
  const { c, calls } = fakeCanvas();
  const frames: (() => void)[] = [];
  const target = new EventTarget();
  const viewport = new Viewport(c, host, (cb) => frames.push(cb), target);
  const flush = () => frames.splice(0).forEach((f) => f());
  return { host, child, c, calls, viewport, target, flush };
}

const wheel = (init: WheelEventInit) => new WheelEvent("wheel", { bubbles: true, cancelable: true, ...init });

function key(type: string, target: EventTarget, init: KeyboardEventInit = {}) {
  const e = new KeyboardEvent(type, { key: " ", bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

function pointer(type: string, target: Element, x: number, y: number, button = 0) {
  const Ctor = (globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent;
  const e = new Ctor(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button });
  Object.defineProperty(e, "pointerId", { value: 7 });
  target.dispatchEvent(e);
  return e;
}

describe("wheel", () => {
  it("caps one wheel notch at about one zoom step and keeps pinch steps fine", () => {
    expect(wheelZoomFactor(-100)).toBeCloseTo(Math.exp(0.25), 6);
    expect(wheelZoomFactor(100)).toBeCloseTo(Math.exp(-0.25), 6);
    expect(wheelZoomFactor(-3)).toBeCloseTo(Math.exp(0.03), 6);
    // Lines (Firefox) count as 16 px each.
    expect(wheelZoomFactor(1, 1)).toBeCloseTo(Math.exp(-0.16), 6);
  });

  it("zooms with Ctrl + wheel at the pointer, once per frame", () => {
    const { host, calls, flush } = harness();
    const a = wheel({ deltaY: -10, ctrlKey: true, clientX: 40, clientY: 30 });
    const b = wheel({ deltaY: -10, ctrlKey: true, clientX: 42, clientY: 31 });
    host.dispatchEvent(a);
    host.dispatchEvent(b);
    expect(a.defaultPrevented && b.defaultPrevented).toBe(true);
    expect(calls).toEqual([]);
    flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBeCloseTo(Math.exp(0.2), 6);
    expect(calls[0]!.slice(1)).toEqual([42, 31]);
  });

  it("leaves plain wheel scrolling native, and turns Shift + wheel sideways", () => {
    const { host, calls, flush } = harness();
    const plain = wheel({ deltaY: 50 });
    host.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
    const shifted = wheel({ deltaY: 50, shiftKey: true });
    host.dispatchEvent(shifted);
    expect(shifted.defaultPrevented).toBe(true);
    expect(host.scrollLeft).toBe(50);
    flush();
    expect(calls).toEqual([]);
  });

  it("moves the drawing with a wheel from beside the host (the pinned headers), summed once per frame", () => {
    const { host, calls, viewport, flush } = harness();
    let writes = 0;
    const at = { left: 0, top: 0 };
    for (const side of ["left", "top"] as const) {
      Object.defineProperty(host, side === "left" ? "scrollLeft" : "scrollTop", {
        get: () => at[side],
        set: (v: number) => {
          writes++;
          at[side] = v;
        },
      });
    }
    const events = [wheel({ deltaY: 30 }), wheel({ deltaX: 5, deltaY: 20 }), wheel({ deltaY: 10, shiftKey: true })];
    for (const e of events) viewport.forwardWheel(e);
    expect(events.every((e) => e.defaultPrevented)).toBe(true);
    expect(writes).toBe(0);
    flush();
    // Shift + wheel without a sideways delta scrolls sideways.
    expect(at).toEqual({ left: 15, top: 50 });
    expect(writes).toBe(2);
    // Ctrl + wheel zooms, coalesced with the host's own.
    viewport.forwardWheel(wheel({ deltaY: -10, ctrlKey: true, clientX: 4, clientY: 5 }));
    viewport.forwardWheel(wheel({ deltaY: -10, ctrlKey: true, clientX: 6, clientY: 7 }));
    expect(calls).toEqual([]);
    flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBeCloseTo(Math.exp(0.2), 6);
    expect(at).toEqual({ left: 15, top: 50 });
  });

  it("follows Safari's pinch gesture from the zoom it started at", () => {
    const { host, c, calls } = harness();
    c.zoom = 2;
    const g = (type: string, scale: number) => {
      const e = new UIEvent(type, { cancelable: true });
      Object.assign(e, { scale, clientX: 5, clientY: 6 });
      host.dispatchEvent(e);
    };
    g("gesturestart", 1);
    g("gesturechange", 1.5);
    g("gesturechange", 0.5);
    g("gestureend", 0.5);
    expect(calls).toEqual([
      [3, 5, 6],
      [1, 5, 6],
    ]);
  });
});

describe("panning", () => {
  it("holds space for a grab cursor; a drag pans and keeps the press from the canvas", () => {
    const { host, child, viewport, target } = harness();
    const canvasSaw = vi.fn();
    child.addEventListener("pointerdown", canvasSaw);
    child.addEventListener("click", canvasSaw);
    host.scrollLeft = 100;
    host.scrollTop = 80;
    const down = key("keydown", target);
    expect(down.defaultPrevented).toBe(true);
    expect(viewport.state).toBe("ready");
    expect(host.classList.contains("pan-ready")).toBe(true);
    key("keydown", target, { repeat: true });
    pointer("pointerdown", child, 50, 50);
    expect(viewport.state).toBe("panning");
    expect(host.classList.contains("panning")).toBe(true);
    pointer("pointermove", child, 30, 45);
    expect([host.scrollLeft, host.scrollTop]).toEqual([120, 85]);
    pointer("pointerup", child, 30, 45);
    pointer("click", child, 30, 45);
    expect(canvasSaw).not.toHaveBeenCalled();
    expect(viewport.state).toBe("ready");
    key("keyup", target);
    expect(viewport.state).toBe("idle");
    expect(host.className).toBe("");
    // Without space, a press is the canvas's again.
    pointer("pointerdown", child, 50, 50);
    expect(canvasSaw).toHaveBeenCalledOnce();
  });

  it("does not take space typed in a text field", () => {
    const { host, viewport, target } = harness();
    const field = document.createElement("textarea");
    host.append(field);
    // Key events reach the window from the field: the target is the field.
    const e = new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true });
    Object.defineProperty(e, "target", { value: field });
    target.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(viewport.state).toBe("idle");
    pointer("pointerdown", field, 10, 10);
    expect(viewport.state).toBe("idle");
  });

  it("pans with the middle button without space, and forgets space when the window loses focus", () => {
    const { host, child, viewport, target } = harness();
    host.scrollLeft = 100;
    const down = pointer("pointerdown", child, 50, 50, 1);
    expect(down.defaultPrevented).toBe(true);
    expect(viewport.state).toBe("panning");
    pointer("pointermove", child, 20, 50, 1);
    expect(host.scrollLeft).toBe(130);
    pointer("pointerup", child, 20, 50, 1);
    expect(viewport.state).toBe("idle");
    key("keydown", target);
    target.dispatchEvent(new Event("blur"));
    expect(viewport.state).toBe("idle");
    pointer("pointerdown", child, 50, 50);
    expect(viewport.state).toBe("idle");
  });
});
