// The web view's own behaviour that a desktop app must not show: its context menu (Back,
// Forward, Reload, Inspect) and its reload keys (F5, Ctrl/Cmd+R, with Shift too), which
// would throw away the window's state. Kept in development builds, where Reload and
// Inspect are the developer's tools; the canvas shows the app's own menu in every build.

/** Whether the key reloads the page in a web view. */
export function isReloadKey(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">): boolean {
  if (e.key === "F5") return true;
  return (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "r" || e.key === "R");
}

/** Whether a text field keeps the web view's menu (its Cut, Copy, Paste and spelling). */
export function keepsNativeMenu(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA"].includes(t.tagName));
}

/** The key events whose default the guard refused (and nobody else had). */
const refused = new WeakSet<Event>();

/**
 * Refuse the web view's reload on `win`, wherever the focus is. Listened for in the
 * capture phase, before any element's handler: a dialog's or the inline editor's stops
 * the key on its way up, and the window's handler would never see it. Only the web
 * view's default is refused; the key goes on, so the app's own use of it (F5 is View ›
 * Present) still runs: see `claimedElsewhere`. Returns the guard's removal.
 */
export function guardReloadKeys(win: Window): () => void {
  const onKeydown = (e: KeyboardEvent) => {
    if (!isReloadKey(e) || e.defaultPrevented) return;
    e.preventDefault();
    refused.add(e);
  };
  win.addEventListener("keydown", onKeydown, { capture: true });
  return () => win.removeEventListener("keydown", onKeydown, { capture: true });
}

/** Whether a handler other than the reload guard took the key (prevented its default). */
export function claimedElsewhere(e: Event): boolean {
  return e.defaultPrevented && !refused.has(e);
}
