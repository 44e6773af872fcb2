// Shared set-up for the connector gesture tests (jsdom: no layout, the SVG sits at (0, 0),
// so client coordinates are scene coordinates). The small fixture has cards c1, c2 (one
// column) and c3 (the next stage) and connector a1 from c1 to c3.

import { setupCanvas, type CanvasOptions } from "./testing";

export { pointer } from "./testing";

export function setup(opts: CanvasOptions = {}) {
  const { host, canvas, sent, scene } = setupCanvas(opts);
  const rect = (id: string) => canvas.cardRects.get(id)!;
  const center = (id: string) => ({ x: rect(id).x + rect(id).w / 2, y: rect(id).y + rect(id).h / 2 });
  const a1 = scene.connectors[0]!;
  return { host, canvas, sent, scene, rect, center, a1 };
}
