// Dragging a card: the card's own group follows the pointer (a transform, nothing else
// is redrawn), and the drop sends one move_card command. A drag of an unselected card
// selects it when it starts.

import type { Commanding, SceneView, Selecting, Surface } from "./host";
import { Drag, type Gesture, type GestureSession, type Press } from "./gesture";
import type { Point } from "../hit";
import { dropTarget, isMove, lastCell, type CellCards } from "../../edits/drop";
import type { Command, Scene } from "../../scene/types";
import { cardKey } from "../../scene/keys";

class CardDrag extends Drag {
  protected override readonly holdsPreview = true;
  /** The command last expected (JSON), so the core hears of each new place once. */
  private expected = "";
  /** Whether the core was told of any place (then it hears when the drag ends). */
  private told = false;
  /** Cell lists of the drawn Scene, read once per cell: any edit replaces the Scene. */
  private cells: { scene: Scene; cellCards: CellCards } | null = null;

  constructor(
    private canvas: SceneView & Selecting & Commanding & Surface,
    readonly cardId: string,
    private node: SVGGElement,
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
  }

  protected begin(_p: Point, e: PointerEvent): void {
    // Dragging a card that is not selected selects it, so the inspector shows what moves.
    const key = cardKey(this.cardId);
    if (!this.canvas.selection.has(key)) this.canvas.setSelection([key]);
    this.node.classList.add("dragging");
    // Drawn last so it floats over the other cards while dragged.
    this.node.parentNode?.appendChild(this.node);
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected drag(p: Point, d: Point): void {
    this.node.setAttribute("transform", `translate(${d.x} ${d.y})`);
    // The drop this place would send, for the core to prepare while the drag goes on.
    const command = this.commandAt(p);
    const key = command ? JSON.stringify(command) : "";
    if (command && key !== this.expected) {
      this.canvas.expect(command);
      this.told = true;
    }
    this.expected = key;
  }

  protected abort(): void {
    this.node.removeAttribute("transform");
    this.node.classList.remove("dragging");
    this.endExpecting();
  }

  protected drop(p: Point): Promise<unknown> | void {
    this.endExpecting();
    const command = this.commandAt(p);
    if (command) return this.canvas.send(command);
  }

  /** Nothing more to prepare for this drag (told once, at the drop or the cancel). */
  private endExpecting(): void {
    if (!this.told) return;
    this.told = false;
    this.canvas.expect(null);
  }

  /** The move a drop at `p` sends, if it moves anything. */
  private commandAt(p: Point): Command | null {
    const { current: scene, currentMirror: mirror } = this.canvas;
    if (!scene || !mirror) return null;
    if (this.cells?.scene !== scene) this.cells = { scene, cellCards: lastCell(mirror) };
    const { cellCards } = this.cells;
    const target = dropTarget(scene, this.canvas.cardRects, mirror, this.cardId, p.x, p.y, cellCards);
    return target && isMove(mirror, this.cardId, target, cellCards)
      ? { type: "move_card", card: this.cardId, ...target }
      : null;
  }
}

export function cardDrag(canvas: SceneView & Selecting & Commanding & Surface): Gesture {
  return {
    press({ hit, ...press }): GestureSession | null {
      if (hit.kind !== "card" || hit.handle) return null;
      const node = canvas.node(cardKey(hit.id));
      return node ? new CardDrag(canvas, hit.id, node, { hit, ...press }) : null;
    },
  };
}
