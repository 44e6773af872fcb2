// What the app's context menu offers for what was right-clicked (or for the selection,
// from the Menu key or Shift+F10): actions of the registry, by id, in groups. The menu
// shows each with its label, shortcut and enabled state, and runs it as the menus and
// keys do, so an action is defined once.

import type { Hit } from "../canvas/hit";

/** A menu's items: action ids, with "-" between groups. */
export type MenuItems = readonly string[];

const CARD: MenuItems = [
  "cards.edit_text",
  "connector.connect_to",
  "-",
  "cards.fail_point",
  "cards.wait",
  "-",
  "edit.cut",
  "edit.copy",
  "edit.paste",
  "edit.duplicate",
  "-",
  "edit.delete",
  "-",
  "view.inspector",
];
const CELL: MenuItems = ["cells.write", "edit.paste", "-", "lane.add", "stage.add"];
const LANE: MenuItems = [
  "structure.rename",
  "lane.move_up",
  "lane.move_down",
  "lane.toggle_collapsed",
  "-",
  "lane.add",
  "-",
  "edit.delete",
  "-",
  "view.inspector",
];
const STAGE: MenuItems = [
  "structure.rename",
  "stage.move_left",
  "stage.move_right",
  "-",
  "stage.add",
  "cards.new",
  "-",
  "edit.delete",
  "-",
  "view.inspector",
];
const LINE: MenuItems = ["line.move_up", "line.move_down", "-", "line.remove", "-", "view.inspector"];
const CONNECTOR: MenuItems = [
  "connector.edit_label",
  "connector.toggle_direction",
  "connector.reverse",
  "-",
  "edit.delete",
  "-",
  "view.inspector",
];
const PAPER: MenuItems = ["edit.paste", "-", "lane.add", "stage.add", "-", "view.fit", "view.fit_width"];

/** The items for what the menu is about. */
export function menuItems(hit: Hit): MenuItems {
  switch (hit.kind) {
    case "card":
      return CARD;
    case "cell":
      return CELL;
    case "lane-header":
      return LANE;
    case "stage-header":
      return STAGE;
    case "line":
      return LINE;
    case "connector":
      return CONNECTOR;
    case "none":
      return PAPER;
  }
}

/** The menu's accessible name's key: what it is about. */
export function menuSubject(hit: Hit): "card" | "cell" | "lane" | "stage" | "line" | "connector" | "paper" {
  switch (hit.kind) {
    case "lane-header":
      return "lane";
    case "stage-header":
      return "stage";
    case "none":
      return "paper";
    default:
      return hit.kind;
  }
}
