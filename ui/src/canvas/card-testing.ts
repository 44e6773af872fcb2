// Test helpers for the card gestures, keys and clipboard: a canvas drawing the small
// fixture whose commands are recorded (and answered as the core would name created cards).

import { Canvas } from "./canvas";
import { Mirror } from "../mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Applied, Command, ElementRef } from "../types";

// jsdom has no layout: the SVG sits at (0, 0), so client coordinates are scene coordinates.
export function pointer(type: string, target: Element, x: number, y: number, init: MouseEventInit = {}): void {
  const Ctor = (globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent;
  const e = new Ctor(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, ...init });
  Object.defineProperty(e, "pointerId", { value: 1 });
  target.dispatchEvent(e);
}

export function cardCanvas() {
  const host = document.createElement("div");
  document.body.append(host);
  const sent: Command[] = [];
  let next = 4;
  const canvas = new Canvas(host, {
    command: async (c) => {
      sent.push(c);
      const created: ElementRef[] = [];
      const walk = (x: Command) => {
        if (x.type === "batch") x.commands.forEach(walk);
        if (x.type === "add_card") created.push({ kind: "card", id: x.id ?? `c${next++}` });
      };
      walk(c);
      return { created } as unknown as Applied;
    },
  });
  const mirror = new Mirror(smallBlueprint());
  const scene = smallSceneFixture();
  canvas.render(scene, mirror);
  const card = (id: string) => host.querySelector<SVGGElement>(`.card[data-id="${id}"]`)!;
  const band = (lane: string) => host.querySelector(`.lane[data-id="${lane}"] .band`)!;
  return { host, canvas, mirror, scene, sent, card, band, rect: (id: string) => canvas.cardRects.get(id)! };
}

/** Let the canvas's promise chains (send → select) settle. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
