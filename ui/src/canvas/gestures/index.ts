// Every gesture of the canvas, in one place and in the order the canvas offers it a press
// or a double-click: the first that takes it owns it, so the order decides what a press
// on overlapping things means. The canvas installs these on itself; nothing else does.

import type { GestureHost } from "./host";
import type { DoubleClick, Gesture } from "./gesture";
import { connectorReconnect } from "./connector-reconnect";
import { connectorDraw } from "./connector-draw";
import { selectionDrag } from "./selection-drag";
import { cardDrag } from "./card-drag";
import { laneToggle } from "./lane-toggle";
import { laneDrag } from "./lane-drag";
import { stageDrag } from "./stage-drag";
import { lineDrag } from "./line-drag";
import { boxSelect } from "./box-select";
import { renameOnDoubleClick } from "./rename";
import { connectorLabelEdit } from "./connector-label";
import { cardDoubleClick } from "./card-create";
import { keyboardCanvas } from "./card-keys";
import { bindClipboard } from "./clipboard-dom";

/** Tried in order on every press. */
export const pressGestures: readonly ((canvas: GestureHost) => Gesture)[] = [
  // Before the card drags: a selected connector's end handle may lie over a card, and a
  // card's handles start a new connector.
  connectorReconnect,
  connectorDraw,
  // Several selected cards move together; a press on any other card drags that one.
  selectionDrag,
  cardDrag,
  laneToggle,
  laneDrag,
  stageDrag,
  lineDrag,
  // Last: any other press on the paper starts a box selection.
  boxSelect,
];

/** Tried in order on every double-click (what none takes goes to the canvas's owner). */
export const doubleClickHandlers: readonly ((canvas: GestureHost) => DoubleClick)[] = [
  renameOnDoubleClick,
  connectorLabelEdit,
  cardDoubleClick,
];

/** Listeners beyond the pointer: the keyboard (focus, Tab, announcements) and the clipboard's DOM events. */
export const bindings: readonly ((canvas: GestureHost) => unknown)[] = [keyboardCanvas, bindClipboard];
