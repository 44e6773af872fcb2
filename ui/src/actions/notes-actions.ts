// View › Notes: how the document draws its cards' notes and tags (hidden, under each
// card's text, or numbered footnotes under the grid). A setting of the document, not of
// the window: it is an edit (undoable, saved with the file, the same in every export).
// The native menu checks the document's choice (src-tauri/src/menu.rs).

import type { Action } from "./registry";
import type { Mirror } from "../scene/mirror";
import type { Applied, Command, NotesDisplay } from "../scene/types";

export interface NotesHost {
  readonly mirror: Mirror | null;
  edit(command: Command): Promise<Applied | null>;
}

const CHOICES: [NotesDisplay, string][] = [
  ["hidden", "Notes: Hidden"],
  ["on_card", "Notes: On Cards"],
  ["footnotes", "Notes: As Footnotes"],
];

/** The document's notes display; absent is the default, hidden. */
export function notesDisplay(mirror: Mirror): NotesDisplay {
  return mirror.meta.display?.notes ?? "hidden";
}

export function notesActions(host: NotesHost): Action[] {
  return CHOICES.map(([notes, label]) => ({
    id: `view.notes.${notes}`,
    label: () => label,
    enabled: () => !!host.mirror,
    run: async () => {
      // Choosing the present setting is no edit: nothing to undo.
      if (host.mirror && notesDisplay(host.mirror) !== notes) await host.edit({ type: "set_display", notes });
    },
  }));
}
