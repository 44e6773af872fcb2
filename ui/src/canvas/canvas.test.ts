import { describe, expect, it, vi } from "vitest";
import { Canvas } from "./canvas";
import { Mirror } from "../scene/mirror";
import { unchangedDelta } from "../scene/testing";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Diagnostic } from "../scene/types";

function setup() {
  const host = document.createElement("div");
  document.body.append(host);
  const selections: string[][] = [];
  const canvas = new Canvas(host, { select: (ids) => selections.push(ids) });
  const mirror = new Mirror(smallBlueprint());
  const scene = smallSceneFixture();
  canvas.render(scene, mirror);
  return { host, canvas, mirror, scene, selections };
}

describe("Canvas", () => {
  it("draws the core's scene: lanes, stages, lines, cards and connectors keyed by id", () => {
    const { host, scene } = setup();
    const ids = (sel: string) => [...host.querySelectorAll(sel)].map((n) => n.getAttribute("data-id"));
    expect(ids(".lane")).toEqual(["l1", "l2", "l3"]);
    expect(ids(".stage")).toEqual(["s1", "s2"]);
    expect(ids(".line")).toEqual(["interaction", "visibility"]);
    expect(ids(".card").sort()).toEqual(["c1", "c2", "c3"]);
    expect(ids(".connector")).toEqual(["a1"]);
    expect(host.querySelectorAll(".layer-cards .fail-point")).toHaveLength(1);
    // Exactly the Scene's geometry, as the SVG export draws it.
    const c1 = scene.cards.find((c) => c.element.kind === "card" && c.element.id === "c1")!;
    const rect = host.querySelector('.card[data-id="c1"] rect')!;
    expect(Number(rect.getAttribute("x"))).toBe(c1.rect.x);
    expect(Number(rect.getAttribute("y"))).toBe(c1.rect.y);
    expect(host.querySelector(".lane[data-id='l3'] .band")!.getAttribute("fill")).toBe("#123456");
    // In the Scene's paint: the page, and the marks' rings, defined before what they mark.
    expect(host.querySelector(".paper")!.getAttribute("fill")).toBe(scene.paint.page);
    const error = host.querySelector('svg.mark-filters filter[id="fs-ring-out-error"] feFlood')!;
    expect(error.getAttribute("flood-color")).toBe(scene.paint.mark.error);
    // Before the drawing, outside its svg.
    expect(host.querySelector("svg.mark-filters")!.nextElementSibling).toBe(host.querySelector("svg.blueprint"));
  });

  it("puts user text in text nodes, never markup", () => {
    const { host } = setup();
    const c2 = host.querySelector('.card[data-id="c2"]')!;
    expect(c2.querySelector("b")).toBeNull();
    expect(c2.textContent).toContain("<b>Looks</b>");
  });

  it("keeps the nodes of cards whose primitive did not change", () => {
    const { host, canvas, mirror, scene } = setup();
    const c1Before = host.querySelector('.card[data-id="c1"]');
    const c3Before = host.querySelector('.card[data-id="c3"]');
    const next = structuredClone(scene);
    const c3 = next.cards.find((c) => c.element.kind === "card" && c.element.id === "c3")!;
    c3.text.lines = [{ text: "Takes it", x: c3.rect.x + 8, y: c3.rect.y + 20, width: 50 }];
    canvas.render(next, mirror);
    expect(host.querySelector('.card[data-id="c1"]')).toBe(c1Before);
    expect(host.querySelector('.card[data-id="c3"]')).not.toBe(c3Before);
    expect(host.querySelector('.card[data-id="c3"]')!.textContent).toContain("Takes it");
    expect(host.querySelectorAll(".card")).toHaveLength(3);
  });

  it("removes cards and arrows gone from the scene, and forgets them in the selection", () => {
    const { host, canvas, mirror, scene } = setup();
    canvas.setSelection(["card:c3"]);
    const next = structuredClone(scene);
    next.cards = next.cards.filter((c) => !(c.element.kind === "card" && c.element.id === "c3"));
    next.connectors = [];
    canvas.render(next, mirror);
    expect(host.querySelector('.card[data-id="c3"]')).toBeNull();
    expect(host.querySelector(".connector")).toBeNull();
    expect(canvas.selection.size).toBe(0);
  });

  it("marks the elements diagnostics name, the worst severity winning", () => {
    const { host, canvas } = setup();
    const d = (severity: Diagnostic["severity"], elements: Diagnostic["elements"]): Diagnostic => ({
      rule: "r",
      severity,
      message: "m",
      hint: "h",
      elements,
    });
    canvas.setDiagnostics([
      d("warning", [{ kind: "card", id: "c1" }]),
      d("error", [
        { kind: "card", id: "c1" },
        { kind: "lane", id: "l2" },
      ]),
      d("warning", [{ kind: "card", id: "c2" }]),
    ]);
    const cls = (sel: string) => host.querySelector(sel)!.classList;
    expect(cls('.card[data-id="c1"]').contains("has-error")).toBe(true);
    expect(cls('.card[data-id="c2"]').contains("has-warning")).toBe(true);
    expect(cls('.lane[data-id="l2"]').contains("has-error")).toBe(true);
    expect(cls('.card[data-id="c3"]').contains("has-error")).toBe(false);
    canvas.setDiagnostics([]);
    expect(cls('.card[data-id="c1"]').contains("has-error")).toBe(false);
  });

  it("repaints only the elements whose mark changed, in every layer they are drawn in", () => {
    const { host, canvas } = setup();
    const d = (severity: Diagnostic["severity"], elements: Diagnostic["elements"]): Diagnostic => ({
      rule: "r",
      severity,
      message: "m",
      hint: "h",
      elements,
    });
    canvas.setDiagnostics([
      d("warning", [
        { kind: "card", id: "c1" },
        { kind: "card", id: "c2" },
      ]),
    ]);
    const c2 = host.querySelector('.card[data-id="c2"]')!;
    // A node whose mark stays is left alone (a stray class shows it was not repainted).
    c2.classList.add("probe");
    const toggles: string[] = [];
    const toggle = DOMTokenList.prototype.toggle;
    DOMTokenList.prototype.toggle = function (this: DOMTokenList, token: string, force?: boolean) {
      toggles.push(token);
      return toggle.call(this, token, force);
    };
    try {
      canvas.setDiagnostics([
        d("error", [{ kind: "card", id: "c1" }]),
        d("warning", [
          { kind: "card", id: "c2" },
          { kind: "connector", id: "a1" },
        ]),
      ]);
    } finally {
      DOMTokenList.prototype.toggle = toggle;
    }
    const cls = (sel: string) => host.querySelector(sel)!.classList;
    expect(cls('.card[data-id="c1"]').contains("has-error")).toBe(true);
    expect(cls('.card[data-id="c1"]').contains("has-warning")).toBe(false);
    expect(cls('.connector[data-id="a1"]').contains("has-warning")).toBe(true);
    expect(cls('.card[data-id="c2"]').contains("has-warning")).toBe(true);
    // c1 and a1 repainted (five classes each: the marks, the selection, the highlight), nothing else.
    expect(toggles.length).toBe(10);
    canvas.setDiagnostics([]);
    expect(cls('.card[data-id="c1"]').contains("has-error")).toBe(false);
    expect(cls('.connector[data-id="a1"]').contains("has-warning")).toBe(false);
  });

  it("selects a card on click and clears on a click elsewhere", () => {
    const { host, canvas, selections } = setup();
    const rect = host.querySelector('.card[data-id="c1"] rect')!;
    rect.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["card:c1"]);
    expect(host.querySelector('.card[data-id="c1"]')!.classList.contains("selected")).toBe(true);
    host.querySelector(".lane rect")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(canvas.selection.size).toBe(0);
    expect(selections).toEqual([["card:c1"], []]);
  });

  it("selects any kind of element: lanes, stages, connectors by their headers and strokes", () => {
    const { host, canvas } = setup();
    host.querySelector('.lane[data-id="l2"] .lane-header')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["lane:l2"]);
    host.querySelector('.stage[data-id="s2"] .header')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["stage:s2"]);
    host
      .querySelector('.connector[data-id="a1"] polyline')!
      .dispatchEvent(new MouseEvent("click", { bubbles: true, shiftKey: true }));
    expect([...canvas.selection]).toEqual(["stage:s2", "connector:a1"]);
    expect(host.querySelector('.connector[data-id="a1"]')!.classList.contains("selected")).toBe(true);
  });

  it("highlights non-card elements chosen from the problems panel", () => {
    const { host, canvas } = setup();
    canvas.setSelection(["card:c2", "lane:l3"]);
    expect(host.querySelector('.lane[data-id="l3"]')!.classList.contains("selected")).toBe(true);
    expect(host.querySelector('.card[data-id="c2"]')!.classList.contains("selected")).toBe(true);
  });

  it("clamps zoom and scales the drawing", () => {
    const { canvas, scene } = setup();
    const w = Number(canvas.svg.getAttribute("width"));
    expect(w).toBe(Math.ceil(scene.width));
    canvas.zoomIn();
    expect(Number(canvas.svg.getAttribute("width"))).toBeGreaterThan(w);
    canvas.setZoom(100);
    expect(canvas.zoom).toBe(4);
    canvas.actualSize();
    expect(Number(canvas.svg.getAttribute("width"))).toBe(w);
  });

  it("applies a delta: redraws only the cards it names, removes, and keeps the scene's order", () => {
    const { host, canvas, mirror, scene } = setup();
    const node = (id: string) => host.querySelector(`.card[data-id="${id}"]`);
    const c1Before = node("c1");
    const c2Before = node("c2");
    const laneBefore = host.querySelector('.lane[data-id="l1"]');
    canvas.setSelection(["card:c3"]);
    const c2 = structuredClone(scene.cards.find((c) => c.element.kind === "card" && c.element.id === "c2")!);
    c2.rect.x += 30;
    canvas.apply(unchangedDelta({ cards: { upserted: [c2], shifted: [], removed: ["c3"], order: null } }), mirror);
    expect(node("c1")).toBe(c1Before);
    expect(node("c2")).not.toBe(c2Before);
    expect(Number(node("c2")!.querySelector("rect")!.getAttribute("x"))).toBe(c2.rect.x);
    expect(node("c3")).toBeNull();
    expect(canvas.selection.size).toBe(0);
    // Unchanged parts keep their nodes; the drawn order is the scene's.
    expect(host.querySelector('.lane[data-id="l1"]')).toBe(laneBefore);
    const order = scene.cards.map((c) => (c.element as { id: string }).id).filter((id) => id !== "c3");
    expect([...host.querySelectorAll(".card")].map((n) => n.getAttribute("data-id"))).toEqual(order);
    expect(canvas.current!.cards.find((c) => c.element.kind === "card" && c.element.id === "c2")).toEqual(c2);
  });

  it("reveals an element in the middle for a problem, and only as far as needed for the keyboard", () => {
    const { host, canvas } = setup();
    const node = host.querySelector<SVGGElement>('.card[data-id="c2"]')! as SVGGElement & {
      scrollIntoView: (o?: object) => void;
    };
    const scroll = vi.fn();
    node.scrollIntoView = scroll;
    canvas.reveal("card:c2");
    canvas.reveal("card:c2", { scroll: "nearest" });
    canvas.reveal("card:c2", { scroll: false });
    expect(scroll.mock.calls).toEqual([
      [{ block: "center", inline: "center" }],
      [{ block: "nearest", inline: "nearest" }],
    ]);
  });
});
