import { describe, expect, it } from "vitest";
import { Canvas } from "./canvas";
import { Mirror } from "../mirror";
import { smallBlueprint } from "../fixtures";

function setup() {
  const host = document.createElement("div");
  document.body.append(host);
  const selections: string[][] = [];
  const canvas = new Canvas(host, { select: (ids) => selections.push(ids) });
  const mirror = new Mirror(smallBlueprint());
  canvas.render(mirror);
  return { host, canvas, mirror, selections };
}

describe("Canvas", () => {
  it("draws lanes, stages, lines, cards and connectors keyed by id", () => {
    const { host } = setup();
    const ids = (sel: string) => [...host.querySelectorAll(sel)].map((n) => n.getAttribute("data-id"));
    expect(ids(".lane")).toEqual(["l1", "l2", "l3"]);
    expect(ids(".stage")).toEqual(["s1", "s2"]);
    expect(ids(".line")).toEqual(["line:interaction", "line:visibility"]);
    expect(ids(".card").sort()).toEqual(["c1", "c2", "c3"]);
    expect(ids(".connector")).toEqual(["a1"]);
    expect(host.querySelectorAll(".fail-point")).toHaveLength(1);
  });

  it("puts user text in text nodes, never markup", () => {
    const { host } = setup();
    const c2 = host.querySelector('.card[data-id="c2"]')!;
    expect(c2.querySelector("b")).toBeNull();
    expect(c2.textContent).toContain("<b>Looks</b> & waits");
  });

  it("redraws only what a card patch touched", () => {
    const { host, canvas, mirror } = setup();
    const c1Before = host.querySelector('.card[data-id="c1"]');
    const c3 = mirror.cards.get("c3")!;
    const touched = mirror.apply({ changes: [{ record: "card", id: "c3", before: c3, after: { ...c3, text: "Takes it" } }] });
    canvas.update(mirror, touched);
    expect(host.querySelector('.card[data-id="c1"]')).toBe(c1Before);
    expect(host.querySelector('.card[data-id="c3"]')!.textContent).toContain("Takes it");
    expect(host.querySelectorAll(".card")).toHaveLength(3);
  });

  it("removes deleted cards and their arrows, and forgets them in the selection", () => {
    const { host, canvas, mirror } = setup();
    canvas.setSelection(["c3"]);
    const touched = mirror.apply({
      changes: [
        { record: "card", id: "c3", before: mirror.cards.get("c3")!, after: null },
        { record: "connector", id: "a1", before: mirror.connectors.get("a1")!, after: null },
      ],
    });
    canvas.update(mirror, touched);
    expect(host.querySelector('.card[data-id="c3"]')).toBeNull();
    expect(host.querySelector(".connector")).toBeNull();
    expect(canvas.selection.size).toBe(0);
  });

  it("selects a card on click and clears on a click elsewhere", () => {
    const { host, canvas, selections } = setup();
    const rect = host.querySelector('.card[data-id="c1"] rect')!;
    rect.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["c1"]);
    expect(host.querySelector('.card[data-id="c1"]')!.classList.contains("selected")).toBe(true);
    host.querySelector(".lane rect")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(canvas.selection.size).toBe(0);
    expect(selections).toEqual([["c1"], []]);
  });

  it("clamps zoom and scales the drawing", () => {
    const { canvas } = setup();
    const w = Number(canvas.svg.getAttribute("width"));
    canvas.zoomIn();
    expect(Number(canvas.svg.getAttribute("width"))).toBeGreaterThan(w);
    canvas.setZoom(100);
    expect(canvas.zoom).toBe(4);
    canvas.actualSize();
    expect(Number(canvas.svg.getAttribute("width"))).toBe(w);
  });
});
