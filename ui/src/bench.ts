// Benchmark mode (`?n=N`): the window opens a generated document of N cards and exposes
// `window.bench`, the contract of the peer benchmark's drivers (the shared peer-bench beside the repository,
// README "window.bench contract"), so the same WebDriver drag measures this editor and
// mxGraph alike. Loaded only when the URL has `n`; the statistics mirror the mxGraph
// page's bench.js so the figures mean the same thing.

import { shell, errorMessage } from "./scene/ipc";
import type { Editor } from "./app/editor.svelte";
import type { Rect, Scene } from "./scene/types";
import { cardKey, idOf } from "./scene/keys";
import pkg from "../package.json";
import { enableTimingMarks, marksSince } from "./timing";

// ---------- statistics (same definitions as the peer page) ----------

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

// ---------- drag plan geometry ----------

/** The drag every engine is measured with: 520 px right, 150 px down. */
export const DRAG_DX = 520;
export const DRAG_DY = 150;
const MARGIN = 40;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Scroll offsets (for the scrolling host) that keep the card and the whole drag inside
 * the visible part of the host, as the peer page does: unchanged when they already fit,
 * else the card 240 px from the top and 80 px from the left (never below 0).
 * `card` is in the host's content coordinates; `view` is the host's visible box.
 */
export function scrollFor(card: Rect, view: Box, scroll: { left: number; top: number }): { left: number; top: number } {
  let { left, top } = scroll;
  const y = view.top + card.y - top;
  const x = view.left + card.x - left;
  if (y < view.top + MARGIN || y + card.h + DRAG_DY + MARGIN > view.bottom) top = Math.max(0, card.y - 240);
  if (x < view.left + MARGIN || x + card.w + DRAG_DX + MARGIN > view.right) left = Math.max(0, card.x - 80);
  return { left, top };
}

/**
 * Press points to try on a card (viewport px), best first: the card's padding (left
 * edge, then the corners' insides), where no text sits, then its middle.
 */
export function pressCandidates(card: { x: number; y: number; w: number; h: number }): [number, number][] {
  const inset = Math.min(6, card.w / 4, card.h / 4);
  const rel: [number, number][] = [
    [inset, card.h / 2],
    [inset, card.h - inset],
    [card.w - inset, card.h - inset],
    [card.w / 2, card.h - inset],
    [inset, inset],
    [card.w / 2, card.h / 2],
  ];
  return rel.map(([dx, dy]) => [Math.round(card.x + dx), Math.round(card.y + dy)]);
}

/** The first card of the topmost row, leftmost, among rectangles. */
export function leftmostOfFirstRow<T extends { rect: Rect }>(cards: T[]): T | null {
  if (!cards.length) return null;
  const minY = Math.min(...cards.map((c) => c.rect.y));
  const row = cards.filter((c) => c.rect.y < minY + 1);
  row.sort((a, b) => a.rect.x - b.rect.x);
  return row[0] ?? null;
}

// ---------- the page ----------

interface Recorder {
  active: boolean;
  frames: Frame[];
  moves: number;
  rawMoves: number;
  handlerMs: number[];
  downAt: number | null;
  /** Time inside the canvas's pointerdown handler for the press. */
  pressMs: number | null;
  upAt: number | null;
  firstMoveAt: number | null;
  lastMoveAt: number | null;
  livePreview: boolean;
  cardId: string | null;
  before: Rect | null;
  parentBefore: string | null;
  commit: Promise<void> | null;
  commitMs: number | null;
  answeredMs: number | null;
  commitPaintedMs: number | null;
}

/** The canvas's private pointer handlers, wrapped to time them. */
interface Handlers {
  onPointerDown(e: PointerEvent): void;
  onPointerMove(e: PointerEvent): void;
  onPointerUp(e: PointerEvent): void;
  drag: { id: string; moved: boolean } | null;
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

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

/** Open the generated document in `editor` and expose `window.bench`. */
export async function startBench(editor: Editor, params: BenchParams): Promise<void> {
  const bench: Record<string, unknown> = { ready: false, error: null, params };
  (window as unknown as { bench: unknown }).bench = bench;
  window.addEventListener("error", (e) => {
    bench.error ??= String(e.message || e);
  });
  try {
    const canvas = editor.canvas;
    if (!canvas) throw new Error("the canvas is not attached");
    enableTimingMarks();
    const t0 = performance.now();
    const view = await shell.newDocument(params.n);
    const tIpc = performance.now();
    // As Editor.load, with the generated document instead of the window's current one.
    // (Opening it around the editor once left the panels' `revision` unbumped, so they
    // first read the document during the measured drop.)
    editor.open(view);
    const tBuilt = performance.now();
    await nextFrame();
    await nextFrame();
    bench.renderMs = round1(performance.now() - t0);
    bench.buildMs = round1(tBuilt - t0);
    // Where the time goes: the core (generate, lay out, check, serialize) and IPC, then
    // our drawing of the Scene.
    bench.ipcMs = round1(tIpc - t0);
    bench.drawMs = round1(tBuilt - tIpc);
    bench.domNodes = document.getElementsByTagName("*").length;
    bench.cells = {
      total: view.doc.lanes.length + view.doc.stages.length + view.scene.cards.length + view.scene.connectors.length,
      lanes: view.doc.lanes.length,
      stages: view.doc.stages.length,
      cards: view.scene.cards.length,
      edges: view.scene.connectors.length,
    };
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    bench.jsHeapMB = mem?.usedJSHeapSize ? round1(mem.usedJSHeapSize / 1048576) : null;
    bench.engine = {
      name: "Frontstage",
      version: pkg.version,
      userAgent: navigator.userAgent,
      devicePixelRatio: window.devicePixelRatio,
      viewport: [window.innerWidth, window.innerHeight],
    };
    Object.assign(bench, contract(editor));
    bench.ready = true;
  } catch (e) {
    bench.error = errorMessage(e);
  }
}

function contract(editor: Editor) {
  const canvas = editor.canvas!;
  const host = canvas.svg.parentElement as HTMLElement;
  const handlers = canvas as unknown as Handlers;
  const cardNode = (id: string) => canvas.node(cardKey(id));
  // From the drawn Scene, not the DOM: far cards are culled (canvas/cull.ts).
  let indexed: { scene: Scene | null; rects: Map<string, Rect> } = { scene: null, rects: new Map() };
  const boxOf = (id: string): Rect | null => {
    const scene = canvas.current;
    if (indexed.scene !== scene)
      indexed = { scene, rects: new Map(scene?.cards.map((c) => [idOf(c.element), c.rect])) };
    return indexed.rects.get(id) ?? null;
  };
  const laneOf = (id: string) => editor.mirror?.cards.get(id)?.lane ?? null;

  function measureIdle(ms = 1000): Promise<IdleStats> {
    return new Promise((resolve) => {
      const ts: number[] = [];
      let t0: number | null = null;
      const tick = (t: number) => {
        t0 ??= t;
        ts.push(t);
        if (t - t0 < ms) requestAnimationFrame(tick);
        else resolve(frameStats(ts, t - t0));
      };
      requestAnimationFrame(tick);
    });
  }

  // Leftmost card of the Customer lane's first row, scrolled into view so that the
  // whole drag stays inside the canvas.
  function dragPlan(steps = 60, durationMs = 1000) {
    const mirror = editor.mirror;
    const customer = mirror?.lanes.find((l) => l.kind === "customer");
    if (!mirror || !customer) throw new Error("the document has no Customer lane");
    const cards = [...mirror.cards.values()]
      .filter((c) => c.lane === customer.id)
      .map((c) => ({ id: c.id, rect: boxOf(c.id) }))
      .filter((c): c is { id: string; rect: Rect } => c.rect !== null);
    const pick = leftmostOfFirstRow(cards);
    if (!pick) throw new Error("the Customer lane has no cards");
    const z = canvas.zoom;
    const scaled = { x: pick.rect.x * z, y: pick.rect.y * z, w: pick.rect.w * z, h: pick.rect.h * z };
    const hb = host.getBoundingClientRect();
    const view = {
      left: hb.left,
      top: hb.top,
      right: Math.min(hb.right, window.innerWidth),
      bottom: Math.min(hb.bottom, window.innerHeight),
    };
    const to = scrollFor(scaled, view, { left: host.scrollLeft, top: host.scrollTop });
    host.scrollLeft = to.left;
    host.scrollTop = to.top;
    // Drawn at the new scroll position (and kept drawn) before it is looked at.
    const node = canvas.reveal(cardKey(pick.id), { scroll: false });
    if (!node) throw new Error(`card ${pick.id} is not drawn`);
    const box = node.querySelector(".card-box")!.getBoundingClientRect();
    const at = { x: box.left, y: box.top, w: box.width, h: box.height };
    // Press where the card itself is under the pointer: its box, not its text or a
    // connector; failing that anything of the card (the canvas takes any part of it).
    let press: [number, number] | null = null;
    let fallback: [number, number] | null = null;
    let hit: Element | null = null;
    for (const [x, y] of pressCandidates(at)) {
      const e = document.elementFromPoint(x, y);
      if (e?.classList.contains("card-box") && e.closest(".card") === node) {
        press = [x, y];
        hit = e;
        break;
      }
      if (!fallback && e?.closest(".card") === node) {
        fallback = [x, y];
        hit = e;
      }
    }
    const pressHitsCard = press !== null || fallback !== null;
    const [x0, y0] = press ?? fallback ?? [Math.round(at.x + at.w / 2), Math.round(at.y + at.h / 2)];
    return {
      x0,
      y0,
      x1: x0 + DRAG_DX,
      y1: y0 + DRAG_DY,
      steps,
      durationMs,
      cellId: pick.id,
      label: mirror.cards.get(pick.id)?.text ?? null,
      pressHitsCard,
      hitElement: hit ? hit.tagName.toLowerCase() : null,
      zoom: z,
      scroll: [host.scrollLeft, host.scrollTop],
    };
  }

  let rec: Recorder | null = null;
  const original = {
    down: handlers.onPointerDown,
    move: handlers.onPointerMove,
    up: handlers.onPointerUp,
    edit: editor.edit,
  };
  const onRaw = (e: Event) => {
    if (rec?.active && e.type === "pointermove") rec.rawMoves++;
  };

  function startDrag(cardId?: string) {
    if (rec?.active) throw new Error("drag already recording");
    const r: Recorder = {
      active: true,
      frames: [],
      moves: 0,
      rawMoves: 0,
      handlerMs: [],
      downAt: null,
      pressMs: null,
      upAt: null,
      firstMoveAt: null,
      lastMoveAt: null,
      livePreview: false,
      cardId: cardId ?? null,
      before: cardId ? boxOf(cardId) : null,
      parentBefore: cardId ? laneOf(cardId) : null,
      commit: null,
      commitMs: null,
      answeredMs: null,
      commitPaintedMs: null,
    };
    rec = r;
    window.addEventListener("pointermove", onRaw, true);
    // The canvas's listeners call these methods through `this`, so instance
    // properties shadow them for the length of the recording.
    handlers.onPointerDown = function (e) {
      // The split reads this drag's marks only, not an earlier drag's.
      if (r.active && r.downAt == null) performance.clearMarks();
      const t = performance.now();
      original.down.call(this, e);
      if (r.active && r.downAt == null && handlers.drag) {
        r.downAt = performance.now();
        r.pressMs = r.downAt - t;
        if (!r.cardId) {
          r.cardId = handlers.drag.id;
          r.before = boxOf(r.cardId);
          r.parentBefore = laneOf(r.cardId);
        }
      }
    };
    handlers.onPointerMove = function (e) {
      if (!r.active || r.downAt == null || r.upAt != null) return original.move.call(this, e);
      const t = performance.now();
      original.move.call(this, e);
      const t1 = performance.now();
      r.handlerMs.push(t1 - t);
      r.moves++;
      r.firstMoveAt ??= t;
      r.lastMoveAt = t1;
      // The real card group follows the pointer (not a ghost).
      if (handlers.drag?.moved && cardNode(handlers.drag.id)?.hasAttribute("transform")) r.livePreview = true;
    };
    handlers.onPointerUp = function (e) {
      if (r.active && r.downAt != null && r.upAt == null) {
        r.upAt = performance.now();
        performance.mark("drop:release");
      }
      original.up.call(this, e);
    };
    // The drop is one command to the core; the card's new place is known once it returns.
    editor.edit = function (command) {
      const dropped = r.active && r.upAt != null && !r.commit;
      const p = original.edit.call(this, command);
      if (dropped) {
        r.commit = p.then(async () => {
          r.commitMs = round1(performance.now() - r.upAt!);
          performance.mark("drop:done");
          // When the core's answer was in hand (the command's, or the one prepared during
          // the drag; IPC and JSON parsing included), apart from drawing it.
          r.answeredMs = marksSince("drop:release")["edit:answered"] ?? null;
          // The updated canvas and problems panel on screen: two frames later, as renderMs.
          await nextFrame();
          await nextFrame();
          r.commitPaintedMs = round1(performance.now() - r.upAt!);
          performance.mark("drop:painted");
        });
      }
      return p;
    };
    const tick = (ts: number) => {
      if (!r.active) return;
      r.frames.push({ ts, now: performance.now(), moves: r.moves });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return true;
  }

  function stopRecording(r: Recorder) {
    r.active = false;
    window.removeEventListener("pointermove", onRaw, true);
    // Remove the shadowing properties: the prototype's methods show through again.
    for (const k of ["onPointerDown", "onPointerMove", "onPointerUp"] as const)
      delete (handlers as Partial<Handlers>)[k];
    delete (editor as Partial<Editor>).edit;
  }

  function summarize(r: Recorder) {
    const base = { moveEvents: r.moves, rawMoveEvents: r.rawMoves };
    if (r.downAt == null || r.upAt == null) {
      return {
        ...base,
        error: r.downAt == null ? "no press reached the canvas on a card" : "no release reached the canvas",
      };
    }
    const after = r.cardId ? boxOf(r.cardId) : null;
    const dx = after && r.before ? after.x - r.before.x : null;
    const dy = after && r.before ? after.y - r.before.y : null;
    return {
      ...base,
      ...dragWindow(r.frames, r.downAt, r.upAt),
      handlerMedianMs: round1(median(r.handlerMs)),
      handlerP95Ms: round1(p95(r.handlerMs)),
      pressMs: round1(r.pressMs),
      firstFrameAfterDownMs: round1((r.frames.find((f) => f.now > r.downAt!)?.now ?? r.downAt) - r.downAt),
      firstMoveAfterDownMs: r.firstMoveAt == null ? null : round1(r.firstMoveAt - r.downAt),
      lastMoveToUpMs: r.lastMoveAt == null ? null : round1(r.upAt - r.lastMoveAt),
      // Release → the core's answer drawn (the move command and the new Scene).
      commitMs: r.commitMs,
      // Of which the core's answer (command, IPC, parsing), and the drop until painted.
      commitAnsweredMs: r.answeredMs,
      commitPaintedMs: r.commitPaintedMs,
      cellId: r.cardId,
      movedBy: dx == null || dy == null ? null : { dx: round1(dx), dy: round1(dy) },
      cellMoved: dx != null && dy != null && Math.hypot(dx, dy) > 10,
      livePreview: r.livePreview,
      parentBefore: r.parentBefore,
      parentAfter: r.cardId ? laneOf(r.cardId) : null,
      // Where the drop's time went: the edit's timing marks, ms after the release, and the
      // drag's last preparation of the drop (src/anticipate.ts), which may precede it.
      split: marksSince("drop:release", ["antic:asked", "antic:queued", "antic:answered"]),
    };
  }

  // Resolves two frames after the release reached the canvas and the drop's command
  // came back (or after timeoutMs).
  async function endDrag(timeoutMs = 20000) {
    const r = rec;
    if (!r) throw new Error("startDrag() was not called");
    const tEnd = performance.now() + timeoutMs;
    while (r.upAt == null && performance.now() < tEnd) await nextFrame();
    if (r.commit)
      await Promise.race([r.commit, new Promise((ok) => setTimeout(ok, Math.max(0, tEnd - performance.now())))]);
    await nextFrame();
    await nextFrame();
    stopRecording(r);
    return summarize(r);
  }

  return { measureIdle, dragPlan, startDrag, endDrag };
}
