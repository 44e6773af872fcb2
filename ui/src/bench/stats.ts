// The benchmark's statistics, with the same definitions as the peer page's bench.js, so
// that the figures mean the same thing for both editors.

export function median(a: number[]): number | null {
  if (!a.length) return null;
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function p95(a: number[]): number | null {
  if (!a.length) return null;
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

export function diffs(ts: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < ts.length; i++) out.push(ts[i]! - ts[i - 1]!);
  return out;
}

export function round1(x: number | null): number | null {
  return x == null ? null : Math.round(x * 10) / 10;
}

export interface IdleStats {
  ms: number | null;
  frames: number;
  fps: number | null;
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  longFrames50: number;
}

/** Events per second over a window of `ms`. */
function perSecond(count: number, ms: number) {
  return round1(ms > 0 ? (count / ms) * 1000 : 0);
}

/** Median, 95th percentile and number of long (> 50 ms) frames of frame intervals. */
function intervalStats(d: number[]) {
  return { frameMedianMs: round1(median(d)), frameP95Ms: round1(p95(d)), longFrames50: d.filter((x) => x > 50).length };
}

/** rAF cadence over `ms` from the frame timestamps `ts`. */
export function frameStats(ts: number[], ms: number): IdleStats {
  const d = diffs(ts);
  return { ms: round1(ms), frames: d.length, fps: perSecond(d.length, ms), ...intervalStats(d) };
}

/** One rAF callback: its timestamp, when it ran, and the moves handled so far. */
export interface Frame {
  ts: number;
  now: number;
  moves: number;
}

export interface FrameWindowStats {
  dragMs: number | null;
  frames: number;
  fps: number | null;
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  longFrames50: number;
  updates: number;
  updatesPerSec: number | null;
  updateMedianMs: number | null;
  updateP95Ms: number | null;
}

/**
 * Frames from the press (`downAt`) to the release (`upAt`). The frame just before the
 * press anchors the first interval; an update is a frame that carried at least one
 * handled move since the previous frame, i.e. one that showed a new drag position.
 */
export function dragWindow(frames: Frame[], downAt: number, upAt: number): FrameWindowStats {
  const dragMs = upAt - downAt;
  const inWin: Frame[] = [];
  let prev: Frame | null = null;
  for (const f of frames) {
    if (f.now <= downAt) prev = f;
    else if (f.now <= upAt) inWin.push(f);
  }
  const all = prev ? [prev, ...inWin] : inWin;
  const frameIntervals = diffs(all.map((f) => f.ts));
  const updates: number[] = [];
  for (let j = 1; j < all.length; j++) if (all[j]!.moves > all[j - 1]!.moves) updates.push(all[j]!.ts);
  if (!prev && inWin.length && inWin[0]!.moves > 0) updates.unshift(inWin[0]!.ts);
  const updateIntervals = diffs(updates);
  return {
    dragMs: round1(dragMs),
    frames: inWin.length,
    fps: perSecond(inWin.length, dragMs),
    ...intervalStats(frameIntervals),
    updates: updates.length,
    updatesPerSec: perSecond(updates.length, dragMs),
    updateMedianMs: round1(median(updateIntervals)),
    updateP95Ms: round1(p95(updateIntervals)),
  };
}
