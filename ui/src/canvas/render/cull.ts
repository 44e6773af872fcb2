// Drawing only what is near the viewport. A blueprint of thousands of cards would
// otherwise put tens of thousands of SVG nodes in the DOM, and WebKit's style, layout,
// hit testing and paint of every input event grow with that count. Cards and connectors
// whose bounds miss the visible part of the canvas (plus a margin, so that a scroll
// shows drawn content before the next cull) get no node; lanes, stages and lines are
// few and always drawn. Small documents are drawn whole, so nothing changes for them.

import type {
  CardBox,
  ConnectorRoute,
  ElementRef,
  KeyedDelta,
  Point,
  Rect,
  Scene,
  SceneDelta,
} from "../../scene/types";
import { itemById, positions } from "../../scene/positions";
import { idOf, parseKey } from "../../scene/keys";

/** Axis-aligned bounds in scene units. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Below this many cards + connectors the whole Scene is drawn. */
export const CULL_MIN_ITEMS = 500;
/** Screen pixels drawn beyond each edge of the viewport, at least. */
export const CULL_MARGIN_PX = 400;

export function rectBounds(r: Rect): Bounds {
  return { x0: r.x, y0: r.y, x1: r.x + r.w, y1: r.y + r.h };
}

function extend(b: Bounds, p: Point): void {
  if (p.x < b.x0) b.x0 = p.x;
  if (p.x > b.x1) b.x1 = p.x;
  if (p.y < b.y0) b.y0 = p.y;
  if (p.y > b.y1) b.y1 = p.y;
}

/** A connector's bounds: its route, arrowheads and label. */
export function connectorBounds(c: ConnectorRoute): Bounds {
  const b: Bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const p of c.points) extend(b, p);
  for (const h of c.arrowheads) for (const p of h.points) extend(b, p);
  if (c.label) {
    const r = c.label.rect;
    extend(b, { x: r.x, y: r.y });
    extend(b, { x: r.x + r.w, y: r.y + r.h });
  }
  return b;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

/** What of the canvas is visible, in the SVG's own (zoomed) pixels. */
export interface Viewport {
  /** Left and top of the visible part, from the SVG's top-left corner. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The part of the Scene to draw: the viewport widened by a margin (half a viewport, at
 * least CULL_MARGIN_PX) on every side, in scene units. `null` (draw everything) when
 * the viewport has no size yet, i.e. before the page is laid out.
 */
export function drawnBounds(v: Viewport, zoom: number): Bounds | null {
  if (v.width <= 0 || v.height <= 0 || zoom <= 0) return null;
  const mx = Math.max(CULL_MARGIN_PX, v.width / 2);
  const my = Math.max(CULL_MARGIN_PX, v.height / 2);
  return {
    x0: (v.left - mx) / zoom,
    y0: (v.top - my) / zoom,
    x1: (v.left + v.width + mx) / zoom,
    y1: (v.top + v.height + my) / zoom,
  };
}

/**
 * The items to draw, in the Scene's order: all of them when culling is off (`area`
 * null or a small Scene), else those whose bounds meet `area`, plus the pinned ones
 * (selected, dragged, revealed) wherever they are.
 */
export function visibleItems<T>(
  items: readonly T[],
  bounds: (item: T) => Bounds,
  id: (item: T) => string,
  area: Bounds | null,
  pinned: ReadonlySet<string>,
): T[] {
  if (!area) return items as T[];
  return items.filter((i) => intersects(bounds(i), area) || pinned.has(id(i)));
}

/**
 * `shown` (the ids drawn before an edit) brought up to date with the edit `d`, for an
 * area that did not move: only the items `d` names can have come into or left it. The
 * items to draw, in the list's order.
 */
export function visibleAfter<T extends { element: ElementRef }>(
  items: readonly T[],
  d: KeyedDelta<T>,
  shown: ReadonlySet<string>,
  bounds: (item: T) => Bounds,
  area: Bounds,
  pinned: ReadonlySet<string>,
): T[] {
  const next = new Set(shown);
  for (const id of d.removed) next.delete(id);
  const check = (id: string) => {
    const item = itemById(items, id);
    if (item && (intersects(bounds(item), area) || pinned.has(id))) next.add(id);
    else next.delete(id);
  };
  for (const s of d.shifted) for (const id of s.ids) check(id);
  for (const u of d.upserted) check(idOf(u.element));
  for (const id of pinned) if (itemById(items, id)) next.add(id);
  const pos = positions(items);
  const at: number[] = [];
  for (const id of next) {
    const i = pos.get(id);
    if (i !== undefined) at.push(i);
  }
  at.sort((a, b) => a - b);
  return at.map((i) => items[i]!);
}

/** True when a Scene of this size is culled at all. */
export function cullsScene(cards: number, connectors: number): boolean {
  return cards + connectors >= CULL_MIN_ITEMS;
}

/** A card's bounds: its box. */
export const cardBounds = (c: CardBox): Bounds => rectBounds(c.rect);

/**
 * Scroll offsets of the host that centre `b` (scene units) in a viewport of
 * `width` × `height`, never below 0.
 */
export function scrollToCentre(b: Bounds, zoom: number, width: number, height: number): { left: number; top: number } {
  const cx = ((b.x0 + b.x1) / 2) * zoom;
  const cy = ((b.y0 + b.y1) / 2) * zoom;
  return { left: Math.max(0, Math.round(cx - width / 2)), top: Math.max(0, Math.round(cy - height / 2)) };
}

/** What culling needs from the canvas. */
export interface CullHost {
  scene(): Scene | null;
  zoom(): number;
  /** Keys drawn wherever they are (the selection, the dragged card). */
  pinned(): Iterable<string>;
  /** A gesture has moved something: re-culling waits (it would reorder or drop moved nodes). */
  busy(): boolean;
  /** Show exactly these items; push new and redrawn nodes to `created`. `compare`: see KeyedLayer.show. */
  show(cards: CardBox[], connectors: ConnectorRoute[], created: SVGGElement[], compare: boolean): void;
  /** Give new nodes their selection and problem marks. */
  paint(nodes: SVGGElement[]): void;
}

const idOfItem = (i: { element: ElementRef }) => idOf(i.element);

/**
 * Culling of one canvas: which cards and connectors are drawn, re-culled once per frame
 * on scroll and resize, and at once when the canvas asks (render, delta, zoom,
 * selection, reveal).
 */
export class Culling {
  private revealed: string | null = null;
  private pending = false;
  /** The area last measured; measuring forces a layout, so edits reuse it. */
  private measured: { area: Bounds | null } | null = null;
  /** The ids drawn by the last cull, when it culled (an edit updates them). */
  private shown: { cards: Set<string>; connectors: Set<string> } | null = null;
  /** A scroll came while a gesture was moving things: re-cull when it ends. */
  private owed = false;
  /** Culling is held (a presented Scene is drawn elsewhere): scrolls and resizes wait for the release. */
  private held = false;

  constructor(
    private host: HTMLElement,
    private svg: SVGSVGElement,
    private canvas: CullHost,
  ) {
    host.addEventListener("scroll", () => this.schedule(), { passive: true });
    window.addEventListener("resize", () => this.schedule());
  }

  /**
   * The part of the Scene to draw (scene units), or null for all of it: small Scenes
   * and a host that is not laid out are drawn whole.
   */
  area(): Bounds | null {
    const s = this.canvas.scene();
    const h = this.host;
    if (!s || !cullsScene(s.cards.length, s.connectors.length) || !h.clientWidth || !h.clientHeight) return null;
    const hr = h.getBoundingClientRect();
    const sr = this.svg.getBoundingClientRect();
    const left = hr.left + h.clientLeft - sr.left;
    const top = hr.top + h.clientTop - sr.top;
    return drawnBounds({ left, top, width: h.clientWidth, height: h.clientHeight }, this.canvas.zoom());
  }

  /**
   * Draw what is near the viewport and pinned. New nodes go to `created` if given, else
   * are painted here. `remeasure: false` reuses the last measured area: an edit does not
   * move the view, and measuring right after changing the DOM would force a layout.
   */
  draw(created?: SVGGElement[], { remeasure = true, compare = true } = {}): void {
    const s = this.canvas.scene();
    if (!s) return;
    if (remeasure || !this.measured) this.measured = { area: this.area() };
    const area = this.measured.area;
    const { cards, connectors } = this.pinnedIds();
    this.showItems(
      visibleItems(s.cards, cardBounds, idOfItem, area, cards),
      visibleItems(s.connectors, connectorBounds, idOfItem, area, connectors),
      area !== null,
      created,
      compare,
    );
  }

  /**
   * After an edit (the view did not move): what the delta moved in or out of the drawn
   * area, without testing every item again. A full cull when there is no earlier one to
   * update (the Scene is drawn whole, or was not culled yet).
   */
  update(delta: SceneDelta, created: SVGGElement[]): void {
    const s = this.canvas.scene();
    if (!s) return;
    const area = this.measured?.area;
    if (!area || !this.shown || !cullsScene(s.cards.length, s.connectors.length)) {
      return this.draw(created, { remeasure: false, compare: false });
    }
    const pinned = this.pinnedIds();
    this.showItems(
      visibleAfter(s.cards, delta.cards, this.shown.cards, cardBounds, area, pinned.cards),
      visibleAfter(s.connectors, delta.connectors, this.shown.connectors, connectorBounds, area, pinned.connectors),
      true,
      created,
      false,
    );
  }

  private pinnedIds(): { cards: Set<string>; connectors: Set<string> } {
    const cards = new Set<string>();
    const connectors = new Set<string>();
    for (const key of [...this.canvas.pinned(), this.revealed ?? ""]) {
      const ref = parseKey(key);
      if (ref?.kind === "card") cards.add(ref.id);
      else if (ref?.kind === "connector") connectors.add(ref.id);
    }
    return { cards, connectors };
  }

  private showItems(
    cards: CardBox[],
    connectors: ConnectorRoute[],
    culled: boolean,
    created: SVGGElement[] | undefined,
    compare: boolean,
  ): void {
    const out = created ?? [];
    this.canvas.show(cards, connectors, out, compare);
    this.shown = culled ? { cards: new Set(cards.map(idOfItem)), connectors: new Set(connectors.map(idOfItem)) } : null;
    if (!created && out.length) this.canvas.paint(out);
  }

  /** Re-cull at the next frame (once, however many scroll events come first). */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      if (this.canvas.busy() || this.held) this.owed = true;
      else this.draw();
    });
  }

  /**
   * A gesture ended: the re-cull it held back (a scroll during the drag), if any. Not
   * otherwise: after a drop, a full re-cull would compete with drawing the core's answer.
   */
  settle(): void {
    if (!this.owed) return;
    this.owed = false;
    this.schedule();
  }

  /**
   * Hold scheduled re-culls (true) until released (false): what the host's resizes and
   * scrolls owe meanwhile is done at the next frame after the release.
   */
  hold(held: boolean): void {
    this.held = held;
    if (!held) this.settle();
  }

  /** Keep `key` drawn until the next pin, and draw it now. */
  pin(key: string): void {
    this.revealed = key;
    this.draw();
  }

  /** Bounds of a card or connector of the Scene (scene units). */
  boundsOf(key: string): Bounds | null {
    const s = this.canvas.scene();
    const ref = parseKey(key);
    if (!s) return null;
    if (ref?.kind === "card") {
      const c = itemById(s.cards, ref.id);
      return c ? cardBounds(c) : null;
    }
    if (ref?.kind === "connector") {
      const c = itemById(s.connectors, ref.id);
      return c ? connectorBounds(c) : null;
    }
    return null;
  }

  /** Scroll a culled Scene so that the card or connector `key` is in the middle. */
  scrollTo(key: string): void {
    const b = this.boundsOf(key);
    if (!b || !this.area()) return;
    const to = scrollToCentre(b, this.canvas.zoom(), this.host.clientWidth, this.host.clientHeight);
    this.host.scrollLeft = to.left;
    this.host.scrollTop = to.top;
  }
}
