import { describe, expect, it, vi } from "vitest";
import { Editor } from "../app/editor.svelte";
import { shell } from "../scene/ipc";
import { Mirror } from "../scene/mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Applied, Command } from "../scene/types";

/** An editor over the small fixture plus a two-way a2 (c2 ⇄ c3); commands are recorded, not run. */
function setup(selection: string[]) {
  const doc = smallBlueprint();
  doc.connectors = [...(doc.connectors ?? []), { id: "a2", from: "c2", to: "c3", direction: "two_way" }];
  const editor = new Editor();
  const sent: Command[] = [];
  editor.edit = async (c: Command): Promise<Applied | null> => {
    sent.push(c);
    return null;
  };
  editor.mirror = new Mirror(doc);
  editor.selection = selection;
  return { editor, sent };
}

describe("connector actions", () => {
  it("are registered and enabled only when connectors are selected", () => {
    const { editor } = setup(["card:c1"]);
    for (const id of ["connector.toggle_direction", "connector.reverse", "connector.edit_label"]) {
      expect(editor.actions.get(id)?.enabled(), id).toBe(false);
    }
  });

  it("toggle one-way to two-way and back", async () => {
    const one = setup(["connector:a1"]);
    expect(one.editor.actions.get("connector.toggle_direction")!.label()).toBe("Make Two-Way");
    await one.editor.run("connector.toggle_direction");
    expect(one.sent).toEqual([{ type: "update_connector", connector: "a1", direction: "two_way" }]);
    const two = setup(["connector:a2"]);
    expect(two.editor.actions.get("connector.toggle_direction")!.label()).toBe("Make One-Way");
    await two.editor.run("connector.toggle_direction");
    expect(two.sent).toEqual([{ type: "update_connector", connector: "a2", direction: "one_way" }]);
  });

  it("makes a mixed selection two-way in one step, changing only what differs", async () => {
    const { editor, sent } = setup(["connector:a1", "card:c1", "connector:a2"]);
    await editor.run("connector.toggle_direction");
    expect(sent).toEqual([{ type: "update_connector", connector: "a1", direction: "two_way" }]);
  });

  it("reverses one-way connectors by swapping their ends", async () => {
    const { editor, sent } = setup(["connector:a1", "connector:a2"]);
    await editor.run("connector.reverse");
    expect(sent).toEqual([{ type: "update_connector", connector: "a1", from: "c3", to: "c1" }]);
    expect(setup(["connector:a2"]).editor.actions.get("connector.reverse")!.enabled()).toBe(false);
  });

  it("batches a change of several connectors into one undo step", async () => {
    const { editor, sent } = setup(["connector:a1", "connector:a2"]);
    editor.mirror!.connectors.set("a2", { id: "a2", from: "c2", to: "c3" });
    await editor.run("connector.toggle_direction");
    expect(sent).toEqual([
      {
        type: "batch",
        label: "Change Direction",
        commands: [
          { type: "update_connector", connector: "a1", direction: "two_way" },
          { type: "update_connector", connector: "a2", direction: "two_way" },
        ],
      },
    ]);
  });

  it("opens the label editor on the one selected connector", async () => {
    const { editor } = setup(["connector:a1"]);
    const host = document.createElement("div");
    document.body.append(host);
    editor.attach(host);
    editor.canvas!.render(smallSceneFixture(), editor.mirror!);
    await editor.run("connector.edit_label");
    expect(host.querySelector<HTMLInputElement>("input.inline-edit")?.getAttribute("aria-label")).toBe(
      "Connector label",
    );
  });
});

describe("a connector the core refuses", () => {
  it("shows the core's message and changes nothing", async () => {
    const { editor } = setup(["connector:a1"]);
    const message = '"Order" and "Take order" are already connected';
    const execute = vi.spyOn(shell, "execute").mockRejectedValue({ code: "duplicate_connector", message });
    // The real edit, not the recording stand-in.
    editor.edit = Editor.prototype.edit.bind(editor);
    await editor.run("connector.toggle_direction");
    expect(execute).toHaveBeenCalledWith({ type: "update_connector", connector: "a1", direction: "two_way" });
    expect(editor.error).toBe(message);
    expect(editor.mirror!.connectors.get("a1")!.direction).toBeUndefined();
    execute.mockRestore();
  });
});
