// The card actions of the registry (keys, toolbar, menus): new card, edit text, move
// with the arrow keys, select all, Tab through the cards, cut/copy/paste/duplicate.
// Keys that mean something elsewhere too (arrows, Enter, Tab, Mod+A) are enabled only
// while the canvas has the focus, so they keep their usual meaning everywhere else.

import type { Action } from "./registry";
import type { GestureHost } from "../canvas/gestures/host";
import { arrowMoves, type Direction } from "../edits/card-moves";
import { editCardText, newCard } from "../canvas/gestures/card-create";
import { canAddCard, newCardSlot } from "../edits/new-card-target";
import { canvasHasFocus, reachableCards, selectCard, tabTarget } from "../canvas/gestures/card-keys";
import {
  copyToSystem,
  deleteSelectedCards,
  duplicateSelection,
  pasteFromSystem,
} from "../canvas/gestures/clipboard-dom";
import { cardKey, parseKey } from "../scene/keys";

export function cardActions(editor: { readonly canvas: GestureHost | null }): Action[] {
  const canvas = () => editor.canvas;
  const focused = () => !!canvas() && canvasHasFocus(canvas()!);
  const cards = () => canvas()?.selectedCards ?? [];
  const some = () => cards().length > 0;
  const selected = () => [...(canvas()?.selection ?? [])].flatMap((k) => parseKey(k) ?? []);

  const move = (dir: Direction, label: string, key: string): Action => ({
    id: `cards.move_${dir}`,
    label: () => label,
    keys: [key],
    enabled: () => focused() && some(),
    run: async () => {
      const c = canvas()!;
      const m = c.currentMirror;
      const command = m && arrowMoves(m, cards(), dir);
      if (command && (await c.send(command))) c.reveal(cardKey(cards()[0]!), { scroll: "nearest" });
    },
  });

  const tab = (back: boolean): Action => ({
    id: back ? "cards.previous" : "cards.next",
    label: () => (back ? "Previous Card" : "Next Card"),
    keys: [back ? "Shift+Tab" : "Tab"],
    // Past the last card Tab leaves the canvas as usual.
    enabled: () => focused() && tabTarget(reachableCards(canvas()!), cards(), back) !== null,
    run: () => {
      const c = canvas()!;
      const id = tabTarget(reachableCards(c), cards(), back);
      if (id) selectCard(c, id);
    },
  });

  return [
    {
      id: "cards.new",
      label: () => "New Card",
      keys: ["Insert", "Mod+Enter"],
      enabled: () => {
        const m = canvas()?.currentMirror;
        return !!m && canAddCard(m);
      },
      // The field opens where the card will stand (edits/new-card-target.ts says where).
      run: () => {
        const c = canvas()!;
        const slot = newCardSlot(c.currentMirror!, selected(), c.cellCursor);
        if (slot) newCard(c, slot.lane, slot.stage, slot.index);
      },
    },
    {
      id: "cards.edit_text",
      label: () => "Edit Card Text",
      keys: ["Enter", "F2"],
      enabled: () => focused() && cards().length === 1,
      run: () => void editCardText(canvas()!, cards()[0]!),
    },
    move("left", "Move Card Left", "ArrowLeft"),
    move("right", "Move Card Right", "ArrowRight"),
    move("up", "Move Card Up", "ArrowUp"),
    move("down", "Move Card Down", "ArrowDown"),
    tab(false),
    tab(true),
    {
      id: "edit.select_all",
      label: () => "Select All",
      keys: ["Mod+A"],
      enabled: focused,
      run: () => canvas()!.setSelection(reachableCards(canvas()!).map(cardKey)),
    },
    {
      id: "edit.duplicate",
      label: () => "Duplicate",
      keys: ["Mod+D"],
      enabled: some,
      run: () => duplicateSelection(canvas()!),
    },
    // Cut/Copy/Paste keys stay with the platform: they raise the DOM clipboard events
    // the canvas answers (canvas/gestures/clipboard-dom.ts). These are for buttons and custom menu items.
    {
      id: "edit.copy",
      label: () => "Copy",
      enabled: some,
      run: () => void copyToSystem(canvas()!),
    },
    {
      id: "edit.cut",
      label: () => "Cut",
      enabled: some,
      run: async () => {
        if (await copyToSystem(canvas()!)) await deleteSelectedCards(canvas()!, "Cut");
      },
    },
    {
      id: "edit.paste",
      label: () => "Paste",
      enabled: () => !!canvas()?.currentMirror,
      run: () => pasteFromSystem(canvas()!),
    },
  ];
}
