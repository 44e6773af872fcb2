// Which sidebar tab shows. Selecting something shows its fields (the Inspector), so a
// designer sees what they clicked without looking for a tab; Problems stays one click
// away. Pinning Problems keeps it shown whatever is selected, and the choice is kept
// (localStorage, as the minimap's is). A selection made from a panel's list (clicking a
// problem, or a figure in Measures) never switches away from that panel.

export type SidebarTab = "problems" | "measures" | "inspector" | "rules";

export const PIN_KEY = "frontstage.sidebar.problems_pinned";

function storedPin(): boolean {
  try {
    return globalThis.localStorage?.getItem(PIN_KEY) === "pinned";
  } catch {
    return false;
  }
}

/** The same elements, in any order (the canvas keeps its own order). */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((k) => set.has(k));
}

export class SidebarChoice {
  pinned = $state(storedPin());
  tab = $state<SidebarTab>("problems");
  /** The selection last seen: an edit hands the same keys again, which is no new selection. */
  private seen: readonly string[] = [];
  /** The selection a click in a panel made, which leaves that panel shown. */
  private fromPanel: readonly string[] | null = null;

  constructor() {
    if (this.pinned) this.tab = "problems";
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

  setPinned(on: boolean): void {
    this.pinned = on;
    if (on) this.tab = "problems";
    try {
      globalThis.localStorage?.setItem(PIN_KEY, on ? "pinned" : "free");
    } catch {
      // Storage can be unavailable (private mode); the pin still works for this window.
    }
  }
}
