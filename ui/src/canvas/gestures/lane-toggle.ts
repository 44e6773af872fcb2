// A press on a lane's collapse toggle (render/lane-toggle.ts) collapses or expands the
// lane with one update_lane; it never starts a drag or selects.

import type { Commanding, SceneView } from "./host";
import type { Gesture, GestureSession } from "./gesture";

export function laneToggle(canvas: SceneView & Commanding): Gesture {
  return {
    press({ event }): GestureSession | null {
      const t = event.target instanceof Element ? event.target : null;
      const lane = t?.closest(".lane-toggle")?.closest(".lane")?.getAttribute("data-id");
      const band = lane ? canvas.current?.lanes.find((l) => l.element.kind === "lane" && l.element.id === lane) : null;
      if (!lane || !band) return null;
      return {
        // The press is the toggle's, not a click that selects or clears the selection.
        moved: true,
        move() {},
        up() {
          void canvas.send({ type: "update_lane", lane, collapsed: !band.collapsed });
        },
        cancel() {},
      };
    },
  };
}
