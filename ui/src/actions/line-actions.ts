// The selected line's actions (its context menu): move it one lane boundary up or down,
// past boundaries another line marks (two lines on one boundary would hide each other),
// and take it off the blueprint. Each is one place_line command.

import type { Action } from "./registry";
import type { StructureHost } from "./structure-actions";
import type { Mirror } from "../scene/mirror";
import type { LineKind } from "../scene/types";
import { othersBoundaries } from "../edits/line-boundaries";

/** The boundary the line `kind` moves to one step up (`-1`) or down (`1`); null when there is none. */
export function lineStep(m: Mirror, kind: LineKind, dir: -1 | 1): number | null {
  const line = m.lines.find((l) => l.kind === kind);
  if (!line) return null;
  const taken = othersBoundaries(m.lines, kind);
  for (let b = line.boundary + dir; b >= 0 && b <= m.lanes.length; b += dir) if (!taken.has(b)) return b;
  return null;
}

export function lineActions(host: StructureHost): Action[] {
  const selected = (): LineKind | null => {
    const s = host.selected;
    return s.length === 1 && s[0]!.kind === "line" ? s[0]!.id : null;
  };
  const mover = (dir: -1 | 1) => ({
    enabled: () => {
      const kind = selected();
      return !!kind && !!host.mirror && lineStep(host.mirror, kind, dir) !== null;
    },
    run: async () => {
      const kind = selected();
      const to = kind && host.mirror ? lineStep(host.mirror, kind, dir) : null;
      if (kind && to !== null) await host.edit({ type: "place_line", kind, boundary: to });
    },
  });
  return [
    { id: "line.move_up", label: () => "Move Line Up", ...mover(-1) },
    { id: "line.move_down", label: () => "Move Line Down", ...mover(1) },
    {
      id: "line.remove",
      label: () => "Remove Line",
      enabled: () => selected() !== null,
      run: async () => {
        const kind = selected();
        if (kind) await host.edit({ type: "place_line", kind, boundary: null });
      },
    },
  ];
}
