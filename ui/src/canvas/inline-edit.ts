// Editing text in place: an HTML text field laid over an element of the drawing (a card,
// a lane or stage name). IME-safe: while an input method is composing (Chinese Pinyin),
// Enter and Escape belong to the composition, and nothing is committed until it ends, so
// characters are neither dropped nor doubled. The text reaches the core once, on commit.
// For rapid entry a field may go on after committing: Tab / Shift+Tab to the next or
// previous field of its kind, Ctrl/Cmd+Enter to a new card below (see `next`).

import type { Rect } from "../scene/types";

export interface InlineEditOptions {
  /** Scene rectangle to cover. */
  rect: Rect;
  value: string;
  /** Several lines (card text): Enter commits, Shift+Enter breaks the line. */
  multiline?: boolean;
  /** Accessible name of the field. */
  label: string;
  /** Resolves once the edit has been applied (so `next` sees its result). */
  commit(value: string): void | Promise<unknown>;
  cancel?(): void;
  /**
   * Where to go after committing with Tab ("next"), Shift+Tab ("previous") or
   * Ctrl/Cmd+Enter ("below"); called once the commit has been applied. Without it Tab
   * leaves the field as usual (committing) and Ctrl/Cmd+Enter commits as Enter does.
   */
  next?(how: OnwardKey): void;
}

export type OnwardKey = "next" | "previous" | "below";

/** The onward key an event means in a field, if any (WebKitGTK reports Shift+Tab as "Unidentified"). */
export function onwardKey(e: Pick<KeyboardEvent, "key" | "code" | "shiftKey" | "ctrlKey" | "metaKey" | "altKey">) {
  const tab = e.key === "Tab" || (e.key === "Unidentified" && e.code === "Tab");
  if (tab && !e.ctrlKey && !e.metaKey && !e.altKey) return e.shiftKey ? "previous" : "next";
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey) return "below";
  return null;
}

export class InlineEditor {
  private field: HTMLTextAreaElement | HTMLInputElement | null = null;
  private composing = false;

  /**
   * `host` scrolls; `origin` gives the scene→host transform (zoom, offset); `giveBack`
   * returns the keyboard to the canvas after a field closes and left nothing focused.
   */
  constructor(
    private host: HTMLElement,
    private origin: () => { zoom: number; x: number; y: number },
    private giveBack: () => void = () => {},
  ) {}

  get active(): boolean {
    return this.field !== null;
  }

  open(o: InlineEditOptions): HTMLTextAreaElement | HTMLInputElement {
    this.close();
    const field = o.multiline ? document.createElement("textarea") : document.createElement("input");
    field.className = "inline-edit";
    field.value = o.value;
    field.setAttribute("aria-label", o.label);
    field.spellcheck = true;
    const { zoom, x, y } = this.origin();
    const box = {
      x: x + o.rect.x * zoom,
      y: y + o.rect.y * zoom,
      w: Math.max(o.rect.w * zoom, 60),
      h: Math.max(o.rect.h * zoom, 24),
    };
    Object.assign(field.style, {
      position: "absolute",
      left: `${box.x}px`,
      top: `${box.y}px`,
      width: `${box.w}px`,
      height: `${box.h}px`,
      fontSize: `${13 * zoom}px`,
    });
    let done = false;
    const finish = (commit: boolean, onward?: OnwardKey) => {
      if (done) return;
      done = true;
      const value = field.value;
      this.close();
      let applied: void | Promise<unknown> = undefined;
      if (commit && value !== o.value) applied = o.commit(value);
      else if (!commit) o.cancel?.();
      if (onward && o.next) {
        const next = o.next;
        void Promise.resolve(applied).then(() => next(onward));
      }
      // After the field's removal has moved the focus (to the body, or where a click put it).
      setTimeout(() => {
        const a = document.activeElement;
        if (!this.active && (!a || a === document.body)) this.giveBack();
      });
    };
    field.addEventListener("compositionstart", () => (this.composing = true));
    field.addEventListener("compositionend", () => (this.composing = false));
    field.addEventListener("keydown", (e) => {
      const ke = e as KeyboardEvent;
      // keyCode 229: WebKit reports keys consumed by the IME this way.
      if (ke.isComposing || this.composing || ke.keyCode === 229) return;
      ke.stopPropagation();
      const onward = o.next ? onwardKey(ke) : null;
      if (onward) {
        ke.preventDefault();
        finish(true, onward);
      } else if (ke.key === "Escape") {
        ke.preventDefault();
        finish(false);
      } else if (ke.key === "Enter" && !(o.multiline && ke.shiftKey)) {
        ke.preventDefault();
        finish(true);
      }
    });
    field.addEventListener("blur", () => finish(true));
    this.field = field;
    this.host.append(field);
    // A new stage or lane may be outside the visible part: show the field before typing.
    revealInHost(this.host, box);
    field.focus({ preventScroll: true });
    field.select();
    return field;
  }

  close(): void {
    const f = this.field;
    this.field = null;
    this.composing = false;
    f?.remove();
  }
}

/** Space kept between a revealed field and the host's edge, pixels. */
const REVEAL_MARGIN = 24;

/**
 * Scroll `host` the least that brings `box` (pixels in the host's scrolled content) into
 * view with a margin; a box larger than the view shows its start.
 */
export function revealInHost(host: HTMLElement, box: { x: number; y: number; w: number; h: number }): void {
  const fit = (start: number, size: number, scroll: number, view: number): number => {
    if (start - REVEAL_MARGIN < scroll) return Math.max(0, start - REVEAL_MARGIN);
    if (start + size + REVEAL_MARGIN > scroll + view)
      return Math.max(0, Math.min(start - REVEAL_MARGIN, start + size + REVEAL_MARGIN - view));
    return scroll;
  };
  const left = fit(box.x, box.w, host.scrollLeft, host.clientWidth);
  const top = fit(box.y, box.h, host.scrollTop, host.clientHeight);
  if (left !== host.scrollLeft) host.scrollLeft = left;
  if (top !== host.scrollTop) host.scrollTop = top;
}
