// Dragging a lane by its header reorders it: the band, header and cards follow the
// pointer vertically, and the drop sends one move_lane. The core moves the cards with
// the lane and keeps the lines at their boundaries; its new Scene shows the result.

import type { Commanding, SceneView, Surface } from "./host";
import type { Gesture, GestureSession } from "./gesture";
import { cardKey, idOf, laneKey } from "../../scene/keys";
import { ReorderDrag } from "./reorder-drag";
import { laneBacking } from "./reorder-lift";

export function laneDrag(canvas: SceneView & Commanding & Surface): Gesture {
  return {
    press(press): GestureSession | null {
      const { hit } = press;
      const scene = canvas.current;
      const mirror = canvas.currentMirror;
      if (hit.kind !== "lane-header" || !scene || !mirror) return null;
      const node = canvas.node(laneKey(hit.id));
      const from = scene.lanes.findIndex((l) => idOf(l.element) === hit.id);
      if (!node || from < 0) return null;
      const followers: SVGGElement[] = [];
      for (const c of mirror.cards.values()) {
        const n = c.lane === hit.id ? canvas.node(cardKey(c.id)) : null;
        if (n) followers.push(n);
      }
      const band = scene.lanes[from]!.band;
      return new ReorderDrag(
        canvas,
        {
          axis: "y",
          spans: scene.lanes.map((l) => ({ id: idOf(l.element), start: l.band.y, size: l.band.h })),
          from,
          node,
          followers,
          backing: laneBacking(scene, from),
          across: [band.x, band.x + band.w],
          commit: (index) => void canvas.send({ type: "move_lane", lane: hit.id, index }),
        },
        press,
      );
    },
  };
}
