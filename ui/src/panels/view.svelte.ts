// The view's own state and actions: whether the minimap shows, and the zoom the zoom
// control displays. Registers `view.minimap` in the editor's action registry.

import type { Registry } from "../actions";
import type { Canvas } from "../canvas/canvas";

const MINIMAP_KEY = "frontstage.minimap";

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(MINIMAP_KEY) !== "hidden";
  } catch {
    return true;
  }
}

export class ViewControls {
  /** The minimap panel is shown. */
  minimap = $state(stored());
  /** The canvas's zoom, kept current for the zoom control. */
  zoom = $state(1);
  /** The canvas, once the editor has one. */
  canvas = $state.raw<Canvas | null>(null);

  constructor(actions: Registry) {
    actions.add({
      id: "view.minimap",
      label: () => (this.minimap ? "Hide Minimap" : "Show Minimap"),
      keys: ["Shift+Mod+M"],
      enabled: () => true,
      run: () => this.setMinimap(!this.minimap),
    });
  }

  attach(canvas: Canvas): void {
    this.canvas = canvas;
    this.zoom = canvas.zoom;
    canvas.onViewportChange(() => (this.zoom = canvas.zoom));
  }

  setMinimap(show: boolean): void {
    this.minimap = show;
    try {
      globalThis.localStorage?.setItem(MINIMAP_KEY, show ? "shown" : "hidden");
    } catch {
      // Storage can be unavailable (private mode); the toggle still works for this window.
    }
  }
}
