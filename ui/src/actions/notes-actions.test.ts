import { describe, expect, it } from "vitest";
import { notesActions, notesDisplay } from "./notes-actions";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";
import type { Command, NotesDisplay } from "../scene/types";

function host(notes?: NotesDisplay) {
  const doc = smallBlueprint();
  if (notes) doc.display = { notes };
  const sent: Command[] = [];
  const h = {
    mirror: new Mirror(doc) as Mirror | null,
    edit: async (c: Command) => {
      sent.push(c);
      return null;
    },
  };
  const run = (id: string) =>
    notesActions(h)
      .find((a) => a.id === id)!
      .run();
  return { h, sent, run };
}

describe("View › Notes", () => {
  it("sets the document's notes display, one edit per change", async () => {
    const { sent, run } = host();
    await run("view.notes.footnotes");
    await run("view.notes.on_card");
    expect(sent).toEqual([
      { type: "set_display", notes: "footnotes" },
      { type: "set_display", notes: "on_card" },
    ]);
  });

  it("sends nothing for the choice the document has (no empty undo step)", async () => {
    const hidden = host();
    expect(notesDisplay(hidden.h.mirror!)).toBe("hidden");
    await hidden.run("view.notes.hidden");
    expect(hidden.sent).toEqual([]);
    const footnotes = host("footnotes");
    await footnotes.run("view.notes.footnotes");
    await footnotes.run("view.notes.hidden");
    expect(footnotes.sent).toEqual([{ type: "set_display", notes: "hidden" }]);
  });

  it("applies only with a document open", () => {
    const { h } = host();
    const actions = notesActions(h);
    expect(actions.map((a) => a.id)).toEqual(["view.notes.hidden", "view.notes.on_card", "view.notes.footnotes"]);
    expect(actions.every((a) => a.enabled())).toBe(true);
    h.mirror = null;
    expect(actions.some((a) => a.enabled())).toBe(false);
  });
});
