// The canvas on the system clipboard. Cut, Copy and Paste (keys, and the native Edit
// menu's items, which raise the same DOM events) reach the canvas as `copy`/`cut`/`paste`
// events while it has the keyboard focus. WebKit enables those commands without a text
// selection or an editable field only when `beforecopy`/`beforecut`/`beforepaste` is
// cancelled, so those are cancelled when the canvas can answer.

import type { Commanding, GestureHost, SceneView, Selecting } from "./host";
import {
  CLIP_MIME,
  clipFromText,
  copyCards,
  parseClip,
  pasteCommand,
  plainText,
  type Clip,
  type Placement,
} from "../../edits/clipboard";
import { readingOrder } from "../../edits/card-moves";
import { canvasHasFocus } from "./card-keys";
import { cardKey } from "../../scene/keys";

/** The last copy in this window: a paste whose plain text matches it gets the full cards. */
let last: { plain: string; clip: Clip } | null = null;

/** Copy the selected cards; null when no card is selected. */
export function copySelection(canvas: SceneView & Selecting): { plain: string; json: string } | null {
  const m = canvas.currentMirror;
  const clip = m && copyCards(m, canvas.selectedCards);
  if (!clip) return null;
  const plain = plainText(clip);
  last = { plain, clip };
  return { plain, json: JSON.stringify(clip) };
}

/** After the last selected card (reading order), else where the cards came from. */
export function placementFor(canvas: SceneView & Selecting): Placement {
  const m = canvas.currentMirror;
  const sel = new Set(canvas.selectedCards);
  const after = m
    ? readingOrder(m)
        .filter((id) => sel.has(id))
        .pop()
    : undefined;
  return after ? { kind: "after", card: after } : { kind: "origin" };
}

/** Paste cards as one batch and select them. */
export async function pasteClip(
  canvas: SceneView & Selecting & Commanding,
  clip: Clip | null,
  placement = placementFor(canvas),
  label = "Paste",
): Promise<void> {
  const m = canvas.currentMirror;
  const paste = m && clip && pasteCommand(m, clip, placement, label);
  if (!paste) return;
  const applied = await canvas.send(paste.command);
  if (applied) canvas.setSelection(paste.ids.map(cardKey));
}

/** What was pasted: our JSON, else plain text (the last copy's cards if it is their text). */
export function clipFromData(data: Pick<DataTransfer, "getData"> | null): Clip | null {
  if (!data) return null;
  const json = parseClip(data.getData(CLIP_MIME));
  if (json) return json;
  const plain = data.getData("text/plain");
  return last && plain === last.plain ? last.clip : clipFromText(plain);
}

/** Copy and paste beside the originals, leaving the system clipboard alone. */
export function duplicateSelection(canvas: SceneView & Selecting & Commanding): Promise<void> {
  const m = canvas.currentMirror;
  const clip = m && copyCards(m, canvas.selectedCards);
  return pasteClip(canvas, clip, { kind: "beside" }, "Duplicate");
}

export async function deleteSelectedCards(canvas: Selecting & Commanding, label: string): Promise<void> {
  const cards = canvas.selectedCards;
  if (cards.length) await canvas.send({ type: "batch", label, commands: [{ type: "delete_cards", cards }] });
}

/** For toolbar buttons and menu items that are not the platform's own. */
export async function copyToSystem(canvas: SceneView & Selecting): Promise<boolean> {
  const c = copySelection(canvas);
  if (!c) return false;
  await navigator.clipboard?.writeText(c.plain).catch(() => undefined);
  return true;
}

export async function pasteFromSystem(canvas: SceneView & Selecting & Commanding): Promise<void> {
  const plain = await navigator.clipboard?.readText().catch(() => null);
  const clip = plain == null || (last && plain === last.plain) ? (last?.clip ?? null) : clipFromText(plain);
  await pasteClip(canvas, clip);
}

/** Answer the DOM clipboard events while the canvas has the focus. */
export function bindClipboard(canvas: GestureHost, doc: Document = document): () => void {
  const hasCards = () => canvasHasFocus(canvas) && canvas.selectedCards.length > 0;
  const enable = (ok: () => boolean) => (e: Event) => {
    if (ok()) e.preventDefault();
  };
  const copy = (cut: boolean) => (e: Event) => {
    const data = (e as ClipboardEvent).clipboardData;
    if (!hasCards() || !data) return;
    const c = copySelection(canvas);
    if (!c) return;
    e.preventDefault();
    data.setData("text/plain", c.plain);
    data.setData(CLIP_MIME, c.json);
    if (cut) void deleteSelectedCards(canvas, "Cut");
  };
  const paste = (e: Event) => {
    if (!canvasHasFocus(canvas)) return;
    e.preventDefault();
    void pasteClip(canvas, clipFromData((e as ClipboardEvent).clipboardData));
  };
  const handlers: [string, (e: Event) => void][] = [
    ["beforecopy", enable(hasCards)],
    ["beforecut", enable(hasCards)],
    ["beforepaste", enable(() => canvasHasFocus(canvas))],
    ["copy", copy(false)],
    ["cut", copy(true)],
    ["paste", paste],
  ];
  for (const [type, h] of handlers) doc.addEventListener(type, h);
  return () => handlers.forEach(([type, h]) => doc.removeEventListener(type, h));
}
