// Full screen for presenting: the app's window through Tauri's window API (the capability
// grants `set_fullscreen` and `is_fullscreen`), a plain browser's page through the
// Fullscreen API, and nothing where neither is there (tests).

import { isTauri } from "@tauri-apps/api/core";
import { getCurrentWindow } from "@tauri-apps/api/window";

export interface FullScreen {
  /** Go full screen; true when this changed anything (the window was not full screen already). */
  enter(): Promise<boolean>;
  /** Leave full screen (only called after `enter` answered true). */
  leave(): Promise<void>;
  /**
   * Call `cb` when full screen ends by other means than `leave` (a browser leaves it on
   * Escape before the page sees the key). Returns the unsubscribe.
   */
  onLeft(cb: () => void): () => void;
}

const tauriWindow: FullScreen = {
  async enter() {
    const win = getCurrentWindow();
    if (await win.isFullscreen()) return false;
    await win.setFullscreen(true);
    return true;
  },
  async leave() {
    await getCurrentWindow().setFullscreen(false);
  },
  // The window's own full screen ends only through us (Escape reaches the page).
  onLeft: () => () => {},
};

const browserPage: FullScreen = {
  async enter() {
    const root = document.documentElement;
    if (document.fullscreenElement || typeof root.requestFullscreen !== "function") return false;
    try {
      await root.requestFullscreen();
      return true;
    } catch {
      // Refused (no user gesture, a policy): present in the window as it is.
      return false;
    }
  },
  async leave() {
    if (document.fullscreenElement && typeof document.exitFullscreen === "function") await document.exitFullscreen();
  },
  onLeft(cb) {
    const changed = () => {
      if (!document.fullscreenElement) cb();
    };
    document.addEventListener("fullscreenchange", changed);
    return () => document.removeEventListener("fullscreenchange", changed);
  },
};

/** Full screen where the UI runs. */
export function fullScreen(): FullScreen {
  return isTauri() ? tauriWindow : browserPage;
}
