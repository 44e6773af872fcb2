// Which lane boundaries the other lines mark: a line is never placed on one of them (the
// core refuses two lines on one boundary: one would hide the other).

import type { Line, LineKind } from "../scene/types";

/** The boundaries of every line but `kind`'s. */
export function othersBoundaries(lines: readonly Line[], kind: LineKind): Set<number> {
  return new Set(lines.filter((l) => l.kind !== kind).map((l) => l.boundary));
}
