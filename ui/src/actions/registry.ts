// One registry of editor actions: the toolbar's buttons, the keyboard shortcuts and the
// native menu items (sent by the shell as `menu` events with the action's id) all run
// actions from here, so a label, an enabled state or a shortcut is defined once.

export interface Action {
  id: string;
  /** Shown in the toolbar and used as the accessible name. */
  label(): string;
  /**
   * Keys, e.g. `Mod+Z`, `Shift+Mod+Z`, `Delete`, `ArrowLeft`, `Shift+ArrowLeft`. `Mod` is
   * Cmd on macOS and Ctrl elsewhere. Keys whose native menu item has an accelerator are
   * listed too: the menu takes them first where it can, the registry is the fallback.
   */
  keys?: string[];
  /** Keys that also work while a text field has the focus (e.g. none for Delete). */
  inTextFields?: boolean;
  enabled(): boolean;
  run(): Promise<void> | void;
}

export const isMac =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The canonical form of a key event: modifiers in a fixed order, then the key. */
export function chordOf(
  e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey"> & { code?: string },
  mac = isMac,
): string {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const ctrl = mac ? e.ctrlKey : false;
  let key = e.key === "Unidentified" && e.code ? keyOfCode(e.code) : e.key;
  key = key.length === 1 ? key.toUpperCase() : key;
  if (key === "+") key = "=";
  if (key === "_") key = "-";
  return [ctrl && "Ctrl", e.altKey && "Alt", e.shiftKey && "Shift", mod && "Mod", key].filter(Boolean).join("+");
}

/**
 * The key a physical key position means, for events whose `key` is "Unidentified":
 * WebKitGTK reports Shift+Tab (ISO_Left_Tab) that way, with `code` "Tab".
 */
function keyOfCode(code: string): string {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return code;
}

/** `Shift+Mod+Z` → the canonical order `chordOf` produces. */
export function normalizeChord(chord: string): string {
  const parts = chord.split("+");
  const key = parts.pop()!;
  const mods = parts.map((m) => m.charAt(0).toUpperCase() + m.slice(1).toLowerCase());
  const has = (m: string) => mods.includes(m);
  const k = key.length === 1 ? key.toUpperCase() : key;
  return [has("Ctrl") && "Ctrl", has("Alt") && "Alt", has("Shift") && "Shift", has("Mod") && "Mod", k]
    .filter(Boolean)
    .join("+");
}

/** A chord for people: `⇧⌘Z` on macOS, `Ctrl+Shift+Z` elsewhere. */
export function displayChord(chord: string, mac = isMac): string {
  const parts = chord.split("+");
  const key = parts.pop()!;
  const names: Record<string, string> = mac
    ? { Mod: "⌘", Shift: "⇧", Alt: "⌥", Ctrl: "⌃" }
    : { Mod: "Ctrl", Shift: "Shift", Alt: "Alt", Ctrl: "Ctrl" };
  const arrows: Record<string, string> = { ArrowLeft: "←", ArrowRight: "→", ArrowUp: "↑", ArrowDown: "↓" };
  const order = mac ? ["Ctrl", "Alt", "Shift", "Mod"] : ["Mod", "Ctrl", "Alt", "Shift"];
  const mods = order.filter((m) => parts.includes(m)).map((m) => names[m]);
  return mac ? [...mods, arrows[key] ?? key].join("") : [...mods, arrows[key] ?? key].join("+");
}

export class Registry {
  private actions = new Map<string, Action>();
  /** Chord → the actions bound to it, in registration order. */
  private keymap = new Map<string, string[]>();

  add(...actions: Action[]): void {
    for (const a of actions) {
      if (this.actions.has(a.id)) throw new Error(`action ${a.id} is registered twice`);
      this.actions.set(a.id, a);
      for (const k of a.keys ?? []) {
        const chord = normalizeChord(k);
        this.keymap.set(chord, [...(this.keymap.get(chord) ?? []), a.id]);
      }
    }
  }

  get(id: string): Action | undefined {
    return this.actions.get(id);
  }

  list(): Action[] {
    return [...this.actions.values()];
  }

  /**
   * The action a key event means: of the actions bound to the key, the first that is
   * enabled now. A key can mean different things by context (Enter renames the selected
   * lane, edits the selected card's text); `enabled` tells them apart. Undefined leaves
   * the key its usual meaning.
   */
  forKey(e: KeyboardEvent, inTextField: boolean, mac = isMac): Action | undefined {
    for (const id of this.keymap.get(chordOf(e, mac)) ?? []) {
      const a = this.actions.get(id);
      if (a && (!inTextField || a.inTextFields) && a.enabled()) return a;
    }
    return undefined;
  }

  /** The actions bound to a chord, for checking that their contexts do not overlap. */
  boundTo(chord: string): string[] {
    return this.keymap.get(normalizeChord(chord)) ?? [];
  }

  /** The first shortcut of an action, for tooltips. */
  shortcut(id: string): string | undefined {
    const k = this.actions.get(id)?.keys?.[0];
    return k ? displayChord(k) : undefined;
  }
}
