// Applying the core's diagnostics delta (src-tauri/src/diag_delta.rs): the new list is
// runs of the old one and new diagnostics, in order.

import { DeltaMismatch } from "./delta";
import type { Diagnostic, DiagnosticsDelta } from "./types";

export function applyDiagnostics(old: readonly Diagnostic[], delta: DiagnosticsDelta): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const run of delta.runs) {
    if (run.type === "add") {
      out.push(...run.items);
    } else {
      if (run.from + run.len > old.length) throw new DeltaMismatch(`diagnostics ${run.from}…${run.from + run.len} are not in the list`);
      for (let i = run.from; i < run.from + run.len; i++) out.push(old[i]!);
    }
  }
  return out;
}
