// The page parameters of benchmark mode, as the peer page reads them.

export interface BenchParams {
  n: number;
  s: number;
}

/** `?n=N` → the parameters, or null when the page is not in benchmark mode. */
export function benchParams(search: string): BenchParams | null {
  const q = new URLSearchParams(search);
  const raw = q.get("n");
  if (raw === null) return null;
  const n = Math.max(1, parseInt(raw, 10) || 200);
  // The core's stage count for N cards (frontstage::generate::stage_count).
  return { n, s: Math.min(40, Math.max(4, Math.ceil(n / 25))) };
}
