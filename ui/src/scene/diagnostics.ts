// Applying the core's diagnostics delta (src-tauri/src/diag_delta.rs): the new list is
// runs of the old one and new diagnostics, in order.

import { DeltaMismatch, joinParts } from "./delta";
import type { Diagnostic, DiagnosticsDelta } from "./types";

export function applyDiagnostics(old: readonly Diagnostic[], delta: DiagnosticsDelta): Diagnostic[] {
  // Slices joined natively: copying thousands of kept diagnostics is not a loop of ours.
  const parts: Diagnostic[][] = [];
  for (const run of delta.runs) {
    if (run.type === "add") {
      parts.push(run.items);
    } else {
      if (run.from < 0 || run.len < 0 || run.from + run.len > old.length)
        throw new DeltaMismatch(`diagnostics ${run.from}…${run.from + run.len} are not in the list`);
      parts.push(old.slice(run.from, run.from + run.len));
    }
  }
  return joinParts(parts);
}

/**
 * What `delta` adds to `old` and drops from it: the diagnostics of its add runs, and
 * those of `old` no keep run covers. (Marks are counted from these alone.)
 */
export function diagnosticsChange(
  old: readonly Diagnostic[],
  delta: DiagnosticsDelta,
): { added: Diagnostic[]; dropped: Diagnostic[] } {
  const added: Diagnostic[] = [];
  const kept: { from: number; len: number }[] = [];
  for (const run of delta.runs) {
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
