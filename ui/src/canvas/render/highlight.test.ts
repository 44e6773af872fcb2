import { afterEach, describe, expect, it } from "vitest";
import { setup, pointer } from "../connector-test-kit";
import { changedKeys, highlightOf, NO_HIGHLIGHT } from "./highlight";

afterEach(() => document.body.replaceChildren());

const over = (target: Element, related: Element | null = null) =>
  target.dispatchEvent(new PointerEvent("pointerover", { bubbles: true, relatedTarget: related }));
const out = (target: Element, related: Element | null) =>
  target.dispatchEvent(new PointerEvent("pointerout", { bubbles: true, relatedTarget: related }));

describe("a connector's highlight", () => {
  it("covers the hovered and the selected connectors and the cards at their ends", () => {
    const { scene, a1 } = setup();
    const key = `connector:${a1.element.kind === "connector" ? a1.element.id : ""}`;
    expect(highlightOf(scene, new Set(), null)).toBe(NO_HIGHLIGHT);
    const h = highlightOf(scene, new Set(), key);
    expect([...h.connectors]).toEqual([key]);
    expect([...h.cards].sort()).toEqual([`card:${a1.from}`, `card:${a1.to}`].sort());
    expect(highlightOf(scene, new Set([key, "card:c2"]), null)).toEqual(h);
    expect(highlightOf(scene, new Set(["card:c2"]), null)).toBe(NO_HIGHLIGHT);
    expect([...changedKeys(NO_HIGHLIGHT, h)].sort()).toEqual([key, ...h.cards].sort());
    expect(changedKeys(h, h).size).toBe(0);
  });

  it("follows the pointer over the path or the label, and leaves with it", () => {
    const { canvas, host, a1 } = setup();
    const id = a1.element.kind === "connector" ? a1.element.id : "";
    const path = host.querySelector(`g.connector[data-id="${id}"] .connector-path`)!;
    const label = host.querySelector(`g.connector-label[data-id="${id}"]`);
    const group = path.closest("g.connector")!;
    const from = canvas.node(`card:${a1.from}`)!;
    const to = canvas.node(`card:${a1.to}`)!;
    const other = canvas.node("card:c2")!;
    over(path);
    expect(group.classList.contains("highlighted")).toBe(true);
    expect(from.classList.contains("linked") && to.classList.contains("linked")).toBe(true);
    expect(other.classList.contains("linked")).toBe(false);
    // Its label, when it has one, is framed with it.
    if (label) expect(label.classList.contains("highlighted")).toBe(true);
    // Into a card: the highlight goes.
    out(path, other);
    over(other, path);
    expect(group.classList.contains("highlighted")).toBe(false);
    expect(from.classList.contains("linked") || to.classList.contains("linked")).toBe(false);
  });

  it("stays while the connector is selected, and is redrawn with it", () => {
    const { canvas, host, a1 } = setup();
    const id = a1.element.kind === "connector" ? a1.element.id : "";
    canvas.setSelection([`connector:${id}`]);
    const group = () => host.querySelector(`g.connector[data-id="${id}"]`)!;
    expect(group().classList.contains("highlighted")).toBe(true);
    expect(canvas.node(`card:${a1.to}`)!.classList.contains("linked")).toBe(true);
    canvas.setSelection([]);
    expect(group().classList.contains("highlighted")).toBe(false);
    expect(canvas.node(`card:${a1.to}`)!.classList.contains("linked")).toBe(false);
  });

  it("draws nothing while hovering and does not change during a drag", () => {
    const { canvas, host, a1, rect } = setup();
    const id = a1.element.kind === "connector" ? a1.element.id : "";
    const path = host.querySelector(`g.connector[data-id="${id}"] .connector-path`)!;
    const nodes = [...host.querySelectorAll("[data-key]")];
    over(path);
    out(path, null);
    // The same nodes, marked and unmarked in place: nothing drawn again.
    expect([...host.querySelectorAll("[data-key]")]).toEqual(nodes);
    expect(path.isConnected).toBe(true);
    // A card drag in progress: passing over the arrow highlights nothing.
    const r = rect("c2");
    pointer("pointerdown", canvas.node("card:c2")!.querySelector("rect")!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 5, r.y + 60);
    over(path);
    expect(path.closest("g.connector")!.classList.contains("highlighted")).toBe(false);
    pointer("pointerup", canvas.svg, r.x + 5, r.y + 60);
  });
});
