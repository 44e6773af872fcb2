// A new list told as runs of the old one plus new items (`Run` in src/view/runs.rs): the
// one encoding the core uses for every list an edit changes a little, the drawing order
// of cards and connectors and the diagnostics.

import type { Run } from "./types";

/** The answer does not fit what the UI holds (the UI must reload the view). */
export class DeltaMismatch extends Error {}

/**
 * The parts one after another: one native concat, or a loop when there are more parts
 * than an engine takes arguments (a delta of thousands of one-item runs).
 */
export function joinParts<T>(parts: readonly T[][]): T[] {
  if (parts.length <= 1024) return ([] as T[]).concat(...parts);
  const out: T[] = [];
  for (const part of parts) for (const item of part) out.push(item);
  return out;
}

/** The new list from `old` and its `runs`; `what` names the list in the error when they do not fit. */
export function applyRuns<T>(old: readonly T[], runs: readonly Run<T>[], what: string): T[] {
  const parts: T[][] = [];
  for (const run of runs) {
    if (run.type === "add") {
      parts.push(run.items);
    } else {
      if (run.from < 0 || run.len < 0 || run.from + run.len > old.length)
        throw new DeltaMismatch(`${what} ${run.from}…${run.from + run.len} are not in the list`);
      parts.push(old.slice(run.from, run.from + run.len));
    }
  }
  return joinParts(parts);
}
