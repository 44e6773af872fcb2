// Dragging one of several selected cards moves them all: every selected card follows the
// pointer (a transform on its own group), and the drop sends one batch of move_card
// commands that puts them, in reading order, where the pointer is. A press on a card
// that is not part of a multi-card selection is left to the single-card drag.

import type { Canvas } from "./canvas";
import { Drag, type Gesture, type GestureSession, type Press } from "./gesture";
import { cellAt, type Point } from "./hit";
import { asOne, planMoves, readingOrder } from "./card-moves";
import type { Command } from "../types";

class SelectionDrag extends Drag {
  constructor(
    private canvas: Canvas,
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

  protected drop(p: Point): void {
    const c = dropCommand(this.canvas, this.cards, p);
    if (c) void this.canvas.send(c);
  }
}

/** The command that drops `cards` at scene point `p`, or null (outside the cells, no change). */
export function dropCommand(canvas: Canvas, cards: string[], p: Point): Command | null {
  const { current: scene, currentMirror: m } = canvas;
  const cell = scene && cellAt(scene, p);
  if (!m || !cell || cell.collapsed) return null;
  const moving = new Set(cards);
  const others = m.cell(cell.lane, cell.stage).filter((c) => !moving.has(c.id));
  const index = others.filter((c) => {
    const r = canvas.cardRects.get(c.id);
    return r !== undefined && r.y + r.h / 2 < p.y;
  }).length;
  const ids = others.map((c) => c.id);
  ids.splice(index, 0, ...readingOrder(m).filter((id) => moving.has(id)));
  return asOne(planMoves(m, moving, [{ lane: cell.lane, stage: cell.stage, ids }]), "Move Cards");
}

export function selectionDrag(canvas: Canvas): Gesture {
  return {
    press(press): GestureSession | null {
      const { hit } = press;
      if (hit.kind !== "card" || hit.handle) return null;
      const cards = canvas.selectedCards;
      if (cards.length < 2 || !cards.includes(hit.id)) return null;
      const nodes = cards.flatMap((id) => canvas.node(`card:${id}`) ?? []);
      return new SelectionDrag(canvas, hit.id, cards, nodes, press);
    },
  };
}
