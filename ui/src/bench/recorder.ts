// Recording one drag, as the peer page does: from `startDrag()` the canvas's own pointer
// handlers and the editor's `edit` are timed (wrapped for the length of the recording),
// every animation frame is counted, and `endDrag()` sums it up two frames after the
// drop's command came back (and, with the Measures panel pinned, after it showed the
// dropped document's figures).

import type { Editor } from "../app/editor.svelte";
import type { Rect } from "../scene/types";
import { cardKey } from "../scene/keys";
import { dragWindow, median, p95, round1, type Frame } from "./stats";
import { marksSince, nextFrame } from "./timing";

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
  /** Release → the Measures panel drew the dropped document's figures, and two frames on. */
  measuresMs: number | null;
  measuresPaintedMs: number | null;
  /** The element the first press landed on, and where. */
  pressedOn: string | null;
}

/** The canvas's private pointer handlers, wrapped to time them. */
interface Handlers {
  onPointerDown(e: PointerEvent): void;
  onPointerMove(e: PointerEvent): void;
  onPointerUp(e: PointerEvent): void;
  drag: { id: string; moved: boolean } | null;
}

/** What a drop is measured until, besides the canvas and the problems panel. */
export interface Awaited {
  /** The Measures panel shows (pinned) and draws the figures again after every edit. */
  measures: boolean;
}

/** `startDrag` and `endDrag` of the contract; `boxOf` reads a card's box from the drawn Scene. */
export function dragRecorder(editor: Editor, boxOf: (id: string) => Rect | null, awaited: Awaited) {
  const canvas = editor.canvas!;
  const handlers = canvas as unknown as Handlers;
  const cardNode = (id: string) => canvas.node(cardKey(id));
  const laneOf = (id: string) => editor.mirror?.cards.get(id)?.lane ?? null;

  let rec: Recorder | null = null;
  const original = {
    down: handlers.onPointerDown,
    move: handlers.onPointerMove,
    up: handlers.onPointerUp,
    edit: editor.edit,
  };
  const onRaw = (e: Event) => {
    if (rec?.active && e.type === "pointermove") rec.rawMoves++;
    // What the press landed on, to say why no drag started.
    if (rec?.active && e.type === "pointerdown" && rec.pressedOn === null) {
      const p = e as PointerEvent;
      const t = e.target as Element | null;
      rec.pressedOn = `${t?.tagName.toLowerCase()}.${t?.getAttribute("class") ?? ""} at ${p.clientX},${p.clientY} button ${p.button}`;
    }
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
      measuresMs: null,
      measuresPaintedMs: null,
      pressedOn: null,
    };
    rec = r;
    window.addEventListener("pointermove", onRaw, true);
    window.addEventListener("pointerdown", onRaw, true);
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
    window.removeEventListener("pointerdown", onRaw, true);
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
        error:
          r.downAt == null
            ? `no press reached the canvas on a card (pressed on ${r.pressedOn ?? "nothing"})`
            : "no release reached the canvas",
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
      // Release → the Measures panel drew the new figures (our code returned), and painted.
      measuresMs: r.measuresMs,
      measuresPaintedMs: r.measuresPaintedMs,
      cellId: r.cardId,
      movedBy: dx == null || dy == null ? null : { dx: round1(dx), dy: round1(dy) },
      cellMoved: dx != null && dy != null && Math.hypot(dx, dy) > 10,
      livePreview: r.livePreview,
      parentBefore: r.parentBefore,
      parentAfter: r.cardId ? laneOf(r.cardId) : null,
      // Where the drop's time went: the edit's timing marks, ms after the release, and the
      // drag's last preparation of the drop (scene/anticipate.ts), which may precede it.
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
    if (awaited.measures && r.upAt != null) {
      const shown = () => marksSince("drop:release")["measures:shown"];
      // As commitPaintedMs: until the second frame after the figures were drawn; a frame
      // that finds them drawn is the first.
      let frames = 0;
      while (shown() === undefined && performance.now() < tEnd) frames = (await nextFrame(), 1);
      r.measuresMs = shown() ?? null;
      if (r.measuresMs !== null) {
        for (; frames < 2; frames++) await nextFrame();
        r.measuresPaintedMs = round1(performance.now() - r.upAt);
      }
    }
    await nextFrame();
    await nextFrame();
    stopRecording(r);
    return summarize(r);
  }

  return { startDrag, endDrag };
}
