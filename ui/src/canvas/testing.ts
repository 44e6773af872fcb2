// Test helpers for canvas gestures: a canvas over the small fixture that records the
// commands it sends, and pointer events. jsdom has no layout: the SVG sits at (0, 0), so
// client coordinates are scene coordinates (at zoom 1).

import { Canvas } from "./canvas";
import { Mirror } from "../scene/mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Applied, Blueprint, Command } from "../scene/types";

export function pointer(type: string, target: Element, x: number, y: number, init: MouseEventInit = {}): void {
  const Ctor = (globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent;
  const e = new Ctor(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, ...init });
  Object.defineProperty(e, "pointerId", { value: 1 });
  target.dispatchEvent(e);
}

/** Press on `target` at (x, y), move through `path`, and release at the last point. */
export function drag(canvas: Canvas, target: Element, from: [number, number], ...path: [number, number][]): void {
  pointer("pointerdown", target, ...from);
  for (const p of path) pointer("pointermove", canvas.svg, ...p);
  const end = path[path.length - 1] ?? from;
  pointer("pointerup", canvas.svg, ...end);
}

export interface CanvasOptions {
  /** Change the fixture document before it is drawn. */
  doc?: (b: Blueprint) => void;
  /** What the core answers a command with (default: nothing). */
  reply?: (c: Command) => Applied | null;
}

/** A canvas drawing the small fixture, recording the commands it sends in `sent`. */
export function setupCanvas(opts: CanvasOptions = {}) {
  const host = document.createElement("div");
  document.body.append(host);
  const sent: Command[] = [];
  /** What gestures told the core to expect (null: the gesture ended). */
  const expected: (Command | null)[] = [];
  const canvas = new Canvas(host, {
    command: async (c) => {
      sent.push(c);
      return opts.reply?.(c) ?? null;
    },
    expect: (c) => expected.push(c),
  });
  const doc = smallBlueprint();
  opts.doc?.(doc);
  const mirror = new Mirror(doc);
  const scene = smallSceneFixture();
  canvas.render(scene, mirror);
  const q = (sel: string) => host.querySelector(sel)!;
  return { host, canvas, mirror, scene, sent, expected, q };
}
