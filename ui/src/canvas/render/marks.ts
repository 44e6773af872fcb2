// Which element carries which problem mark (the worst severity of the diagnostics that
// name it), kept up to date from one diagnostics list to the next. After an edit the
// new list shares the diagnostics that did not change (ui/src/scene/diagnostics.ts), so only
// the added and dropped ones are counted again, not the thousands a large blueprint has.

import type { Diagnostic, Severity } from "../../scene/types";
import { keyOf } from "../../scene/keys";

const SEVERITIES: readonly Severity[] = ["info", "warning", "error"];

export class Marks {
  /** Per element key: how many counted diagnostics of each severity (info, warning, error) name it. */
  private counts = new Map<string, [number, number, number]>();
  private counted = new Set<Diagnostic>();

  /** The mark of the element `key`, if any. */
  get(key: string): Severity | undefined {
    const c = this.counts.get(key);
    return c ? worst(c) : undefined;
  }

  /** Count `diags` instead of the list before; returns the keys whose mark changed. */
  update(diags: readonly Diagnostic[]): Set<string> {
    const next = new Set(diags);
    return this.change(
      diags.filter((d) => !this.counted.has(d)),
      [...this.counted].filter((d) => !next.has(d)),
    );
  }

  /**
   * Count `added` and stop counting `dropped` (an edit's diagnostics delta), without
   * looking at the thousands that stayed; returns the keys whose mark changed.
   */
  change(added: readonly Diagnostic[], dropped: readonly Diagnostic[]): Set<string> {
    const touched = new Map<string, Severity | undefined>();
    const count = (d: Diagnostic, by: number) => {
      const s = SEVERITIES.indexOf(d.severity);
      for (const e of d.elements) {
        const k = keyOf(e);
        let c = this.counts.get(k);
        if (!touched.has(k)) touched.set(k, c ? worst(c) : undefined);
        if (!c) this.counts.set(k, (c = [0, 0, 0]));
        c[s] = (c[s] ?? 0) + by;
        if (c[0] === 0 && c[1] === 0 && c[2] === 0) this.counts.delete(k);
      }
    };
    for (const d of dropped) if (this.counted.delete(d)) count(d, -1);
    for (const d of added) {
      if (this.counted.has(d)) continue;
      this.counted.add(d);
      count(d, 1);
    }
    const changed = new Set<string>();
    for (const [k, was] of touched) if (this.get(k) !== was) changed.add(k);
    return changed;
  }
}

function worst(c: readonly [number, number, number]): Severity | undefined {
  return c[2] ? "error" : c[1] ? "warning" : c[0] ? "info" : undefined;
}
