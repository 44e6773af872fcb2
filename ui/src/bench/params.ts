// The page parameters of benchmark mode, as the peer page reads them, and ours: `panel`
// pins a sidebar panel for the run (`?panel=measures`: the drop is measured until the
// Measures panel shows the moved card's figures); `open=fitted` opens the document fitted
// to the window's width as the product opens one (else at 100 %, as every earlier series).

import type { WatchedPanel } from "../app/sidebar.svelte";

export interface BenchParams {
  n: number;
  s: number;
  panel?: WatchedPanel;
  fitted?: true;
}

/** `?n=N` → the parameters, or null when the page is not in benchmark mode. */
export function benchParams(search: string): BenchParams | null {
  const q = new URLSearchParams(search);
  const raw = q.get("n");
  if (raw === null) return null;
  const n = Math.max(1, parseInt(raw, 10) || 200);
  // The core's stage count for N cards (frontstage::generate::stage_count).
  const params: BenchParams = { n, s: Math.min(40, Math.max(4, Math.ceil(n / 25))) };
  const panel = q.get("panel");
  if (panel === "problems" || panel === "measures") params.panel = panel;
  if (q.get("open") === "fitted") params.fitted = true;
  return params;
}
