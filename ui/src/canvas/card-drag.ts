// Dragging a card: the card's own group follows the pointer (a transform, nothing else
// is redrawn), and the drop sends one move_card command. A drag of an unselected card
// selects it when it starts.

import type { Canvas } from "./canvas";
import { Drag, type Gesture, type GestureSession, type Press } from "./gesture";
import type { Point } from "./hit";
import { dropTarget, isMove } from "./drop";

class CardDrag extends Drag {
  protected override readonly holdsPreview = true;

  constructor(
    private canvas: Canvas,
    readonly cardId: string,
    private node: SVGGElement,
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
  }

  protected begin(_p: Point, e: PointerEvent): void {
    // Dragging a card that is not selected selects it, so the inspector shows what moves.
    const key = `card:${this.cardId}`;
    if (!this.canvas.selection.has(key)) this.canvas.setSelection([key]);
    this.node.classList.add("dragging");
    // Drawn last so it floats over the other cards while dragged.
    this.node.parentNode?.appendChild(this.node);
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected drag(_p: Point, d: Point): void {
    this.node.setAttribute("transform", `translate(${d.x} ${d.y})`);
  }

  protected abort(): void {
    this.node.removeAttribute("transform");
    this.node.classList.remove("dragging");
  }

  protected drop(p: Point): Promise<unknown> | void {
    const { current: scene, currentMirror: mirror } = this.canvas;
    if (!scene || !mirror) return;
    const target = dropTarget(scene, this.canvas.cardRects, mirror, this.cardId, p.x, p.y);
    if (target && isMove(mirror, this.cardId, target)) {
      return this.canvas.send({ type: "move_card", card: this.cardId, ...target });
    }
  }
}

export function cardDrag(canvas: Canvas): Gesture {
  return {
    press({ hit, ...press }): GestureSession | null {
      if (hit.kind !== "card" || hit.handle) return null;
      const node = canvas.node(`card:${hit.id}`);
      return node ? new CardDrag(canvas, hit.id, node, { hit, ...press }) : null;
    },
  };
}
