// Shared set-up for the connector gesture tests (jsdom: no layout, the SVG sits at (0, 0),
// so client coordinates are scene coordinates). The small fixture has cards c1, c2 (one
// column) and c3 (the next stage) and connector a1 from c1 to c3.

import { Canvas } from "./canvas";
import { Mirror } from "../mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Applied, Blueprint, Command } from "../types";

export function pointer(type: string, target: Element, x: number, y: number): void {
  const Ctor = (globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent;
  const e = new Ctor(type, { bubbles: true, clientX: x, clientY: y, button: 0 });
  Object.defineProperty(e, "pointerId", { value: 1 });
  target.dispatchEvent(e);
}

export function setup(opts: { doc?: (b: Blueprint) => void; reply?: (c: Command) => Applied | null } = {}) {
  const host = document.createElement("div");
  document.body.append(host);
  const sent: Command[] = [];
  const canvas = new Canvas(host, {
    command: async (c) => {
      sent.push(c);
      return opts.reply?.(c) ?? null;
    },
  });
  const doc = smallBlueprint();
  opts.doc?.(doc);
  const mirror = new Mirror(doc);
  const scene = smallSceneFixture();
  canvas.render(scene, mirror);
  const rect = (id: string) => canvas.cardRects.get(id)!;
  const center = (id: string) => ({ x: rect(id).x + rect(id).w / 2, y: rect(id).y + rect(id).h / 2 });
  const a1 = scene.connectors[0]!;
  return { host, canvas, sent, scene, rect, center, a1 };
}
