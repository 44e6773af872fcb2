// The view's own state and actions: whether the minimap shows, and the zoom the zoom
// control displays. Registers `view.minimap` in the editor's action registry.
//
// The minimap follows the user's choice once they have made one (kept across sessions).
// Until then it shows only while part of the blueprint is out of view: with the whole
// blueprint on screen (a small one, or after Fit) there is nothing to navigate to and it
// would only cover the drawing.

import type { Registry } from "../actions/registry";
import type { Canvas } from "../canvas/canvas";
import type { Scene } from "../scene/types";

const MINIMAP_KEY = "frontstage.minimap";
const CORNER_KEY = "frontstage.corner";

/**
 * Which bottom corner of the canvas the minimap and zoom control sit in. Only the bottom
 * ones: the top edge holds the pinned stage headers, and the canvas keeps room for the
 * panel at its bottom (Canvas.reserveBottom), so the drawing scrolls clear of it.
 */
export type CornerSide = "left" | "right";

function storedCorner(): CornerSide {
  try {
    return globalThis.localStorage?.getItem(CORNER_KEY) === "left" ? "left" : "right";
  } catch {
    return "right";
  }
}

/** The corner a panel dropped at client x goes to: the nearer side of an area from `left`, `width` wide. */
export function nearerSide(x: number, left: number, width: number): CornerSide {
  return x < left + width / 2 ? "left" : "right";
}

/** The stored choice: true shown, false hidden, null none made yet. */
function stored(): boolean | null {
  try {
    const v = globalThis.localStorage?.getItem(MINIMAP_KEY);
    return v === "shown" ? true : v === "hidden" ? false : null;
  } catch {
    return null;
  }
}

/** The whole scene is inside the visible rectangle (a unit of slack for rounding). */
export function wholeSceneVisible(
  canvas: Pick<Canvas, "visibleRect">,
  scene: Pick<Scene, "width" | "height"> | null,
): boolean {
  if (!scene) return true;
  const r = canvas.visibleRect();
  return r.x <= 1 && r.y <= 1 && r.x + r.w >= scene.width - 1 && r.y + r.h >= scene.height - 1;
}

export class ViewControls {
  /** The user's choice from the toggle; null until they make one. */
  choice = $state<boolean | null>(stored());
  /** The whole blueprint is in view, kept current from the canvas. */
  fits = $state(true);
  /** The canvas's zoom, kept current for the zoom control. */
  zoom = $state(1);
  /** The bottom corner the minimap and zoom control sit in (kept across sessions). */
  corner = $state<CornerSide>(storedCorner());
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

  /** The minimap panel is shown. */
  get minimap(): boolean {
    return this.choice ?? !this.fits;
  }

  attach(canvas: Canvas): void {
    this.canvas = canvas;
    this.zoom = canvas.zoom;
    const measure = () => {
      this.fits = wholeSceneVisible(canvas, canvas.current);
    };
    measure();
    canvas.onViewportChange(() => {
      this.zoom = canvas.zoom;
      measure();
    });
    // A new Scene arrives in the middle of an edit, right after the DOM changed: measuring
    // then forces a layout (~10 ms at 5,000 cards in Chromium, more in WebKitGTK) that the
    // edit waits for. The next frame will do, once per frame.
    let pending = false;
    canvas.onScene(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        measure();
      });
    });
  }

  setCorner(side: CornerSide): void {
    this.corner = side;
    try {
      globalThis.localStorage?.setItem(CORNER_KEY, side);
    } catch {
      // As for the minimap's choice: this window still moves it.
    }
  }

  setMinimap(show: boolean): void {
    this.choice = show;
    try {
      globalThis.localStorage?.setItem(MINIMAP_KEY, show ? "shown" : "hidden");
    } catch {
      // Storage can be unavailable (private mode); the toggle still works for this window.
    }
  }
}
