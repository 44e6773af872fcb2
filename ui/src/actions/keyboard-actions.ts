// Actions that open the app's own pickers, for the keyboard above all: the context menu
// of the selection (Menu key, Shift+F10), "Connect To…" (an arrow to a card chosen from a
// searchable list), and View › Show Inspector (the selected element's fields, the
// selection kept; Escape there returns to the canvas).

import type { Action } from "./registry";
import type { Canvas } from "../canvas/canvas";
import type { Hit } from "../canvas/hit";
import { canvasHasFocus } from "../canvas/gestures/card-keys";

/** What these actions change in the window (the Editor has them). */
export interface Pickers {
  readonly canvas: Canvas | null;
  /** The context menu shown: what it is about, at client (x, y). */
  menu: { hit: Hit; x: number; y: number } | null;
  /** The card "Connect To…" draws an arrow from, while its list is shown. */
  connectFrom: string | null;
  /** Bumped to ask the sidebar to show the inspector and give it the keyboard. */
  inspectorAsked: number;
}

export function keyboardActions(p: Pickers): Action[] {
  const one = () => {
    const cards = p.canvas?.selectedCards ?? [];
    return cards.length === 1 ? cards[0]! : null;
  };
  return [
    {
      id: "view.context_menu",
      label: () => "Context Menu",
      keys: ["Shift+F10", "ContextMenu"],
      enabled: () => !!p.canvas && canvasHasFocus(p.canvas),
      run: () => p.canvas!.openContextMenu(),
    },
    {
      id: "connector.connect_to",
      label: () => "Connect To…",
      keys: ["Shift+Mod+K"],
      enabled: () => one() !== null,
      run: () => void (p.connectFrom = one()),
    },
    {
      id: "view.inspector",
      label: () => "Show Inspector",
      keys: ["Alt+Enter"],
      enabled: () => true,
      run: () => void p.inspectorAsked++,
    },
  ];
}
