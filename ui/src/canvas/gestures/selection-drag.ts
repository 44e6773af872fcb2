// Dragging one of several selected cards moves them all: every selected card follows the
// pointer (a transform on its own group), and the drop sends one batch of move_card
// commands that moves each card by the lanes and stages the card under the pointer moved
// (edits/group-move.ts: the group keeps its shape, or nothing moves). Within the pointer's cell
// the cards land where the pointer is; in the other cells, where their preview is. A press
// on a card that is not part of a multi-card selection is left to the single-card drag.

import type { Commanding, SceneView, Selecting, Surface } from "./host";
import { Drag, type Gesture, type GestureSession, type Press } from "./gesture";
import { cellAt, type Point } from "../hit";
import { groupMove } from "../../edits/group-move";
import type { Command } from "../../scene/types";
import { cardKey } from "../../scene/keys";

class SelectionDrag extends Drag {
  protected override readonly holdsPreview = true;

  constructor(
    private canvas: SceneView & Selecting & Commanding & Surface,
    readonly cardId: string,
    private cards: string[],
    private nodes: SVGGElement[],
    press: Press,
  ) {
    super(press.at, press.event, () => canvas.zoom);
  }

  protected begin(_p: Point, e: PointerEvent): void {
    for (const n of this.nodes) {
      n.classList.add("dragging");
      n.parentNode?.appendChild(n);
    }
    this.canvas.svg.setPointerCapture?.(e.pointerId);
  }

  protected drag(_p: Point, d: Point): void {
    for (const n of this.nodes) n.setAttribute("transform", `translate(${d.x} ${d.y})`);
  }

  protected abort(): void {
    for (const n of this.nodes) {
      n.removeAttribute("transform");
      n.classList.remove("dragging");
    }
  }

  protected drop(p: Point): Promise<unknown> | void {
    const c = dropCommand(this.canvas, this.cards, this.cardId, p, { x: p.x - this.origin.x, y: p.y - this.origin.y });
    if (c) return this.canvas.send(c);
  }
}

/**
 * The command that drops `cards`, dragged by `anchor`, with the pointer at scene point
 * `p` after travelling `d`; null outside the cells, when a card would leave the
 * blueprint, or when nothing changes.
 */
export function dropCommand(canvas: SceneView, cards: string[], anchor: string, p: Point, d: Point): Command | null {
  const { current: scene, currentMirror: m, cardRects: rects } = canvas;
  const cell = scene && cellAt(scene, p);
  if (!m || !cell || cell.collapsed) return null;
  const middle = (id: string) => {
    const r = rects.get(id);
    return r ? r.y + r.h / 2 : 0;
  };
  return groupMove(m, cards, {
    anchor,
    lane: cell.lane,
    stage: cell.stage,
    place: (lane, stage, staying, arriving) => {
      const y = lane === cell.lane && stage === cell.stage ? p.y : middle(arriving[0]!) + d.y;
      return staying.filter((id) => rects.has(id) && middle(id) < y).length;
    },
  });
}

export function selectionDrag(canvas: SceneView & Selecting & Commanding & Surface): Gesture {
  return {
    press(press): GestureSession | null {
      const { hit } = press;
      if (hit.kind !== "card" || hit.handle) return null;
      const cards = canvas.selectedCards;
      if (cards.length < 2 || !cards.includes(hit.id)) return null;
      const nodes = cards.flatMap((id) => canvas.node(cardKey(id)) ?? []);
      return new SelectionDrag(canvas, hit.id, cards, nodes, press);
    },
  };
}
