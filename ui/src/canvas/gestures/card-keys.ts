// The canvas for keyboard users: it takes the focus (one Tab stop with an accessible
// name), keeps it on the scrolling host around the <svg> (cards are redrawn after edits,
// and a redrawn node would drop the focus; and in WebKitGTK a focus change on the <svg>
// itself restyles its root, which lays out the whole drawing again: 80–140 ms at 200
// cards in MiniBrowser, paid at the press that starts a drag), moves the selection
// through the cards in reading order with Tab / Shift+Tab, and says which card is
// selected in a live region.

import type { Focus, SceneView, Selecting, Surface } from "./host";
import { readingOrder } from "../../edits/card-moves";
import { t } from "../../i18n";
import { cardKey } from "../../scene/keys";

/** Whether the canvas has the keyboard focus. */
export function canvasHasFocus(canvas: Focus & Surface): boolean {
  const a = canvas.host.ownerDocument.activeElement;
  return !!a && (a === canvas.host || canvas.svg.contains(a));
}

/** The cards a keyboard user can reach (drawn ones: not in collapsed lanes), in reading order. */
export function reachableCards(canvas: SceneView): string[] {
  const m = canvas.currentMirror;
  return m ? readingOrder(m).filter((id) => canvas.has(cardKey(id))) : [];
}

/**
 * The card Tab (or Shift+Tab) selects next: after the last selected card, or before the
 * first. Null past the ends, so that Tab then leaves the canvas (no keyboard trap).
 */
export function tabTarget(order: string[], selected: string[], back: boolean): string | null {
  const sel = new Set(selected);
  const at = order.flatMap((id, i) => (sel.has(id) ? [i] : []));
  if (at.length === 0) return (back ? order[order.length - 1] : order[0]) ?? null;
  const i = back ? at[0]! - 1 : at[at.length - 1]! + 1;
  return order[i] ?? null;
}

/** Select card `id` as the keyboard did: bring it into view and say what it is. */
export function selectCard(canvas: SceneView & Selecting & Focus, id: string): void {
  canvas.setSelection([cardKey(id)]);
  canvas.reveal(cardKey(id), { scroll: "nearest" });
  const m = canvas.currentMirror;
  const card = m?.cards.get(id);
  if (!m || !card) return;
  const lane = m.lanes.find((l) => l.id === card.lane)?.name ?? "";
  const stage = m.stages.find((s) => s.id === card.stage)?.name ?? "";
  announce(canvas, `${card.text || t("canvas.empty_card")} — ${lane}, ${stage}`);
}

const live = new WeakMap<Focus, HTMLElement>();

/** Say `text` to screen readers (a polite live region next to the canvas). */
export function announce(canvas: Focus, text: string): void {
  live.get(canvas)!.textContent = text;
}

/** Make the canvas focusable and keep the focus on it. */
export function keyboardCanvas(canvas: Focus & Surface): void {
  const { host, svg } = canvas;
  host.setAttribute("tabindex", "0");
  // Arrow keys, Enter and Tab have meanings of their own here.
  host.setAttribute("role", "application");
  host.setAttribute("aria-roledescription", "blueprint");
  host.setAttribute("aria-label", t("canvas.label"));
  const region = host.ownerDocument.createElement("div");
  region.className = "visually-hidden";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  host.after(region);
  live.set(canvas, region);
  // Nothing in the drawing keeps the focus (a script could focus a node): the host does.
  svg.addEventListener("focusin", () => canvas.takeFocus());
  // A press on the drawing gives it the keyboard, unless the inline field has it.
  host.addEventListener("pointerdown", () => {
    if (!canvas.inline.active) canvas.takeFocus();
  });
}
