// The keyboard's cell cursor: with nothing selected, the arrows move a cursor over the
// lane × stage cells (collapsed lanes are skipped) and Enter writes a new card at the end
// of the cursor's cell. Enabled only while the canvas has the focus and nothing is
// selected, so the arrows still move selected cards and Enter still edits a card's text.
// Each move says where the cursor is (the lane, the stage, how many cards) to screen readers.

import type { Action } from "./registry";
import type { Canvas, Cell } from "../canvas/canvas";
import type { Mirror } from "../scene/mirror";
import { announce, canvasHasFocus } from "../canvas/gestures/card-keys";
import { t } from "../i18n";
import { newCard } from "../canvas/gestures/card-create";
import { cellRect } from "../canvas/render/cell-cursor";

type Direction = "left" | "right" | "up" | "down";

/** Where the cursor goes from `at` (null: it starts in the first open lane's first stage). */
export function nextCell(m: Mirror, at: Cell | null, dir: Direction): Cell | null {
  const lanes = m.lanes.filter((l) => !l.collapsed);
  if (!lanes.length || !m.stages.length) return null;
  let li = at ? lanes.findIndex((l) => l.id === at.lane) : -1;
  let si = at ? m.stages.findIndex((s) => s.id === at.stage) : -1;
  if (li < 0 || si < 0) return { lane: lanes[0]!.id, stage: m.stages[0]!.id };
  if (dir === "left") si = Math.max(0, si - 1);
  if (dir === "right") si = Math.min(m.stages.length - 1, si + 1);
  if (dir === "up") li = Math.max(0, li - 1);
  if (dir === "down") li = Math.min(lanes.length - 1, li + 1);
  return { lane: lanes[li]!.id, stage: m.stages[si]!.id };
}

/** What a screen reader says of a cell: how many cards, its lane and its stage. */
export function cellWords(m: Mirror, cell: Cell): string {
  const lane = m.lanes.find((l) => l.id === cell.lane)?.name ?? "";
  const stage = m.stages.find((s) => s.id === cell.stage)?.name ?? "";
  const count = m.cell(cell.lane, cell.stage).length;
  const key = count === 0 ? "canvas.cell_empty" : count === 1 ? "canvas.cell_one" : "canvas.cell_cards";
  return t(key, { count, lane, stage });
}

export function cellActions(editor: { readonly canvas: Canvas | null }): Action[] {
  const canvas = () => editor.canvas;
  const free = () => {
    const c = canvas();
    return !!c && !!c.currentMirror && c.selection.size === 0 && canvasHasFocus(c);
  };
  const move = (dir: Direction, label: string, key: string): Action => ({
    id: `cells.cursor_${dir}`,
    label: () => label,
    keys: [key],
    enabled: free,
    run: () => {
      const c = canvas()!;
      const cell = nextCell(c.currentMirror!, c.cellCursor, dir);
      c.setCellCursor(cell);
      if (cell) announce(c, cellWords(c.currentMirror!, cell));
    },
  });
  return [
    move("left", "Cell Cursor Left", "ArrowLeft"),
    move("right", "Cell Cursor Right", "ArrowRight"),
    move("up", "Cell Cursor Up", "ArrowUp"),
    move("down", "Cell Cursor Down", "ArrowDown"),
    {
      id: "cells.write",
      label: () => "New Card in Cell",
      keys: ["Enter"],
      enabled: () => {
        const cell = canvas()?.cellCursor;
        const lane = cell && canvas()!.currentMirror?.lanes.find((l) => l.id === cell.lane);
        // An undo may have taken the cursor's stage or lane away.
        return free() && !!lane && !lane.collapsed && cellRect(canvas()!.current, cell) !== null;
      },
      run: () => {
        const c = canvas()!;
        const { lane, stage } = c.cellCursor!;
        newCard(c, lane, stage, c.currentMirror!.cell(lane, stage).length);
      },
    },
  ];
}
