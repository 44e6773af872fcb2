// Drawing a new connector: press a card's handle, drag a rubber band to another card and
// drop. The drop sends one add_connector (one-way); a drop on empty paper or on the card
// it started from sends nothing, and Escape abandons it. The new connector is selected.

import type { Commanding, SceneView, Selecting, Surface } from "./host";
import type { Gesture, GestureSession, Press } from "./gesture";
import type { Point } from "../hit";
import { BandDrag, cardAt, RubberBand } from "./connector-band";
import { selectCreated } from "./connector-select";

class ConnectorDraw extends BandDrag {
  constructor(
    private canvas: SceneView & Selecting & Commanding & Surface,
    private from: string,
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
  }

  protected begin(_p: Point, e: PointerEvent): void {
    this.band = new RubberBand(this.canvas, this.origin, (card) => card !== this.from);
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected drop(p: Point): void {
    const to = cardAt(this.canvas, p);
    if (!to || to === this.from) return;
    void this.canvas
      .send({ type: "add_connector", from: this.from, to })
      .then((applied) => selectCreated(this.canvas, applied));
  }
}

export function connectorDraw(canvas: SceneView & Selecting & Commanding & Surface): Gesture {
  return {
    press(press): GestureSession | null {
      const { hit } = press;
      return hit.kind === "card" && hit.handle ? new ConnectorDraw(canvas, hit.id, press) : null;
    },
  };
}
