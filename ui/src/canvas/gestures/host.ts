// What gestures (and the actions that drive them) use of the canvas, in five parts: the
// drawing as it stands, the selection, the core, the DOM drags draw their previews in,
// and the keyboard. Each gesture asks for the parts it uses; the Canvas class implements
// them all (GestureHost) and installs the gestures (index.ts), which never import it.

import type { Mirror } from "../../scene/mirror";
import type { Applied, Command, Rect, Scene } from "../../scene/types";
import type { InlineEditor } from "../inline-edit";

/** The drawn Scene and the document it shows. */
export interface SceneView {
  /** The Scene drawn now (what the next delta applies to). */
  readonly current: Scene | null;
  readonly currentMirror: Mirror | null;
  /** Card rectangles by card id, in scene units. */
  readonly cardRects: ReadonlyMap<string, Rect>;
  /** The drawn group of an element, by key: null when it is not drawn. */
  node(key: string): SVGGElement | null;
  /** Whether the Scene has the element. */
  has(key: string): boolean;
}

/** The selection, by element key (`card:c1`, `lane:l2`, …). */
export interface Selecting {
  readonly selection: ReadonlySet<string>;
  /** The selected cards' ids. */
  readonly selectedCards: string[];
  setSelection(keys: Iterable<string>): void;
}

/** The core, through the editor. */
export interface Commanding {
  /** Run one command; resolves to what it did, or null if it was refused. */
  send(command: Command): Promise<Applied | null>;
  /** The command a gesture in progress would send now (`null`: none), for the core to prepare. */
  expect(command: Command | null): void;
}

/** Where drags show their preview and capture the pointer. */
export interface Surface {
  readonly svg: SVGSVGElement;
  /** Previews drawn over the blueprint (insertion marks, rubber bands). */
  readonly overlay: SVGGElement;
  /** Screen pixels per scene unit. */
  readonly zoom: number;
}

/** The keyboard and editing text in place. */
export interface Focus {
  /** The focusable, scrolling element around the drawing. */
  readonly host: HTMLElement;
  readonly inline: Pick<InlineEditor, "active" | "open">;
  /** The keyboard's cell while nothing is selected (moved with the arrow keys), if any. */
  readonly cellCursor: { lane: string; stage: string } | null;
  /** Give the keyboard to the canvas. */
  takeFocus(): void;
  /** Draw the element if culling left it out, scroll it into view (see Canvas.reveal), return its node. */
  reveal(key: string, options?: { scroll?: "center" | "nearest" | false }): SVGGElement | null;
}

export interface GestureHost extends SceneView, Selecting, Commanding, Surface, Focus {}
