// Moving around the canvas: Ctrl/Cmd + wheel and trackpad pinch zoom at the pointer,
// Shift + wheel scrolls sideways, space + drag and middle-button drag pan. Plain wheel
// and trackpad scrolling stay the host's native scrolling (over the pinned headers beside
// it, forwarded: forwardWheel). Zoom is the canvas's transform, so nothing is redrawn;
// wheel steps are coalesced to one zoom, and forwarded scrolling to one scroll, per frame.

import type { Point } from "./hit";

/** What the viewport drives: the canvas (an interface so tests can stand in for it). */
export interface Zoomable {
  zoom: number;
  /** Zoom to `z` (clamped) keeping the scene point under client (x, y) where it is. */
  zoomAt(z: number, clientX: number, clientY: number): void;
}

/** A set of callbacks; `add` returns the function that removes it. */
export class Listeners<T> {
  private set = new Set<(value: T) => void>();
  add(cb: (value: T) => void): () => void {
    this.set.add(cb);
    return () => void this.set.delete(cb);
  }
  emit(value: T): void {
    for (const cb of [...this.set]) cb(value);
  }
}

export function isTextField(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
}

/** Largest zoom change one wheel event may make (about one menu zoom step). */
const WHEEL_DELTA_CAP = 25;
/** Zoom change per pixel of wheel delta: exp(-delta × k). */
const WHEEL_ZOOM_RATE = 0.01;
const LINE_PX = 16;

/** A wheel delta in pixels, whatever unit the event reports it in. */
export function wheelPixels(delta: number, mode: number, page: number): number {
  return mode === 1 ? delta * LINE_PX : mode === 2 ? delta * page : delta;
}

/**
 * The zoom factor of one Ctrl + wheel event. Pinch gestures send small deltas, mouse
 * wheels large ones: capping the delta makes a wheel notch one zoom step while a
 * pinch stays continuous.
 */
export function wheelZoomFactor(deltaY: number, mode = 0, page = 800): number {
  const px = wheelPixels(deltaY, mode, page);
  const capped = Math.max(-WHEEL_DELTA_CAP, Math.min(WHEEL_DELTA_CAP, px));
  return Math.exp(-capped * WHEEL_ZOOM_RATE);
}

/** Safari's pinch events (not in the DOM typings). */
interface GestureEvent extends UIEvent {
  scale: number;
  clientX: number;
  clientY: number;
}

type Schedule = (cb: () => void) => void;
const nextFrame: Schedule = (cb) =>
  typeof requestAnimationFrame === "function" ? void requestAnimationFrame(() => cb()) : void setTimeout(cb, 16);

export type PanState = "idle" | "ready" | "panning";

/** Wires the host's wheel, pinch, key and pointer events to zooming and panning. */
export class Viewport {
  /** idle; ready: space is held (grab cursor); panning: a drag is moving the view. */
  state: PanState = "idle";
  private space = false;
  private pan: { pointer: number; x: number; y: number; left: number; top: number; moved: boolean } | null = null;
  private suppressClick = false;
  private pending: { factor: number; x: number; y: number } | null = null;
  /** Scrolling forwarded from outside the host this frame, summed (pixels). */
  private scrolling: { dx: number; dy: number } | null = null;
  private pinch: { zoom: number } | null = null;

  constructor(
    private readonly canvas: Zoomable,
    private readonly host: HTMLElement,
    private readonly schedule: Schedule = nextFrame,
    target: EventTarget = window,
  ) {
    host.addEventListener("wheel", (e) => this.onWheel(e), { passive: false });
    host.addEventListener("gesturestart", (e) => this.onGestureStart(e as GestureEvent));
    host.addEventListener("gesturechange", (e) => this.onGestureChange(e as GestureEvent));
    host.addEventListener("gestureend", (e) => this.onGestureEnd(e as GestureEvent));
    // Capture: a pan press must reach neither the canvas's gestures nor its click.
    host.addEventListener("pointerdown", (e) => this.onPointerDown(e), { capture: true });
    host.addEventListener("pointermove", (e) => this.onPointerMove(e), { capture: true });
    host.addEventListener("pointerup", (e) => this.onPointerUp(e), { capture: true });
    host.addEventListener("pointercancel", (e) => this.onPointerUp(e), { capture: true });
    host.addEventListener("click", (e) => this.onClick(e), { capture: true });
    // Middle-button press: no autoscroll, no paste of the primary selection.
    host.addEventListener("mousedown", (e) => e.button === 1 && e.preventDefault());
    host.addEventListener("auxclick", (e) => e.button === 1 && e.preventDefault());
    target.addEventListener("keydown", (e) => this.onKeyDown(e as KeyboardEvent));
    target.addEventListener("keyup", (e) => this.onKeyUp(e as KeyboardEvent));
    target.addEventListener("blur", () => this.release());
  }

  private setState(s: PanState): void {
    this.state = s;
    this.host.classList.toggle("pan-ready", s === "ready");
    this.host.classList.toggle("panning", s === "panning");
  }

  private onWheel(e: WheelEvent): void {
    if (e.ctrlKey || e.metaKey) {
      // Ctrl + wheel, and trackpad pinch (which Chromium and WebKitGTK send as Ctrl + wheel).
      e.preventDefault();
      if (this.pinch) return; // Safari sends its own gesture events for the same pinch.
      this.zoomSoon(wheelZoomFactor(e.deltaY, e.deltaMode, this.host.clientHeight), e.clientX, e.clientY);
    } else if (e.shiftKey && e.deltaX === 0 && e.deltaY !== 0) {
      // Engines that do not turn Shift + wheel sideways themselves.
      e.preventDefault();
      this.host.scrollLeft += wheelPixels(e.deltaY, e.deltaMode, this.host.clientWidth);
    }
  }

  /**
   * A wheel over a surface beside the host (the pinned headers) moves the drawing as it
   * would over the host: Ctrl/Cmd zooms, Shift scrolls sideways, else it scrolls. Both
   * are applied once per frame, as the host's own scrolling is: a trackpad sends many
   * events a frame, and each scroll written would re-cull and re-place the headers.
   */
  forwardWheel(e: WheelEvent): void {
    e.preventDefault();
    const h = this.host;
    if (e.ctrlKey || e.metaKey) {
      if (!this.pinch) this.zoomSoon(wheelZoomFactor(e.deltaY, e.deltaMode, h.clientHeight), e.clientX, e.clientY);
      return;
    }
    const sideways = e.shiftKey && !e.deltaX;
    const dx = wheelPixels(sideways ? e.deltaY : e.deltaX, e.deltaMode, h.clientWidth);
    const dy = sideways ? 0 : wheelPixels(e.deltaY, e.deltaMode, h.clientHeight);
    if (this.scrolling) {
      this.scrolling.dx += dx;
      this.scrolling.dy += dy;
      return;
    }
    this.scrolling = { dx, dy };
    this.schedule(() => {
      const d = this.scrolling;
      this.scrolling = null;
      if (d?.dx) h.scrollLeft += d.dx;
      if (d?.dy) h.scrollTop += d.dy;
    });
  }

  /** Coalesce the zoom steps of one frame into one transform change. */
  private zoomSoon(factor: number, x: number, y: number): void {
    if (this.pending) {
      this.pending = { factor: this.pending.factor * factor, x, y };
      return;
    }
    this.pending = { factor, x, y };
    this.schedule(() => {
      const p = this.pending;
      this.pending = null;
      if (p) this.canvas.zoomAt(this.canvas.zoom * p.factor, p.x, p.y);
    });
  }

  private onGestureStart(e: GestureEvent): void {
    e.preventDefault();
    this.pinch = { zoom: this.canvas.zoom };
  }

  private onGestureChange(e: GestureEvent): void {
    e.preventDefault();
    if (this.pinch) this.canvas.zoomAt(this.pinch.zoom * e.scale, e.clientX, e.clientY);
  }

  private onGestureEnd(e: GestureEvent): void {
    e.preventDefault();
    this.pinch = null;
  }

  private onKeyDown(e: KeyboardEvent): void {
    // Taken already: Space is an action's key there (the next step while presenting).
    if (e.defaultPrevented) return;
    if (e.key !== " " || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
    // Held space would scroll the host a page, or press a focused button.
    e.preventDefault();
    if (this.space) return;
    this.space = true;
    if (this.state === "idle") this.setState("ready");
  }

  private onKeyUp(e: KeyboardEvent): void {
    if (e.key !== " " || !this.space) return;
    e.preventDefault();
    this.space = false;
    if (this.state === "ready") this.setState("idle");
  }

  /** The window lost the focus: the space key's release will not be seen. */
  private release(): void {
    this.space = false;
    if (this.state === "ready") this.setState("idle");
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.pan) return;
    const middle = e.button === 1;
    if (!middle && !(e.button === 0 && this.space)) return;
    e.preventDefault();
    e.stopPropagation();
    this.pan = {
      pointer: e.pointerId,
      x: e.clientX,
      y: e.clientY,
      left: this.host.scrollLeft,
      top: this.host.scrollTop,
      moved: false,
    };
    this.host.setPointerCapture?.(e.pointerId);
    this.setState("panning");
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.pan;
    if (!p || e.pointerId !== p.pointer) return;
    e.stopPropagation();
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    if (dx || dy) p.moved = true;
    this.host.scrollLeft = p.left - dx;
    this.host.scrollTop = p.top - dy;
  }

  private onPointerUp(e: PointerEvent): void {
    const p = this.pan;
    if (!p || e.pointerId !== p.pointer) return;
    e.stopPropagation();
    this.pan = null;
    this.suppressClick = true;
    if (this.host.hasPointerCapture?.(e.pointerId)) this.host.releasePointerCapture(e.pointerId);
    this.setState(this.space ? "ready" : "idle");
    // The click that may follow belongs to the pan; if none comes, forget it.
    this.schedule(() => (this.suppressClick = false));
  }

  private onClick(e: MouseEvent): void {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    e.stopPropagation();
    e.preventDefault();
  }
}

/** Client point of the host's visible centre (the anchor of menu and key zooms). */
export function viewportCentre(host: HTMLElement): Point {
  const r = host.getBoundingClientRect();
  return { x: r.left + host.clientLeft + host.clientWidth / 2, y: r.top + host.clientTop + host.clientHeight / 2 };
}
