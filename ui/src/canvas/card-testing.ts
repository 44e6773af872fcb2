// Test helpers for the card gestures, keys and clipboard: a canvas drawing the small
// fixture whose commands are recorded (and answered as the core would name created cards).

import { setupCanvas } from "./testing";
import type { Applied, Command, ElementRef } from "../scene/types";

export { pointer } from "./testing";

export function cardCanvas() {
  let next = 4;
  // Answers as the core would: a card added without an id gets the next free one.
  const reply = (c: Command) => {
    const created: ElementRef[] = [];
    const walk = (x: Command) => {
      if (x.type === "batch") x.commands.forEach(walk);
      if (x.type === "add_card") created.push({ kind: "card", id: x.id ?? `c${next++}` });
    };
    walk(c);
    return { created } as unknown as Applied;
  };
  const { host, canvas, mirror, scene, sent } = setupCanvas({ reply });
  const card = (id: string) => host.querySelector<SVGGElement>(`.card[data-id="${id}"]`)!;
  const band = (lane: string) => host.querySelector(`.lane[data-id="${lane}"] .band`)!;
  return { host, canvas, mirror, scene, sent, card, band, rect: (id: string) => canvas.cardRects.get(id)! };
}

/** Let the canvas's promise chains (send → select) settle. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
