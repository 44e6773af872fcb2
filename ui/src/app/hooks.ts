// What a guest page may change in the app: the one hook the benchmark (`?n=N`, loaded by
// main.ts into a chunk of its own) uses to open its own document. A product window runs
// with `productHooks`.

import type { Editor } from "./editor.svelte";
import type { WatchedPanel } from "./sidebar.svelte";

export interface AppHooks {
  /** The window's first load, once the canvas is attached. */
  boot(editor: Editor): Promise<void>;
  /** Whether the main window offers recovered work (the Recovery panel). */
  offersRecovery: boolean;
  /** Whether the window loads the document again when the shell replaces it (File › New). */
  followsReplacement: boolean;
  /** A sidebar panel pinned from the start, for this window only (the product keeps the user's). */
  pinnedPanel?: WatchedPanel;
}

export const productHooks: AppHooks = {
  // The document the shell holds for this window.
  boot: (editor) => editor.load(),
  offersRecovery: true,
  followsReplacement: true,
};
