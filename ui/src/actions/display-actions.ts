// View › Emotion Curve, Time Strip and Legend: what the document draws under its grid.
// The settings are the document's (`display`), so each toggle is an edit (undoable, it
// marks the document changed) and every export draws the same. The native menu's check
// marks follow the document (the shell reads it after every edit).

import type { Action } from "./registry";
import type { Mirror } from "../scene/mirror";
import type { Applied, Command, Scene } from "../scene/types";

export interface DisplayHost {
  readonly mirror: Mirror | null;
  readonly canvas: { readonly current: Scene | null } | null;
  edit(command: Command): Promise<Applied | null>;
}

/** Whether the document shows its emotion curve and time strip (absent: the default, on). */
export function shownBands(mirror: Mirror): { emotion_curve: boolean; time_strip: boolean } {
  const d = mirror.meta.display;
  return { emotion_curve: d.emotion_curve !== false, time_strip: d.time_strip !== false };
}

export function displayActions(host: DisplayHost): Action[] {
  const band = (id: "emotion_curve" | "time_strip", show: string, hide: string): Action => ({
    id: `view.${id}`,
    label: () => (host.mirror && shownBands(host.mirror)[id] ? hide : show),
    enabled: () => !!host.mirror,
    run: async () => {
      if (!host.mirror) return;
      await host.edit({ type: "set_display", [id]: !shownBands(host.mirror)[id] });
    },
  });
  // The legend is shown or hidden as the reader sees it: one drawn (by default, when the
  // drawing has badges) is hidden; one not drawn is asked for.
  const legendDrawn = () => !!host.canvas?.current?.legend;
  return [
    band("emotion_curve", "Show Emotion Curve", "Hide Emotion Curve"),
    band("time_strip", "Show Time Strip", "Hide Time Strip"),
    {
      id: "view.legend",
      label: () => (legendDrawn() ? "Hide Legend" : "Show Legend"),
      enabled: () => !!host.mirror,
      run: async () => {
        if (host.mirror) await host.edit({ type: "set_display", legend: legendDrawn() ? "hidden" : "shown" });
      },
    },
  ];
}
