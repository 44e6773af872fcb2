// View › Overlay: the heat map the document shows (its `display.overlay`), shaded by fail
// points, waits or time, or none. A document setting, so it is an undoable edit and every
// export of the document shows the same (the core lays it out; render/heat.ts draws it).

import type { Action } from "./registry";
import type { Mirror } from "../scene/mirror";
import type { Applied, Command, Overlay } from "../scene/types";

export const OVERLAYS: readonly Overlay[] = ["none", "fail_points", "waits", "time"];

const LABELS: Record<Overlay, string> = {
  none: "No Overlay",
  fail_points: "Overlay Fail Points",
  waits: "Overlay Waits",
  time: "Overlay Time",
};

/** The heat map `mirror`'s document shows. */
export function overlayOf(mirror: Mirror | null): Overlay {
  return mirror?.meta.display.overlay ?? "none";
}

/** The command that shows `overlay`; null when the document shows it already. */
export function overlayCommand(mirror: Mirror | null, overlay: Overlay): Command | null {
  return overlayOf(mirror) === overlay ? null : { type: "set_display", overlay };
}

export function overlayActions(editor: {
  readonly mirror: Mirror | null;
  readonly canvas: { send(command: Command): Promise<Applied | null> } | null;
}): Action[] {
  return OVERLAYS.map((overlay) => ({
    id: `view.overlay.${overlay}`,
    label: () => LABELS[overlay],
    enabled: () => !!editor.canvas && !!editor.mirror,
    run: async () => {
      const command = overlayCommand(editor.mirror, overlay);
      if (command) await editor.canvas!.send(command);
    },
  }));
}
