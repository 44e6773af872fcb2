// Reconnecting a connector: drag one end handle of a selected connector onto another card.
// The drop sends one update_connector with the new `from` or `to`; a drop on empty paper,
// on the card the end is already on, or on the other end's card sends nothing.

import type { ConnectorRoute } from "../../scene/types";
import type { Commanding, SceneView, Selecting, Surface } from "./host";
import { idOf, keyOf } from "../../scene/keys";
import type { Gesture, GestureSession, Press } from "./gesture";
import type { Point } from "../hit";
import { BandDrag, cardAt, RubberBand } from "./connector-band";
import { HANDLE_R } from "../render/connector-handles";

type End = "from" | "to";

class Reconnect extends BandDrag {
  constructor(
    private canvas: SceneView & Selecting & Commanding & Surface,
    private route: ConnectorRoute,
    private end: End,
    private node: SVGGElement | null,
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
  }

  /** The card at the end that stays put. */
  private get fixedCard(): string {
    return this.end === "to" ? this.route.from : this.route.to;
  }

  protected begin(_p: Point, e: PointerEvent): void {
    const pts = this.route.points;
    const fixed = (this.end === "to" ? pts[0] : pts[pts.length - 1]) ?? this.origin;
    const current = this.route[this.end];
    this.band = new RubberBand(this.canvas, fixed, (card) => card !== this.fixedCard && card !== current);
    this.node?.classList.add("reconnecting");
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected abort(): void {
    super.abort();
    this.node?.classList.remove("reconnecting");
  }

  protected drop(p: Point): void {
    const card = cardAt(this.canvas, p);
    if (!card || card === this.fixedCard || card === this.route[this.end]) return;
    void this.canvas.send({ type: "update_connector", connector: idOf(this.route.element), [this.end]: card });
  }
}

/**
 * The selected connector end within reach of `at`. Ends sit on card edges, half under the
 * card (cards are drawn over connectors), so a press there is matched by position too.
 */
function selectedEndAt(canvas: SceneView & Selecting, at: Point): { route: ConnectorRoute; end: End } | null {
  const reach = HANDLE_R + 2;
  for (const route of canvas.current?.connectors ?? []) {
    if (!canvas.selection.has(keyOf(route.element))) continue;
    const pts = route.points;
    const ends: [End, Point | undefined][] = [
      ["from", pts[0]],
      ["to", pts[pts.length - 1]],
    ];
    for (const [end, q] of ends) {
      if (q && Math.hypot(q.x - at.x, q.y - at.y) <= reach) return { route, end };
    }
  }
  return null;
}

export function connectorReconnect(canvas: SceneView & Selecting & Commanding & Surface): Gesture {
  return {
    press(press): GestureSession | null {
      const { hit } = press;
      let found: { route: ConnectorRoute; end: End } | null = null;
      if (hit.kind === "connector" && hit.end) {
        const route = canvas.current?.connectors.find((c) => idOf(c.element) === hit.id);
        if (route) found = { route, end: hit.end };
      } else {
        found = selectedEndAt(canvas, press.at);
      }
      if (!found) return null;
      const node = canvas.node(keyOf(found.route.element));
      return new Reconnect(canvas, found.route, found.end, node, press);
    },
  };
}
