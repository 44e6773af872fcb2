// One layer of keyed Scene items (cards or connectors): shows exactly the items it is
// given, in their order, reusing the node of an item that did not change. Culling gives
// it the items near the viewport; without culling, all of them.

import type { ElementRef, Shift } from "../../scene/types";
import { idOf } from "../../scene/keys";
import { el } from "./svg";

interface Keyed<T> {
  node: SVGGElement;
  item: T;
  /** How far `item` has shifted since the node was drawn (moved by a transform). */
  dx: number;
  dy: number;
}

/**
 * Put what a node draws into one inner group, which a shift moves (`offsetNode`); the
 * node's own transform stays free for drags. Done while the node is new and detached,
 * where moving its children costs little.
 */
function wrapContent(node: SVGGElement): SVGGElement {
  const inner = el("g", { class: "shifted" });
  inner.append(...node.childNodes);
  node.append(inner);
  return node;
}

/** Move what a node draws by (dx, dy) without drawing it again. */
export function offsetNode(node: SVGGElement, dx: number, dy: number): void {
  let inner = node.firstElementChild;
  if (!(inner instanceof SVGGElement && inner.classList.contains("shifted")))
    inner = wrapContent(node).firstElementChild!;
  if (dx === 0 && dy === 0) inner.removeAttribute("transform");
  else inner.setAttribute("transform", `translate(${dx} ${dy})`);
}

export class KeyedLayer<T extends { element: ElementRef } & object> {
  private nodes = new Map<string, Keyed<T>>();

  constructor(
    readonly layer: SVGGElement,
    private draw: (item: T) => SVGGElement,
  ) {}

  /** The node drawn for `id`, if it is drawn. */
  node(id: string): SVGGElement | undefined {
    return this.nodes.get(id)?.node;
  }

  get size(): number {
    return this.nodes.size;
  }

  /** Forget every node: the next `show` draws each item anew. */
  clear(): void {
    for (const k of this.nodes.values()) k.node.remove();
    this.nodes.clear();
  }

  /**
   * A delta shifted these items (in place, scene/shift.ts): move the nodes drawn for them
   * instead of drawing them again (after a lane grows, everything below only shifts).
   * Call it before `show`, which redraws an item the same delta replaced.
   */
  offset(shifts: readonly Shift[]): void {
    for (const s of shifts) {
      for (const id of s.ids) {
        const k = this.nodes.get(id);
        if (!k) continue;
        k.dx += s.dx;
        k.dy += s.dy;
        offsetNode(k.node, k.dx, k.dy);
      }
    }
  }

  /**
   * Show `items` and nothing else, in this order. An item keeps its node when it is the
   * same object (a delta shares what it did not change, and shifts in place) or, with
   * `compare`, draws the same (a whole new Scene); new and changed nodes are pushed to
   * `created`.
   */
  show(items: readonly T[], created: SVGGElement[] = [], compare = true): void {
    const wanted = new Set<string>();
    for (const item of items) wanted.add(idOf(item.element));
    for (const [id, k] of this.nodes) {
      if (!wanted.has(id)) {
        k.node.remove();
        this.nodes.delete(id);
      }
    }
    let prev: Element | null = null;
    for (const item of items) {
      const id = idOf(item.element);
      let k = this.nodes.get(id);
      if (!k || (k.item !== item && (!compare || JSON.stringify(k.item) !== JSON.stringify(item)))) {
        const node = wrapContent(this.draw(item));
        if (k) k.node.replaceWith(node);
        k = { node, item, dx: 0, dy: 0 };
        this.nodes.set(id, k);
        created.push(node);
      } else {
        k.item = item;
      }
      // Keep the Scene's order (it is the drawing order); move a node only when needed.
      const want: ChildNode | null = prev ? prev.nextSibling : this.layer.firstChild;
      if (want !== k.node) this.layer.insertBefore(k.node, want);
      prev = k.node;
    }
  }
}
