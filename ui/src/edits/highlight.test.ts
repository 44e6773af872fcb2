import { describe, expect, it } from "vitest";
import { connectorHighlighted, highlighted, highlightValue, owners, parseHighlight, type Highlight } from "./highlight";
import { Mirror } from "../scene/mirror";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import { setupCanvas } from "../canvas/testing";
import { Canvas } from "../canvas/canvas";
import { CULL_MIN_ITEMS } from "../canvas/render/cull";
import { unchangedDelta } from "../scene/testing";

describe("highlight", () => {
  it("picks the cards that stand out", () => {
    const doc = smallBlueprint();
    doc.cards[0]!.wait = true;
    doc.cards[0]!.owner = " Host ";
    doc.cards[1]!.channel = "digital";
    const m = new Mirror(doc);
    const out = (h: Highlight) => [...m.cards.values()].filter((c) => highlighted(c, h)).map((c) => c.id);
    expect(out({ kind: "fail_point" })).toEqual(["c3"]);
    expect(out({ kind: "wait" })).toEqual([doc.cards[0]!.id]);
    expect(out({ kind: "channel", channel: "digital" })).toEqual([doc.cards[1]!.id]);
    expect(out({ kind: "owner", owner: "Host" })).toEqual([doc.cards[0]!.id]);
    expect(owners(m)).toContain("Host");
  });

  it("round-trips through a select's value", () => {
    for (const h of [
      null,
      { kind: "wait" },
      { kind: "fail_point" },
      { kind: "channel", channel: "process" },
      { kind: "owner", owner: "Front desk: A" },
    ] as (Highlight | null)[]) {
      expect(parseHighlight(highlightValue(h))).toEqual(h);
    }
  });

  it("dims on the canvas what does not stand out, and the arrows between such cards, until ended", () => {
    const { host, canvas } = setupCanvas();
    // The fixture's arrow a1 joins c1 and c3.
    const dimmed = () => [...host.querySelectorAll(".dimmed")].map((n) => n.getAttribute("data-key")).sort();
    canvas.setHighlight((id) => id === "c3");
    expect(dimmed()).toEqual(["card:c1", "card:c2"]);
    canvas.setHighlight((id) => id === "c2");
    // The arrow and its label, neither end standing out.
    expect(new Set(dimmed())).toEqual(new Set(["card:c1", "card:c3", "connector:a1"]));
    canvas.setHighlight(null);
    expect(dimmed()).toEqual([]);
  });

  it("dims, under the critical path, the arrows it does not go through even between two of its cards", () => {
    const { host, canvas } = setupCanvas();
    const dimmed = () => [...host.querySelectorAll(".dimmed")].map((n) => n.getAttribute("data-key")).sort();
    // The fixture's arrow a1 joins c1 and c3: both on the path, the arrow not.
    const path: Highlight = { kind: "critical_path", cards: new Set(["c1", "c3"]), connectors: new Set() };
    canvas.setHighlight(
      (id) => id !== "c2",
      (id) => connectorHighlighted(id, path),
    );
    expect(new Set(dimmed())).toEqual(new Set(["card:c2", "connector:a1"]));
    const through: Highlight = { ...path, connectors: new Set(["a1"]) };
    canvas.setHighlight(
      (id) => id !== "c2",
      (id) => connectorHighlighted(id, through),
    );
    expect(dimmed()).toEqual(["card:c2"]);
  });
});

describe("dimming on the canvas follows what stands out", () => {
  /** As the editor does: read from the mirror at each paint. */
  const standsOut = (m: Mirror, h: Highlight) => (id: string) => {
    const card = m.cards.get(id);
    return !!card && highlighted(card, h);
  };

  it("after an edit, for the arrows and cards the edit did not redraw", () => {
    const { host, canvas, mirror, scene } = setupCanvas({
      doc: (b) => {
        b.cards[1]!.owner = "Host";
        b.cards[1]!.channel = "digital";
      },
    });
    const labelled = structuredClone(scene);
    labelled.connectors[0]!.label = {
      rect: { x: 395, y: 200, w: 60, h: 18 },
      text: { font_size: 10, bold: false, centered: true, lines: [{ text: "asks", x: 425, y: 212, width: 20 }] },
    };
    canvas.render(labelled, mirror);
    const dimmed = () => [...host.querySelectorAll(".dimmed")].map((n) => `${n.getAttribute("class")}`).sort();
    canvas.setHighlight(standsOut(mirror, { kind: "owner", owner: "Host" }));
    expect(dimmed()).toEqual(["card dimmed", "card dimmed", "connector dimmed", "connector-label dimmed"]);
    // c1 gets the owner: the core redraws c1 (its owner line), not the arrow a1 from c1 to c3.
    mirror.cards.get("c1")!.owner = "Host";
    const c1 = structuredClone(labelled.cards.find((c) => c.element.kind === "card" && c.element.id === "c1")!);
    canvas.apply(unchangedDelta({ cards: { upserted: [c1], shifted: [], removed: [], order: null } }), mirror);
    expect(host.querySelector('.card[data-id="c1"]')!.classList.contains("dimmed")).toBe(false);
    expect(host.querySelector('.connector[data-id="a1"]')!.classList.contains("dimmed")).toBe(false);
    expect(host.querySelector('.connector-label[data-id="a1"]')!.classList.contains("dimmed")).toBe(false);
    // A channel is not drawn: changing it redraws nothing, yet the card's dimming follows.
    canvas.setHighlight(standsOut(mirror, { kind: "channel", channel: "digital" }));
    expect(host.querySelector('.card[data-id="c2"]')!.classList.contains("dimmed")).toBe(false);
    mirror.cards.get("c2")!.channel = "process";
    canvas.apply(unchangedDelta(), mirror);
    expect(host.querySelector('.card[data-id="c2"]')!.classList.contains("dimmed")).toBe(true);
  });

  it("for arrows culling draws later", () => {
    // The small Scene grown until it is culled, with an arrow far from the view.
    const scene = smallSceneFixture();
    const first = scene.cards[0]!;
    for (let i = 0; i < CULL_MIN_ITEMS; i++) {
      scene.cards.push({ ...first, element: { kind: "card", id: `x${i}` } });
    }
    const far = structuredClone(scene.connectors[0]!);
    far.element = { kind: "connector", id: "a9" };
    far.points = far.points.map((p) => ({ x: p.x + 20_000, y: p.y }));
    far.arrowheads = [];
    scene.connectors.push(far);
    const doc = smallBlueprint();
    doc.connectors.push({ ...doc.connectors[0]!, id: "a9" });
    const mirror = new Mirror(doc);
    const host = document.createElement("div");
    document.body.append(host);
    Object.defineProperty(host, "clientWidth", { value: 640 });
    Object.defineProperty(host, "clientHeight", { value: 360 });
    const canvas = new Canvas(host);
    canvas.render(scene, mirror);
    expect(host.querySelector('.connector[data-id="a9"]')).toBeNull();
    const a9 = () => host.querySelector('.connector[data-id="a9"]');
    canvas.setHighlight((id) => id === "c2");
    expect(canvas.reveal("connector:a9", { scroll: false })!.classList.contains("dimmed")).toBe(true);
    // Culled again (another element revealed), then the filter changes while it is not drawn.
    canvas.reveal("card:c2", { scroll: false });
    expect(a9()).toBeNull();
    canvas.setHighlight((id) => id === "c1");
    expect(canvas.reveal("connector:a9", { scroll: false })!.classList.contains("dimmed")).toBe(false);
    canvas.setHighlight((id) => id === "c2");
    expect(a9()!.classList.contains("dimmed")).toBe(true);
  });
});
