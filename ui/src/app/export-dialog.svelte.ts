// The export dialog's state (panels/ExportDialog.svelte): the document's last choices
// from the shell, what they would make (pixels or pages, asked again on every change, the
// newest answer kept), and making the file. The shell remembers the choices when a file is
// made, so the next dialog for the document opens with them.

import { shell, toAppError } from "../scene/ipc";
import type { AppError, ExportChoices, Outcome, Target } from "../scene/types";

type Api = Pick<typeof shell, "exportChoices" | "exportOutcome" | "exportFile">;

export class ExportDialogState {
  choices = $state<ExportChoices | null>(null);
  outcome = $state<Outcome | null>(null);
  busy = $state(false);
  /** The choices changed and their answer is on its way: the outcome shown is the last one's. */
  pending = $state(false);
  error = $state<AppError | null>(null);
  private asked = 0;

  constructor(
    readonly target: Target,
    private readonly api: Api = shell,
  ) {}

  async load(): Promise<void> {
    try {
      this.choices = await this.api.exportChoices();
      await this.refresh();
    } catch (e) {
      this.error = toAppError(e);
    }
  }

  /** Ask what the current choices would make; an older answer arriving late is dropped. */
  async refresh(): Promise<void> {
    if (!this.choices) return;
    const asked = ++this.asked;
    this.pending = true;
    try {
      const outcome = await this.api.exportOutcome(this.target, $state.snapshot(this.choices));
      if (asked === this.asked) this.outcome = outcome;
    } catch (e) {
      if (asked === this.asked) this.error = toAppError(e);
    } finally {
      if (asked === this.asked) this.pending = false;
    }
  }

  /** Nothing can be made with these choices (the outcome says why). */
  get refused(): boolean {
    return this.outcome?.kind === "refused";
  }

  /**
   * Make the file. The file written, null when the user cancelled the file dialog,
   * undefined when it failed (then `error` says why and the dialog stays open).
   */
  async submit(): Promise<string | null | undefined> {
    if (!this.choices || this.busy || this.refused) return undefined;
    this.busy = true;
    this.error = null;
    try {
      return await this.api.exportFile(this.target, $state.snapshot(this.choices));
    } catch (e) {
      this.error = toAppError(e);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
