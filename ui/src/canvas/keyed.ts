// One layer of keyed Scene items (cards or connectors): shows exactly the items it is
// given, in their order, reusing the node of an item that did not change. Culling gives
// it the items near the viewport; without culling, all of them.

import type { ElementRef } from "../types";
import { idOf } from "./draw";

interface Keyed<T> {
  node: SVGGElement;
  item: T;
}

export class KeyedLayer<T extends { element: ElementRef }> {
  private nodes = new Map<string, Keyed<T>>();

  constructor(readonly layer: SVGGElement, private draw: (item: T) => SVGGElement) {}

  /** The node drawn for `id`, if it is drawn. */
  node(id: string): SVGGElement | undefined {
    return this.nodes.get(id)?.node;
  }

  get size(): number {
    return this.nodes.size;
  }

  /**
   * Show `items` and nothing else, in this order. An item keeps its node when it is the
   * same object (a delta shares what it did not change) or, with `compare`, draws the
   * same (a whole new Scene); new and changed nodes are pushed to `created`.
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
        const node = this.draw(item);
        if (k) k.node.replaceWith(node);
        k = { node, item };
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
