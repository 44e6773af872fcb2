// The Measures panel's state: the figures the core measured for the document as the
// mirror has it, asked for again whenever the mirror's revision moves on while they are
// wanted (the panel shows, or the critical path is highlighted); the cards behind a
// figure, asked for when it is clicked; and the critical path's highlight.

import type { Editor } from "./editor.svelte";
import { errorMessage, shell } from "../scene/ipc";
import type { ElementRef, Figure, Measures } from "../scene/types";

export class MeasuresState {
  measures = $state.raw<Measures | null>(null);
  error = $state<string | null>(null);
  /** The mirror's revision the figures are for. */
  private measuredAt = -1;
  /** Answers to older asks are dropped: an edit can land while one is on its way. */
  private asked = 0;

  constructor(private readonly editor: Editor) {}

  /** Whether the critical path stands out on the canvas. */
  get pathShown(): boolean {
    return this.editor.highlight?.kind === "critical_path";
  }

  /**
   * Bring the figures (and the path's highlight) up to the mirror's revision: those a
   * drawn drop brought along, else the core's once it holds what the mirror shows.
   */
  async refresh(): Promise<void> {
    const revision = this.editor.revision;
    if (revision === this.measuredAt) return;
    const serial = ++this.asked;
    try {
      const ahead = this.editor.measuresAhead;
      let measures: Measures;
      if (ahead?.revision === revision) {
        measures = ahead.measures;
      } else {
        await this.editor.settled();
        measures = await shell.measures();
      }
      if (serial !== this.asked) return;
      this.measures = measures;
      this.measuredAt = revision;
      this.error = null;
      if (this.pathShown) {
        await this.editor.settled();
        await this.showPath();
      }
    } catch (e) {
      if (serial === this.asked) this.error = errorMessage(e);
    }
  }

  /** The elements behind `figure`, to select. */
  async elements(figure: Figure): Promise<ElementRef[]> {
    try {
      const behind = await shell.figureCards(figure);
      return [
        ...behind.cards.map((id): ElementRef => ({ kind: "card", id })),
        ...behind.connectors.map((id): ElementRef => ({ kind: "connector", id })),
      ];
    } catch (e) {
      this.error = errorMessage(e);
      return [];
    }
  }

  /** Highlight the critical path on the canvas, or end that highlight. */
  async setPathShown(on: boolean): Promise<void> {
    if (on) await this.showPath();
    else if (this.pathShown) this.editor.setHighlight(null);
  }

  private async showPath(): Promise<void> {
    try {
      const path = await shell.figureCards({ figure: "critical_path" });
      // A path that did not change keeps its highlight: setting it again repaints every
      // drawn node, and a text edit would pay for that at every keystroke.
      const now = this.editor.highlight;
      if (
        now?.kind === "critical_path" &&
        sameMembers(now.cards, path.cards) &&
        sameMembers(now.connectors, path.connectors)
      ) {
        return;
      }
      // The highlight is replaced whole, never changed in place: plain sets.
      /* eslint-disable svelte/prefer-svelte-reactivity */
      this.editor.setHighlight({
        kind: "critical_path",
        cards: new Set(path.cards),
        connectors: new Set(path.connectors),
      });
      /* eslint-enable svelte/prefer-svelte-reactivity */
    } catch (e) {
      this.error = errorMessage(e);
    }
  }
}

/** Whether `set` holds exactly the ids of `list` (which has no repeats). */
function sameMembers(set: ReadonlySet<string>, list: readonly string[]): boolean {
  return set.size === list.length && list.every((id) => set.has(id));
}
