// The window's editing state: the mirror of the document, the Scene the canvas draws,
// the diagnostics, the shell status, and the actions menus, toolbar and keys run (one
// registry for all of them).

import { Mirror } from "../scene/mirror";
import { Canvas } from "../canvas/canvas";
import { keyOf, parseKey } from "../scene/keys";
import { shell, errorMessage } from "../scene/ipc";
import { DeltaMismatch } from "../scene/runs";
import { applyDiagnostics, diagnosticsChange } from "../scene/diagnostics";
import { Registry } from "../actions/registry";
import { Anticipator } from "../scene/anticipate";
import { ViewControls } from "./view.svelte";
import { Presentation } from "./presentation.svelte";
import { cardActions } from "../actions/card-actions";
import { displayActions } from "../actions/display-actions";
import { structureActions } from "../actions/structure-actions";
import { lineActions } from "../actions/line-actions";
import { confirmDelete, structureDeletes } from "../actions/delete-confirm";
import { connectorActions } from "../actions/connector-actions";
import { helpActions, type HelpPage } from "../actions/help-actions";
import { notesActions } from "../actions/notes-actions";
import { exportActions } from "../actions/export-actions";
import { cellActions } from "../actions/cell-actions";
import { cardMarkActions } from "../actions/card-marks";
import { overlayActions } from "../actions/overlay-actions";
import { keyboardActions } from "../actions/keyboard-actions";
import type { Hit } from "../canvas/hit";
import { connectorHighlighted, highlighted, type Highlight } from "../edits/highlight";
import type {
  Applied,
  Command,
  Diagnostic,
  ElementRef,
  Measures,
  Patch,
  Prepared,
  Run,
  Scene,
  SceneDelta,
  Status,
  Target,
  View,
} from "../scene/types";

/** The diagnostics after a delta, and what it added and dropped. */
interface NextDiagnostics {
  list: Diagnostic[];
  added: Diagnostic[];
  dropped: Diagnostic[];
}

export class Editor {
  status = $state<Status | null>(null);
  /** Selected element keys (`card:c1`, `lane:l2`, …), in the canvas's order. */
  selection = $state<string[]>([]);
  /** The selection as element references. */
  selected = $derived(this.selection.flatMap((key) => parseKey(key) ?? []));
  /** Bumped after every change to the mirror, so panels re-read it. */
  revision = $state(0);
  // Raw: thousands of diagnostics at 5,000 cards; the list is replaced, never mutated.
  diagnostics = $state.raw<Diagnostic[]>([]);
  error = $state<string | null>(null);
  title = $state("");
  /** The help page shown over the window (Help › Getting Started, Keyboard Shortcuts), if any. */
  help = $state<HelpPage | null>(null);
  /** The export dialog shown over the window (File › Export › PNG… / PDF…, File › Print…), if any. */
  exporting = $state<Target | null>(null);
  /** The app's context menu, while it is shown (panels/ContextMenu.svelte). */
  menu = $state<{ hit: Hit; x: number; y: number } | null>(null);
  /** The card Connect To… draws an arrow from, while its list is shown. */
  connectFrom = $state<string | null>(null);
  /** Bumped by View › Show Inspector: the sidebar shows the inspector and gives it the keyboard. */
  inspectorAsked = $state(0);
  /** What stands out on screen, the rest dimmed (null: nothing dimmed). */
  highlight = $state<Highlight | null>(null);
  canvas: Canvas | null = null;
  mirror: Mirror | null = null;
  /** The last drop drawn ahead of the core, until the core has run it (`settled`). */
  private running: Promise<void> = Promise.resolve();

  readonly actions = new Registry();
  /** View › Present. Its actions are registered first: while it runs, its keys win. */
  readonly presentation = new Presentation(this.actions, this);
  /** Minimap and zoom control state; registers the view's own actions. */
  readonly view = new ViewControls(this.actions);
  /** What a command would change (the core's preview), and asking the user: replaceable in tests. */
  preview = (command: Command) => shell.preview(command);
  /**
   * Whether the Measures panel wants the figures after every change (it shows, or the
   * critical path is highlighted): a prepared drop then brings them along.
   */
  wantsMeasures = false;
  /** The figures a drawn prepared drop brought, and the revision they are for. */
  measuresAhead: { revision: number; measures: Measures } | null = null;
  /** A drop's answer prepared in the core while the card is dragged. */
  readonly anticipator = new Anticipator((command) => shell.anticipate(command, this.wantsMeasures));
  confirm = (message: string, action: string) => shell.confirm(message, action);

  constructor() {
    this.actions.add(
      {
        id: "edit.undo",
        label: () => (this.status?.undo_label ? `Undo ${this.status.undo_label}` : "Undo"),
        keys: ["Mod+Z"],
        enabled: () => !!this.status?.can_undo,
        run: () => this.step(shell.undo),
      },
      {
        id: "edit.redo",
        label: () => (this.status?.redo_label ? `Redo ${this.status.redo_label}` : "Redo"),
        keys: ["Shift+Mod+Z", "Mod+Y"],
        enabled: () => !!this.status?.can_redo,
        run: () => this.step(shell.redo),
      },
      {
        id: "edit.delete",
        label: () => "Delete",
        keys: ["Delete", "Backspace"],
        enabled: () => this.selection.length > 0,
        run: () => this.deleteSelection(),
      },
      {
        id: "view.zoom_in",
        label: () => "Zoom In",
        keys: ["Mod+="],
        enabled: () => true,
        run: () => this.canvas?.zoomIn(),
      },
      {
        id: "view.zoom_out",
        label: () => "Zoom Out",
        keys: ["Mod+-"],
        enabled: () => true,
        run: () => this.canvas?.zoomOut(),
      },
      { id: "view.fit", label: () => "Fit All", keys: ["Mod+1"], enabled: () => true, run: () => this.canvas?.fit() },
      {
        id: "view.fit_width",
        label: () => "Fit Width",
        keys: ["Mod+2"],
        enabled: () => true,
        run: () => this.canvas?.fitWidth(),
      },
      {
        id: "view.fit_stage",
        label: () => "Fit Stage",
        keys: ["Mod+3"],
        enabled: () => true,
        run: () => this.canvas?.fitStage(),
      },
      {
        id: "view.actual_size",
        label: () => "Actual Size",
        keys: ["Mod+0"],
        enabled: () => true,
        run: () => this.canvas?.actualSize(),
      },
      {
        id: "edit.escape",
        label: () => "Cancel",
        keys: ["Escape"],
        enabled: () => true,
        run: () => {
          const c = this.canvas;
          if (!c || c.cancelDrag()) return;
          // The keyboard goes on from the card it leaves: the cell cursor takes its cell.
          const card = c.selectedCards.length === 1 ? this.mirror?.cards.get(c.selectedCards[0]!) : undefined;
          if (card) c.cellCursor = { lane: card.lane, stage: card.stage };
          c.setSelection([]);
        },
      },
    );
    this.actions.add(...cardActions(this));
    this.actions.add(...structureActions(this), ...lineActions(this));
    this.actions.add(...displayActions(this));
    this.actions.add(...connectorActions(this));
    this.actions.add(...helpActions(this));
    this.actions.add(...notesActions(this));
    this.actions.add(...exportActions(this));
    this.actions.add(...overlayActions(this));
    this.actions.add(...cellActions(this), ...cardMarkActions(this), ...keyboardActions(this));
  }

  attach(host: HTMLElement): void {
    this.canvas = new Canvas(host, {
      select: (keys) => (this.selection = keys),
      command: (command) => this.edit(command),
      expect: (command) => (command ? this.anticipator.ask(command) : this.anticipator.drop()),
      contextMenu: (hit, x, y) => (this.menu = { hit, x, y }),
    });
    this.view.attach(this.canvas);
  }

  /** Dim what does not stand out under `h` (null: nothing). Read from the mirror as it is at each paint. */
  setHighlight(h: Highlight | null): void {
    this.highlight = h;
    this.canvas?.setHighlight(
      h
        ? (id) => {
            const card = this.mirror?.cards.get(id);
            return !!card && highlighted(card, h);
          }
        : null,
      h ? (id) => connectorHighlighted(id, h) : undefined,
    );
  }

  /**
   * Show the window's document as the core holds it. A document just opened (or new)
   * is fitted to the window's width (Canvas.openFitted); `keepView` keeps the zoom and
   * scroll, when the same document is drawn again after a delta did not fit.
   */
  async load({ keepView = false }: { keepView?: boolean } = {}): Promise<void> {
    try {
      this.open(await shell.view());
      if (!keepView) this.canvas?.openFitted();
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  /** Show a whole view: the document, its Scene, diagnostics and status (nothing selected). */
  open(view: View): void {
    this.presentation.abandon();
    this.anticipator.take(null);
    this.mirror = new Mirror(view.doc);
    this.title = view.doc.title;
    this.canvas?.setSelection([]);
    // What belonged to the document shown before: its highlight, cell cursor, Connect To….
    if (this.highlight) this.setHighlight(null);
    this.canvas?.setCellCursor(null);
    this.connectFrom = null;
    this.draw(view.scene, view.diagnostics);
    this.setStatus(view.status);
  }

  async run(id: string): Promise<void> {
    const action = this.actions.get(id);
    // While presenting, only the presentation's actions run: nothing edits the document.
    if (!action || !action.enabled() || !this.presentation.allows(id)) return;
    try {
      this.error = null;
      await action.run();
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  /** Delete what is selected in one step; lanes and stages after confirming what goes with them. */
  private async deleteSelection(): Promise<void> {
    const selected = this.selected;
    const cards = selected.flatMap((e) => (e.kind === "card" ? [e.id] : []));
    const connectors = selected.flatMap((e) => (e.kind === "connector" ? [e.id] : []));
    const commands: Command[] = [];
    if (cards.length) commands.push({ type: "delete_cards", cards });
    if (connectors.length) commands.push({ type: "delete_connectors", connectors });
    commands.push(...structureDeletes(selected));
    if (!commands.length) return;
    const command: Command = commands.length === 1 ? commands[0]! : { type: "batch", label: "Delete", commands };
    if (await confirmDelete(this, command, selected)) await this.edit(command);
  }

  /** Send one command; show the refusal if the core refuses it (then null). */
  async edit(command: Command): Promise<Applied | null> {
    const kept = this.anticipator.take(command);
    const prepared = kept instanceof Promise ? await kept : kept;
    if (prepared) return this.drawPrepared(command, prepared);
    try {
      this.error = null;
      const applied = await this.execute(command);
      await this.applyEdit(applied);
      this.setStatus(applied.status);
      return applied;
    } catch (e) {
      this.error = errorMessage(e);
      return null;
    }
  }

  // The phases of an edit are methods of their own: the benchmark times each one
  // (bench/phases.ts).

  /** The core runs `command`: its answer. */
  private execute(command: Command): Promise<Applied> {
    return shell.execute(command);
  }

  /** Show what a command the core ran changed. */
  private applyEdit(applied: Applied): Promise<void> {
    return this.applyPatch(applied.patch, applied.delta, applied.diagnostics);
  }

  /**
   * Draw the answer the core prepared for `command` (a drop), then have the core run it.
   * The status follows when it has; if the core did not use that answer (something
   * changed in between), what is drawn is not what it holds: start over from the whole view.
   */
  private async drawPrepared(command: Command, prepared: Prepared): Promise<Applied> {
    this.error = null;
    // The mirror is ahead of the core until it has run the command (see `settled`).
    let ran!: () => void;
    this.running = new Promise<void>((resolve) => (ran = resolve));
    const drawn = await this.drawAnswer(prepared);
    const running = shell.execute(command, prepared.token).then(
      (applied) => (applied.drawn && drawn ? this.setStatus(applied.status) : this.load({ keepView: true })),
      (e: unknown) => {
        this.error = errorMessage(e);
        return this.load({ keepView: true });
      },
    );
    this.anticipator.hold(running);
    void running.then(ran, ran);
    const { patch, created, delta, diagnostics } = prepared;
    return { patch, created, delta, diagnostics, drawn: true, status: this.status! };
  }

  /**
   * Show a prepared answer; false when that failed. The drop is the user's either way: if
   * drawing it fails, the core still runs it and the whole view replaces what was half drawn.
   */
  private async drawAnswer(prepared: Prepared): Promise<boolean> {
    try {
      await this.applyPatch(prepared.patch, prepared.delta, prepared.diagnostics, prepared.measures);
      return true;
    } catch (e) {
      this.error = errorMessage(e);
      return false;
    }
  }

  /**
   * Resolves once the core holds what the mirror shows: a drop drawn from its prepared
   * answer is shown before the core runs it, and what is asked of the core about the
   * document (the Measures panel's figures) must wait for that.
   */
  settled(): Promise<void> {
    return this.running;
  }

  /** Select what a problem is about and bring it into view. */
  focus(elements: ElementRef[]): void {
    this.canvas?.setSelection(elements.filter((e) => e.kind !== "document").map(keyOf));
    if (elements[0]) this.canvas?.reveal(keyOf(elements[0]));
  }

  private async step(call: typeof shell.undo): Promise<void> {
    this.anticipator.take(null);
    const stepped = await call();
    await this.applyPatch(stepped.patch, stepped.delta, stepped.diagnostics);
    this.setStatus(stepped.status);
  }

  /** `diagnostics` is `null` when they did not change; `measures` are the figures after it, if known. */
  private async applyPatch(
    patch: Patch | null,
    delta: SceneDelta,
    diagnostics: Run<Diagnostic>[] | null,
    measures: Measures | null = null,
  ): Promise<void> {
    const mirror = this.mirror;
    if (!mirror) return;
    this.patchMirror(mirror, patch);
    this.revision++;
    this.measuresAhead = measures ? { revision: this.revision, measures } : null;
    this.title = mirror.meta.title;
    let next: NextDiagnostics | null;
    try {
      next = this.nextDiagnostics(diagnostics);
      this.drawDelta(delta, mirror);
    } catch (e) {
      // The drawn Scene (or list) is not the one the delta was made against: start over
      // from the whole view, which also resets what the core diffs against.
      if (e instanceof DeltaMismatch) return this.load({ keepView: true });
      throw e;
    }
    this.markDiagnostics(next);
    this.selection = this.canvas ? [...this.canvas.selection] : [];
  }

  private patchMirror(mirror: Mirror, patch: Patch | null): void {
    if (patch) mirror.apply(patch);
  }

  /** The list after `runs`, and what they add and drop; null when the diagnostics did not change. */
  private nextDiagnostics(runs: Run<Diagnostic>[] | null): NextDiagnostics | null {
    if (!runs) return null;
    return { list: applyDiagnostics(this.diagnostics, runs), ...diagnosticsChange(this.diagnostics, runs) };
  }

  private drawDelta(delta: SceneDelta, mirror: Mirror): void {
    this.canvas?.apply(delta, mirror);
  }

  /** Take the new diagnostics and mark what they name on the canvas. */
  private markDiagnostics(next: NextDiagnostics | null): void {
    if (!next) return;
    this.diagnostics = next.list;
    this.canvas?.changeDiagnostics(next.added, next.dropped);
  }

  /** New diagnostics for the same document (written again in another language). */
  setDiagnostics(diagnostics: Diagnostic[]): void {
    // An answer prepared before has them in the old language.
    this.anticipator.take(null);
    this.diagnostics = diagnostics;
    this.canvas?.setDiagnostics(diagnostics);
  }

  private draw(scene: Scene, diagnostics: Diagnostic[]): void {
    if (!this.mirror) return;
    this.diagnostics = diagnostics;
    this.revision++;
    this.canvas?.render(scene, this.mirror);
    this.canvas?.setDiagnostics(diagnostics);
  }

  /** End a typing run: the next text edit is a new undo step. */
  async seal(): Promise<void> {
    try {
      await shell.seal();
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  setStatus(status: Status): void {
    this.status = status;
    // Setting the title, even to the same text, costs a few ms in some engines.
    if (document.title !== status.title) document.title = status.title;
  }
}
