import { describe, expect, it, vi } from "vitest";
import { Canvas } from "../canvas";
import { Mirror } from "../../scene/mirror";
import { pointer } from "../testing";
import { smallBlueprint, smallSceneFixture } from "../../fixtures";
import {
  cardBounds,
  connectorBounds,
  cullsScene,
  drawnBounds,
  intersects,
  scrollToCentre,
  visibleItems,
  CULL_MARGIN_PX,
  CULL_MIN_ITEMS,
  type Bounds,
} from "./cull";
import { applyDelta } from "../../scene/delta";
import { idOf } from "../../scene/keys";
import { keyedDelta, unchangedDelta } from "../../scene/testing";
import type { CardBox, ConnectorRoute, Scene } from "../../scene/types";

describe("culling geometry", () => {
  it("widens the viewport by a margin and converts it to scene units", () => {
    // 1000×600 px of an SVG scrolled by 2000, 100, at zoom 2.
    const b = drawnBounds({ left: 2000, top: 100, width: 1000, height: 600 }, 2)!;
    expect(b).toEqual({
      x0: (2000 - 500) / 2,
      y0: (100 - CULL_MARGIN_PX) / 2,
      x1: (3000 + 500) / 2,
      y1: (700 + CULL_MARGIN_PX) / 2,
    });
    expect(drawnBounds({ left: 0, top: 0, width: 0, height: 600 }, 1)).toBeNull();
  });

  it("bounds a connector by its route, arrowheads and label", () => {
    const c = {
      points: [
        { x: 10, y: 20 },
        { x: 50, y: 20 },
        { x: 50, y: 90 },
      ],
      arrowheads: [
        {
          points: [
            { x: 46, y: 90 },
            { x: 54, y: 96 },
          ],
        },
      ],
      label: { rect: { x: 0, y: 40, w: 30, h: 10 } },
    } as unknown as ConnectorRoute;
    expect(connectorBounds(c)).toEqual({ x0: 0, y0: 20, x1: 54, y1: 96 });
  });

  it("keeps what meets the area, the pinned items, and the order", () => {
    const items = [1, 2, 3, 4, 5].map((i) => ({ id: `c${i}`, b: { x0: i * 100, y0: 0, x1: i * 100 + 50, y1: 50 } }));
    const area = { x0: 180, y0: 0, x1: 320, y1: 10 };
    const pick = (pinned: string[]) =>
      visibleItems(
        items,
        (i) => i.b,
        (i) => i.id,
        area,
        new Set(pinned),
      ).map((i) => i.id);
    expect(pick([])).toEqual(["c2", "c3"]);
    expect(pick(["c5", "c1"])).toEqual(["c1", "c2", "c3", "c5"]);
    expect(
      visibleItems(
        items,
        (i) => i.b,
        (i) => i.id,
        null,
        new Set(),
      ),
    ).toHaveLength(5);
    // Touching edges count as meeting.
    expect(intersects({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 10, x1: 20, y1: 20 })).toBe(true);
  });

  it("culls only large Scenes and centres a revealed element", () => {
    expect(cullsScene(CULL_MIN_ITEMS - 1, 0)).toBe(false);
    expect(cullsScene(CULL_MIN_ITEMS / 2, CULL_MIN_ITEMS / 2)).toBe(true);
    expect(scrollToCentre({ x0: 1000, y0: 500, x1: 1100, y1: 550 }, 1, 800, 600)).toEqual({ left: 650, top: 225 });
    expect(scrollToCentre({ x0: 10, y0: 10, x1: 20, y1: 20 }, 1, 800, 600)).toEqual({ left: 0, top: 0 });
  });
});

/** The small fixture's first card copied into a row of `n` cards, 160 px apart. */
function wideScene(n: number): Scene {
  const scene = smallSceneFixture();
  const proto = scene.cards[0]!;
  const cards: CardBox[] = [];
  for (let i = 0; i < n; i++) {
    const dx = i * 160 - proto.rect.x;
    const card = structuredClone(proto);
    card.element = { kind: "card", id: `w${i}` };
    card.rect = { ...proto.rect, x: proto.rect.x + dx };
    for (const l of [...card.text.lines, ...card.owner.lines]) l.x += dx;
    cards.push(card);
  }
  return { ...scene, width: n * 160, cards, connectors: [] };
}

function laidOutHost(width: number, height: number): HTMLDivElement {
  const host = document.createElement("div");
  // jsdom does no layout: give the host a size so that culling applies.
  Object.defineProperty(host, "clientWidth", { value: width });
  Object.defineProperty(host, "clientHeight", { value: height });
  document.body.append(host);
  return host;
}

describe("Canvas culling", () => {
  const drawn = (host: HTMLElement) => [...host.querySelectorAll(".card")].map((n) => n.getAttribute("data-id"));

  it("draws a large Scene only near the viewport, and pinned cards wherever they are", () => {
    const host = laidOutHost(800, 600);
    const canvas = new Canvas(host);
    canvas.render(wideScene(600), new Mirror(smallBlueprint()));
    // 800 px + 400 px margin each side (x from −400 to 1200) meets cards 0…7.
    expect(drawn(host)).toEqual(["w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7"]);
    canvas.setSelection(["card:w300"]);
    expect(drawn(host)).toContain("w300");
    expect(host.querySelector('[data-key="card:w300"]')!.classList.contains("selected")).toBe(true);
    canvas.setSelection([]);
    expect(drawn(host)).not.toContain("w300");
  });

  it("reveals a culled card by key: drawn, scrolled to, and kept", () => {
    const host = laidOutHost(800, 600);
    const canvas = new Canvas(host);
    canvas.render(wideScene(600), new Mirror(smallBlueprint()));
    expect(host.querySelector('[data-key="card:w500"]')).toBeNull();
    const node = canvas.reveal("card:w500");
    expect(node?.getAttribute("data-id")).toBe("w500");
    expect(host.scrollLeft).toBeGreaterThan(500 * 160 - 800);
    expect(canvas.reveal("card:nope")).toBeNull();
  });

  it("after an edit, draws what a full cull would: shifted cards come into view and leave it", () => {
    const host = laidOutHost(800, 600);
    const canvas = new Canvas(host);
    const scene = wideScene(600);
    canvas.render(scene, new Mirror(smallBlueprint()));
    // w2 leaves the area (x −400…1200), w300 comes into it, w5 is removed, w1 moves to the end.
    const n = scene.cards.length;
    canvas.apply(
      unchangedDelta({
        cards: keyedDelta({
          shifted: [
            { dx: 5000, dy: 0, ids: ["w2"] },
            { dx: -300 * 160, dy: 0, ids: ["w300"] },
          ],
          removed: ["w5"],
          order: [
            { type: "keep", from: 0, len: 1 },
            { type: "keep", from: 2, len: 3 },
            { type: "keep", from: 6, len: n - 6 },
            { type: "keep", from: 1, len: 1 },
          ],
        }),
      }),
      new Mirror(smallBlueprint()),
    );
    const afterEdit = drawn(host);
    expect(afterEdit).toEqual(["w0", "w3", "w4", "w6", "w7", "w300", "w1"]);
    // The same as culling the edited Scene from scratch, and the cards' rectangles follow.
    canvas.render(canvas.current!, new Mirror(smallBlueprint()));
    expect(drawn(host)).toEqual(afterEdit);
    expect(canvas.cardRects.get("w300")!.x).toBe(scene.cards[0]!.rect.x);
    expect(canvas.cardRects.has("w5")).toBe(false);
    expect(canvas.cardRects.size).toBe(n - 1);
  });

  it("re-culls after a drag only when the view scrolled during it", () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => frames.push(cb));
    const runFrames = () => frames.splice(0).forEach((cb) => cb(0));
    try {
      const host = laidOutHost(800, 600);
      const canvas = new Canvas(host);
      canvas.render(wideScene(600), new Mirror(smallBlueprint()));
      // jsdom does no layout: the drawing moves left as the host scrolls.
      canvas.svg.getBoundingClientRect = () => new DOMRect(-host.scrollLeft, -host.scrollTop, 600 * 160, 600);
      const grab = () => host.querySelector('[data-key="card:w1"] rect')!;
      const r = canvas.cardRects.get("w1")!;
      // A drag without scrolling: nothing is owed, no frame is asked for.
      pointer("pointerdown", grab(), r.x + 5, r.y + 5);
      pointer("pointermove", canvas.svg, r.x + 40, r.y + 5);
      pointer("pointerup", canvas.svg, r.x + 40, r.y + 5);
      expect(frames).toHaveLength(0);
      // A scroll during a drag waits for its end.
      pointer("pointerdown", grab(), r.x + 5, r.y + 5);
      pointer("pointermove", canvas.svg, r.x + 40, r.y + 5);
      host.scrollLeft = 100 * 160;
      host.dispatchEvent(new Event("scroll"));
      runFrames();
      expect(drawn(host)).not.toContain("w100");
      pointer("pointerup", canvas.svg, r.x + 40, r.y + 5);
      runFrames();
      expect(drawn(host)).toContain("w100");
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("draws small Scenes whole", () => {
    const host = laidOutHost(100, 100);
    const canvas = new Canvas(host);
    canvas.render(wideScene(40), new Mirror(smallBlueprint()));
    expect(drawn(host)).toHaveLength(40);
  });
});

describe("bounds of shifted items", () => {
  it("are the bounds before the shift moved by its offset: every part of the item moved", () => {
    const scene = smallSceneFixture();
    const route = scene.connectors[0]!;
    // A label far below the route: the label's box must move with the route.
    route.label = {
      rect: { x: 0, y: 900, w: 40, h: 14 },
      text: { font_size: 11, bold: false, centered: true, lines: [{ text: "on", x: 20, y: 910, width: 12 }] },
    };
    const card = scene.cards[0]!;
    const before = { route: connectorBounds(route), card: cardBounds(card) };
    const next = applyDelta(
      scene,
      unchangedDelta({
        cards: { upserted: [], shifted: [{ dx: 3, dy: 38, ids: [idOf(card.element)] }], removed: [], order: null },
        connectors: {
          upserted: [],
          shifted: [{ dx: 3, dy: 38, ids: [idOf(route.element)] }],
          removed: [],
          order: null,
        },
      }),
    );
    const moved = (b: Bounds) => ({ x0: b.x0 + 3, y0: b.y0 + 38, x1: b.x1 + 3, y1: b.y1 + 38 });
    expect(connectorBounds(next.connectors[0]!)).toEqual(moved(before.route));
    expect(next.connectors[0]!.label!.text.lines[0]).toMatchObject({ x: 23, y: 948 });
    expect(cardBounds(next.cards[0]!)).toEqual(moved(before.card));
  });
});
