// Applying the core's diagnostics change (src/view/diagnostics_delta.rs): the new list
// is runs of the old one and new diagnostics, in order.

import { applyRuns } from "./runs";
import type { Diagnostic, Run } from "./types";

export function applyDiagnostics(old: readonly Diagnostic[], runs: readonly Run<Diagnostic>[]): Diagnostic[] {
  return applyRuns(old, runs, "diagnostics");
}

/**
 * What `runs` add to `old` and drops from it: the diagnostics of its add runs, and
 * those of `old` no keep run covers. (Marks are counted from these alone.)
 */
export function diagnosticsChange(
  old: readonly Diagnostic[],
  runs: readonly Run<Diagnostic>[],
): { added: Diagnostic[]; dropped: Diagnostic[] } {
  const added: Diagnostic[] = [];
  const kept: { from: number; len: number }[] = [];
  for (const run of runs) {
    // Not push(...items): a first list can hold more diagnostics than an engine takes arguments.
    if (run.type === "add") for (const d of run.items) added.push(d);
    else kept.push(run);
  }
  kept.sort((a, b) => a.from - b.from);
  const dropped: Diagnostic[] = [];
  let at = 0;
  for (const k of [...kept, { from: old.length, len: 0 }]) {
    for (let i = at; i < k.from; i++) dropped.push(old[i]!);
    at = Math.max(at, k.from + k.len);
  }
  return { added, dropped };
}
