// The window's editing state: the mirror of the document, the Scene the canvas draws,
// the diagnostics, the shell status, and the actions menus, toolbar and keys run (one
// registry for all of them).

import { Mirror } from "./mirror";
import { Canvas } from "./canvas/canvas";
import { keyOf } from "./canvas/draw";
import { shell, errorMessage } from "./ipc";
import { DeltaMismatch } from "./delta";
import type { Command, Diagnostic, ElementRef, Patch, Scene, SceneDelta, Status } from "./types";

export interface Action {
  id: string;
  label: string;
  enabled(): boolean;
  run(): Promise<void> | void;
}

export class Editor {
  status = $state<Status | null>(null);
  selection = $state<string[]>([]);
  diagnostics = $state<Diagnostic[]>([]);
  error = $state<string | null>(null);
  title = $state("");
  canvas: Canvas | null = null;
  mirror: Mirror | null = null;

  readonly actions: Record<string, Action> = {
    "edit.undo": {
      id: "edit.undo",
      label: "Undo",
      enabled: () => !!this.status?.can_undo,
      run: () => this.step(shell.undo),
    },
    "edit.redo": {
      id: "edit.redo",
      label: "Redo",
      enabled: () => !!this.status?.can_redo,
      run: () => this.step(shell.redo),
    },
    "edit.delete": {
      id: "edit.delete",
      label: "Delete",
      enabled: () => this.selection.length > 0,
      run: () => this.deleteSelection(),
    },
    "view.zoom_in": { id: "view.zoom_in", label: "Zoom In", enabled: () => true, run: () => this.canvas?.zoomIn() },
    "view.zoom_out": { id: "view.zoom_out", label: "Zoom Out", enabled: () => true, run: () => this.canvas?.zoomOut() },
    "view.fit": { id: "view.fit", label: "Fit", enabled: () => true, run: () => this.canvas?.fit() },
    "view.actual_size": { id: "view.actual_size", label: "Actual Size", enabled: () => true, run: () => this.canvas?.actualSize() },
  };

  attach(host: HTMLElement): void {
    this.canvas = new Canvas(host, {
      select: (ids) => (this.selection = ids),
      move: (card, to) => void this.edit({ type: "move_card", card, ...to }),
    });
  }

  async load(): Promise<void> {
    try {
      const view = await shell.view();
      this.mirror = new Mirror(view.doc);
      this.title = view.doc.title;
      this.canvas?.setSelection([]);
      this.draw(view.scene, view.diagnostics);
      this.setStatus(view.status);
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  async run(id: string): Promise<void> {
    const action = this.actions[id];
    if (!action || !action.enabled()) return;
    try {
      this.error = null;
      await action.run();
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  private async deleteSelection(): Promise<void> {
    await this.edit({ type: "delete_cards", cards: [...this.selection] });
  }

  /** Send one command; show the refusal if the core refuses it. */
  async edit(command: Command): Promise<void> {
    try {
      this.error = null;
      const applied = await shell.execute(command);
      await this.applyPatch(applied.patch, applied.delta, applied.diagnostics);
      this.setStatus(applied.status);
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  /** Select what a problem is about and bring it into view. */
  focus(elements: ElementRef[]): void {
    const cards = elements.filter((e) => e.kind === "card").map((e) => (e as { id: string }).id);
    const others = elements.filter((e) => e.kind !== "card").map(keyOf);
    this.canvas?.setSelection(cards, others);
    if (elements[0]) this.canvas?.reveal(keyOf(elements[0]));
  }

  private async step(call: typeof shell.undo): Promise<void> {
    const stepped = await call();
    await this.applyPatch(stepped.patch, stepped.delta, stepped.diagnostics);
    this.setStatus(stepped.status);
  }

  /** `diagnostics` is `null` when they did not change. */
  private async applyPatch(patch: Patch | null, delta: SceneDelta, diagnostics: Diagnostic[] | null): Promise<void> {
    if (!this.mirror) return;
    if (patch) this.mirror.apply(patch);
    this.title = this.mirror.meta.title;
    try {
      this.canvas?.apply(delta, this.mirror);
    } catch (e) {
      // The drawn Scene is not the one the delta was made against: start over from the
      // whole view, which also resets what the core diffs against.
      if (e instanceof DeltaMismatch) return this.load();
      throw e;
    }
    if (diagnostics) {
      this.diagnostics = diagnostics;
      this.canvas?.setDiagnostics(diagnostics);
    }
    this.selection = this.canvas ? [...this.canvas.selection] : [];
  }

  private draw(scene: Scene, diagnostics: Diagnostic[]): void {
    if (!this.mirror) return;
    this.diagnostics = diagnostics;
    this.canvas?.render(scene, this.mirror);
    this.canvas?.setDiagnostics(diagnostics);
  }

  setStatus(status: Status): void {
    this.status = status;
    document.title = status.title;
  }
}
