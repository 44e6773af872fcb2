// View › Present: the blueprint shown full screen, the overview first, then stage by
// stage. This is the presentation's state and its actions (registered in the editor's
// registry, before every other action, so that the arrows, Space, Home, End and Escape
// are the presentation's while it runs); the canvas's Presenter draws each step.
//
// Nothing of it changes the document: entering, stepping and leaving send no command,
// and while presenting the editor runs no other action (Editor.run asks `allows`).
// Leaving puts back the zoom, the scroll and the selection the editor had.

import { tick } from "svelte";
import type { Registry } from "../actions/registry";
import type { Canvas, ViewState } from "../canvas/canvas";
import type { Mirror } from "../scene/mirror";
import { fullScreen, type FullScreen } from "./fullscreen";

/** What the presentation uses of the editor. */
export interface PresentationHost {
  readonly canvas: Canvas | null;
  readonly mirror: Mirror | null;
}

/** A stage as presented: its id and name. */
export interface PresentedStage {
  id: string;
  name: string;
}

/** One card's notes, for the presenter. */
export interface CardNote {
  card: string;
  text: string;
  lane: string;
  notes: string;
}

/** The actions that run while presenting (every other action waits until it ends). */
export const PRESENTATION_ACTIONS: readonly string[] = [
  "present.next",
  "present.previous",
  "present.first",
  "present.last",
  "present.notes",
  "present.leave",
];

/** The keys of the presentation's steps (also shown in its key hint). */
export const PRESENT_KEYS = {
  next: ["ArrowRight", " ", "PageDown"],
  previous: ["ArrowLeft", "PageUp"],
  first: ["Home"],
  last: ["End"],
  notes: ["N"],
  leave: ["Escape"],
} as const;

/**
 * The notes of a stage's cards that have any, in reading order: lanes top to bottom, the
 * cards of each cell in their order.
 */
export function stageNotes(mirror: Mirror, stage: string): CardNote[] {
  const out: CardNote[] = [];
  for (const lane of mirror.lanes) {
    for (const card of mirror.cell(lane.id, stage)) {
      const notes = card.notes?.trim();
      if (notes) out.push({ card: card.id, text: card.text, lane: lane.name, notes });
    }
  }
  return out;
}

interface Saved {
  view: ViewState;
  selection: string[];
  /** The host's size before presenting: the view goes back once the window has it again. */
  size: { w: number; h: number };
  /** Presenting made the window full screen (and leaving undoes that). */
  fullScreen: boolean;
}

export class Presentation {
  /** The blueprint is being presented. */
  active = $state(false);
  /** The step shown: 0 the overview, n the n-th stage. */
  step = $state(0);
  /** The presenter's notes are shown (kept for the next presentation). */
  notes = $state(false);
  /** The stages presented, in the drawing's order (read when presenting starts). */
  stages = $state.raw<PresentedStage[]>([]);
  /** Full screen where the UI runs; replaceable in tests. */
  fullScreen: FullScreen = fullScreen();
  private saved: Saved | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(
    actions: Registry,
    private readonly host: PresentationHost,
  ) {
    // While presenting, text fields are hidden: the keys are the presentation's wherever the focus is.
    const inTextFields = true;
    actions.add(
      {
        id: "view.present",
        label: () => "Present",
        keys: ["F5"],
        enabled: () => !this.active && !!this.host.canvas?.current,
        run: () => this.enter(),
      },
      {
        id: "present.next",
        label: () => "Next Stage",
        keys: [...PRESENT_KEYS.next],
        inTextFields,
        enabled: () => this.active,
        run: () => this.go(this.step + 1),
      },
      {
        id: "present.previous",
        label: () => "Previous Stage",
        keys: [...PRESENT_KEYS.previous],
        inTextFields,
        enabled: () => this.active,
        run: () => this.go(this.step - 1),
      },
      {
        id: "present.first",
        label: () => "Overview",
        keys: [...PRESENT_KEYS.first],
        inTextFields,
        enabled: () => this.active,
        run: () => this.go(0),
      },
      {
        id: "present.last",
        label: () => "Last Stage",
        keys: [...PRESENT_KEYS.last],
        inTextFields,
        enabled: () => this.active,
        run: () => this.go(this.count - 1),
      },
      {
        id: "present.notes",
        label: () => (this.notes ? "Hide Presenter Notes" : "Show Presenter Notes"),
        keys: [...PRESENT_KEYS.notes],
        inTextFields,
        enabled: () => this.active,
        run: () => {
          this.notes = !this.notes;
        },
      },
      {
        id: "present.leave",
        label: () => "Leave Presentation",
        keys: [...PRESENT_KEYS.leave],
        inTextFields,
        enabled: () => this.active,
        run: () => this.leave(),
      },
    );
  }

  /** Steps: the overview and one per stage. */
  get count(): number {
    return this.stages.length + 1;
  }

  /** The stage shown, or null on the overview. */
  get stage(): PresentedStage | null {
    return this.step > 0 ? (this.stages[this.step - 1] ?? null) : null;
  }

  /** The notes of the stage shown (none on the overview). */
  get stageNotes(): CardNote[] {
    const stage = this.stage;
    const mirror = this.host.mirror;
    return stage && mirror ? stageNotes(mirror, stage.id) : [];
  }

  /** Whether an action may run now: any when not presenting, only the presentation's while it runs. */
  allows(id: string): boolean {
    return !this.active || PRESENTATION_ACTIONS.includes(id);
  }

  /** Start presenting at the overview: chrome hidden, full screen, marks and selection hidden. */
  async enter(): Promise<void> {
    const canvas = this.host.canvas;
    const scene = canvas?.current;
    if (this.active || !canvas || !scene) return;
    const stages = this.host.mirror?.stages ?? [];
    this.stages = scene.stages.map((s) => {
      const id = s.element.kind === "stage" ? s.element.id : "";
      const name = stages.find((m) => m.id === id)?.name;
      return { id, name: name ?? s.name.lines.map((l) => l.text).join(" ") };
    });
    const saved: Saved = {
      view: canvas.viewState(),
      selection: [...canvas.selection],
      size: { w: canvas.host.clientWidth, h: canvas.host.clientHeight },
      fullScreen: false,
    };
    this.saved = saved;
    // Clearing an empty selection would still re-cull and repaint every drawn node.
    if (canvas.selection.size) canvas.setSelection([]);
    canvas.takeFocus();
    this.step = 0;
    this.active = true;
    // The toolbar and the panels hide: the canvas has its presenting size.
    await tick();
    if (this.saved !== saved) return;
    canvas.presenter.start();
    canvas.presenter.show(null);
    this.stopWatching = this.fullScreen.onLeft(() => void this.leave());
    this.fullScreen.enter().then(
      (changed) => {
        if (this.saved === saved) saved.fullScreen = changed;
        else if (changed) void this.fullScreen.leave();
      },
      () => {},
    );
  }

  /** Show step `step` (clamped to the steps there are). */
  go(step: number): void {
    if (!this.active) return;
    const s = Math.max(0, Math.min(this.count - 1, step));
    if (s === this.step) return;
    this.step = s;
    this.host.canvas?.presenter.show(s === 0 ? null : s - 1);
  }

  /** Stop presenting: the editor comes back with the zoom, scroll and selection it had. */
  async leave(): Promise<void> {
    if (!this.active) return;
    const saved = this.saved;
    this.end();
    await tick();
    const canvas = this.host.canvas;
    if (!canvas || !saved) return;
    canvas.restoreView(saved.view);
    if (saved.selection.length || canvas.selection.size) canvas.setSelection(saved.selection);
    if (!saved.fullScreen) return;
    try {
      await this.fullScreen.leave();
    } catch {
      // The window stays full screen; the editor is back in it.
    }
    restoreWhenSized(canvas, saved);
  }

  /**
   * The document was replaced while presenting (File › Open into this window): stop,
   * without putting back a view or a selection that belonged to the other document.
   */
  abandon(): void {
    if (!this.active) return;
    const saved = this.saved;
    this.end();
    if (saved?.fullScreen) this.fullScreen.leave().catch(() => {});
  }

  private end(): void {
    this.saved = null;
    this.stopWatching?.();
    this.stopWatching = null;
    this.active = false;
    this.host.canvas?.presenter.stop();
  }
}

/**
 * Full screen ends a little after it is asked to: the view the editor had is put back
 * again once the host has its old size (scrolling was limited by the larger size meanwhile),
 * or after a second at most.
 */
function restoreWhenSized(canvas: Canvas, saved: Saved): void {
  if (typeof ResizeObserver !== "function") return;
  const host = canvas.host;
  const done = () => {
    ro.disconnect();
    clearTimeout(timer);
  };
  const ro = new ResizeObserver(() => {
    if (host.clientWidth !== saved.size.w || host.clientHeight !== saved.size.h) return;
    done();
    canvas.restoreView(saved.view);
  });
  const timer = setTimeout(done, 1000);
  ro.observe(host);
}
