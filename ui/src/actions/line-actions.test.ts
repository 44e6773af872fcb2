import { describe, expect, it, vi } from "vitest";
import { lineActions, lineStep } from "./line-actions";
import { menuItems } from "./context-menu";
import { Mirror } from "../scene/mirror";
import { smallBlueprint } from "../fixtures";
import type { Command } from "../scene/types";

// The fixture: three lanes; the line of interaction at boundary 1, of visibility at 2.
describe("a line's actions", () => {
  it("steps a line to the next boundary no other line marks, none past the ends", () => {
    const m = new Mirror(smallBlueprint());
    expect(lineStep(m, "interaction", -1)).toBe(0);
    // Down from 1: 2 is the line of visibility's, so 3.
    expect(lineStep(m, "interaction", 1)).toBe(3);
    expect(lineStep(m, "visibility", -1)).toBe(0);
    expect(lineStep(m, "visibility", 1)).toBe(3);
    const top = new Mirror(smallBlueprint());
    top.lines.find((l) => l.kind === "interaction")!.boundary = 0;
    expect(lineStep(top, "interaction", -1)).toBeNull();
    expect(lineStep(m, "implementation", 1)).toBeNull();
  });

  it("moves and removes the selected line with one place_line each, from its context menu", async () => {
    const sent: Command[] = [];
    const host = {
      selected: [{ kind: "line" as const, id: "interaction" as const }],
      mirror: new Mirror(smallBlueprint()),
      canvas: null,
      edit: vi.fn(async (c: Command) => {
        sent.push(c);
        return null;
      }),
    };
    const actions = new Map(lineActions(host).map((a) => [a.id, a]));
    expect(menuItems({ kind: "line", id: "interaction" }).filter((id) => id !== "-")).toEqual([
      "line.move_up",
      "line.move_down",
      "line.remove",
      "view.inspector",
    ]);
    for (const id of ["line.move_up", "line.move_down", "line.remove"]) {
      expect(actions.get(id)!.enabled()).toBe(true);
      await actions.get(id)!.run();
    }
    expect(sent).toEqual([
      { type: "place_line", kind: "interaction", boundary: 0 },
      { type: "place_line", kind: "interaction", boundary: 3 },
      { type: "place_line", kind: "interaction", boundary: null },
    ]);
    // Nothing selected, or a card: not offered.
    host.selected.length = 0;
    expect([...actions.values()].some((a) => a.enabled())).toBe(false);
  });
});
