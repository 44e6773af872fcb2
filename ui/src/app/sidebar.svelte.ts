// Which sidebar tab shows. Selecting something shows its fields (the Inspector), so a
// designer sees what they clicked without looking for a tab; Problems stays one click
// away. Pinning keeps a watched panel (Problems, or Measures while the designer drags
// cards to see the figures change) shown whatever is selected, and the choice is kept
// (localStorage, as the minimap's is). A selection made from a panel's list (clicking a
// problem, or a figure in Measures) never switches away from that panel.

export type SidebarTab = "problems" | "measures" | "inspector" | "rules";
/** The panels that watch the document as it changes, the ones worth pinning. */
export type WatchedPanel = "problems" | "measures";

export const PIN_KEY = "frontstage.sidebar.problems_pinned";

/** The pinned panel kept from an earlier start, if any ("pinned" was Problems' pin). */
function storedPin(): WatchedPanel | null {
  try {
    const kept = globalThis.localStorage?.getItem(PIN_KEY);
    if (kept === "pinned" || kept === "problems") return "problems";
    return kept === "measures" ? "measures" : null;
  } catch {
    return null;
  }
}

function storePin(value: WatchedPanel | "free"): void {
  try {
    globalThis.localStorage?.setItem(PIN_KEY, value);
  } catch {
    // Storage can be unavailable (private mode); the pin still works for this window.
  }
}

/** The same elements, in any order (the canvas keeps its own order). */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((k) => set.has(k));
}

export class SidebarChoice {
  pinned = $state(false);
  tab = $state<SidebarTab>("problems");
  /** The selection last seen: an edit hands the same keys again, which is no new selection. */
  private seen: readonly string[] = [];
  /** The selection a click in a panel made, which leaves that panel shown. */
  private fromPanel: readonly string[] | null = null;

  /** Whether the pin is kept for the next start (not for a guest page's pin). */
  private readonly keeps: boolean;

  /** `start`: a panel to pin for this window only, whatever was kept (a guest page's). */
  constructor(start?: WatchedPanel) {
    this.keeps = start === undefined;
    const pinned = start ?? storedPin();
    if (pinned) [this.pinned, this.tab] = [true, pinned];
  }

  /** The user chose `tab`; a pin moves along to another watched panel. */
  show(tab: SidebarTab): void {
    this.tab = tab;
    if (this.pinned && isWatched(tab)) this.keep(tab);
  }

  private keep(value: WatchedPanel | "free"): void {
    if (this.keeps) storePin(value);
  }

  /** The selection is now `keys`. */
  selected(keys: readonly string[]): void {
    if (sameKeys(keys, this.seen)) return;
    this.seen = [...keys];
    const fromPanel = this.fromPanel !== null && sameKeys(keys, this.fromPanel);
    this.fromPanel = null;
    if (keys.length && !this.pinned && !fromPanel) this.tab = "inspector";
  }

  /** A click in a panel's list (Problems, Measures) is about to select `keys`. */
  chosenInPanel(keys: readonly string[]): void {
    this.fromPanel = [...keys];
  }

  /** Pin the watched panel shown (Problems when another tab shows), or unpin. */
  setPinned(on: boolean): void {
    this.pinned = on;
    if (on && !isWatched(this.tab)) this.tab = "problems";
    this.keep(on && isWatched(this.tab) ? this.tab : "free");
  }
}

function isWatched(tab: SidebarTab): tab is WatchedPanel {
  return tab === "problems" || tab === "measures";
}
