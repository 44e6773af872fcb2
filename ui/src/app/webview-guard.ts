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
