// The inspector for the blueprint's lines (a selected line; the document's Lines section)
// and for a multi-selection's header.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mount, unmount } from "svelte";
import Inspector from "./Inspector.svelte";
import { shell } from "../scene/ipc";
import { applied, choose, editorWith, settle } from "./testing";
import type { Command, Line } from "../scene/types";
import type { Editor } from "../app/editor.svelte";

vi.mock("../scene/ipc", () => ({
  shell: { laneKinds: vi.fn(), rules: vi.fn(), execute: vi.fn(), undo: vi.fn(), redo: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

let target: HTMLElement;
let app: Record<string, unknown> | null = null;
let editor: Editor;

beforeEach(() => {
  target = document.createElement("div");
  document.body.append(target);
  vi.mocked(shell.laneKinds).mockResolvedValue([]);
  vi.mocked(shell.seal).mockResolvedValue(undefined);
  // The core's answer to place_line (src/edit/execute.rs): the kind's line replaced, or removed.
  vi.mocked(shell.execute).mockImplementation(async (cmd: Command) => {
    if (cmd.type !== "place_line") return applied();
    const before = editor.mirror!.lines;
    const after: Line[] = before.filter((l) => l.kind !== cmd.kind);
    if (cmd.boundary != null) after.push({ kind: cmd.kind, boundary: cmd.boundary });
    return applied({ record: "lines", before, after });
  });
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  target.remove();
  vi.resetAllMocks();
});

async function render(selection: string[]) {
  editor = editorWith();
  editor.selection = selection;
  app = mount(Inspector, { target, props: { editor } });
  await settle();
}
function select(name: string): HTMLSelectElement {
  for (const label of target.querySelectorAll("label")) {
    if (label.textContent === name) return document.getElementById(label.htmlFor) as HTMLSelectElement;
  }
  throw new Error(`no control named ${name}`);
}
const options = (s: HTMLSelectElement) => [...s.options].map((o) => o.textContent);
const sent = () => vi.mocked(shell.execute).mock.calls.map((c) => c[0]);

describe("Inspector: a selected line", () => {
  it("names the line and the boundary it runs at, by the lanes around it", async () => {
    await render(["line:visibility"]);
    expect(target.querySelector("h2")!.textContent).toBe("Line");
    expect(target.querySelector(".line-name")!.textContent).toBe("Line of visibility");
    const position = select("Position");
    // The line of interaction's boundary is offered disabled: two lines there would hide each other.
    expect(options(position)).toEqual([
      "Above Customer",
      "Between Customer and Frontstage (Line of interaction)",
      "Between Frontstage and Backstage",
      "Below Backstage",
    ]);
    expect([...position.options].map((o) => o.disabled)).toEqual([false, true, false, false]);
    expect(position.value).toBe("2");
  });

  it("moves the line to another boundary, and removes it", async () => {
    await render(["line:interaction"]);
    choose(select("Position"), "0");
    await settle();
    expect(sent()).toEqual([{ type: "place_line", kind: "interaction", boundary: 0 }]);
    expect(select("Position").value).toBe("0");
    target.querySelector<HTMLButtonElement>("button.remove-line")!.click();
    await settle();
    expect(sent()[1]).toEqual({ type: "place_line", kind: "interaction", boundary: null });
    expect(editor.mirror!.lines.map((l) => l.kind)).toEqual(["visibility"]);
  });
});

describe("Inspector: the document's lines", () => {
  it("lists every kind of line, placed or not, and adds a missing one where chosen", async () => {
    await render([]);
    const legend = [...target.querySelectorAll("legend")].find((l) => l.textContent === "Lines");
    expect(legend).toBeDefined();
    expect(select("Line of interaction").value).toBe("1");
    expect(select("Line of visibility").value).toBe("2");
    const internal = select("Line of internal interaction");
    expect(internal.value).toBe("");
    expect(options(internal)[0]).toBe("Not on the blueprint");
    // Where the lines of interaction and visibility run, it cannot go.
    expect([...internal.options].map((o) => o.disabled)).toEqual([false, false, true, true, false]);
    choose(internal, "3");
    await settle();
    expect(sent()).toEqual([{ type: "place_line", kind: "internal_interaction", boundary: 3 }]);
    expect(select("Line of internal interaction").value).toBe("3");
    choose(select("Line of visibility"), "");
    await settle();
    expect(sent()[1]).toEqual({ type: "place_line", kind: "visibility", boundary: null });
  });
});

describe("Inspector: several selected", () => {
  it("says which one it shows and that edits apply to it alone (a card with a lane)", async () => {
    await render(["card:c1", "lane:l2"]);
    const h2 = target.querySelector("h2")!;
    expect(h2.textContent).toBe("Card — 1 of 2 selected");
    expect(target.querySelector(".note.multi")!.textContent).toBe(
      "Changes here apply to this one only, not to the other 1 selected.",
    );
  });

  it("says that a field set on several cards is set on all of them", async () => {
    await render(["card:c1", "card:c2", "card:c3"]);
    expect(target.querySelector(".note.multi")!.textContent!.trim()).toBe(
      "The first card's values are shown. A field set here is set on all 3 selected cards, in one step.",
    );
  });

  it("shows no such note for one element", async () => {
    await render(["card:c1"]);
    expect(target.querySelector("h2")!.textContent).toBe("Card");
    expect(target.querySelector(".note.multi")).toBeNull();
  });
});
