// Dragging a stage by its header reorders it: the column and its cards follow the
// pointer horizontally, and the drop sends one move_stage.

import type { Commanding, SceneView, Surface } from "./host";
import type { Gesture, GestureSession } from "./gesture";
import { cardKey, idOf, stageKey } from "../../scene/keys";
import { ReorderDrag } from "./reorder-drag";
import { columnBacking } from "./reorder-lift";

export function stageDrag(canvas: SceneView & Commanding & Surface): Gesture {
  return {
    press(press): GestureSession | null {
      const { hit } = press;
      const scene = canvas.current;
      const mirror = canvas.currentMirror;
      if (hit.kind !== "stage-header" || !scene || !mirror) return null;
      const node = canvas.node(stageKey(hit.id));
      const from = scene.stages.findIndex((s) => idOf(s.element) === hit.id);
      if (!node || from < 0) return null;
      const followers: SVGGElement[] = [];
      for (const c of mirror.cards.values()) {
        const n = c.stage === hit.id ? canvas.node(cardKey(c.id)) : null;
        if (n) followers.push(n);
      }
      const top = scene.stages[from]!.header.y;
      const bottom = Math.max(top, ...scene.lanes.map((l) => l.band.y + l.band.h));
      return new ReorderDrag(
        canvas,
        {
          axis: "x",
          spans: scene.stages.map((s) => ({ id: idOf(s.element), start: s.x, size: s.width })),
          from,
          node,
          followers,
          backing: columnBacking(scene, from),
          across: [top, bottom],
          commit: (index) => void canvas.send({ type: "move_stage", stage: hit.id, index }),
        },
        press,
      );
    },
  };
}
