import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas } from "../testing";
import { emphasisSceneFixture } from "../../fixtures";
import { drawCard } from "./draw";
import { drawNotes } from "./notes";
import { drawOverview, placeOverview, type OverviewCtx } from "./overview";
import { drawBackdrop, type BackdropCtx } from "./backdrop";
import { applyDelta } from "../../scene/delta";
import { keyedDelta, unchangedDelta } from "../../scene/testing";
import type { CardBox, Rect, Scene, TextBlock } from "../../scene/types";

afterEach(() => document.body.replaceChildren());

function card(scene: Scene, id: string): CardBox {
  return scene.cards.find((c) => c.element.kind === "card" && c.element.id === id)!;
}

function geometry(node: Element): Rect {
  const n = (a: string) => Number(node.getAttribute(a));
  return { x: n("x"), y: n("y"), w: n("width"), h: n("height") };
}

/** The tspans of a text node, as the block the Scene gives. */
function spans(node: Element | null): { text: string; x: number; y: number }[] {
  return [...(node?.querySelectorAll("tspan") ?? [])].map((t) => ({
    text: t.textContent ?? "",
    x: Number(t.getAttribute("x")),
    y: Number(t.getAttribute("y")),
  }));
}

function lines(b: TextBlock) {
  return b.lines.map((l) => ({ text: l.text, x: l.x, y: l.y }));
}

describe("key moments, card colours and notes on the canvas", () => {
  it("draws a key moment's badge in the key tone, first on the card", () => {
    const scene = emphasisSceneFixture();
    const c1 = card(scene, "c1");
    expect(c1.badges[0]!.kind.type).toBe("key_moment");
    const g = drawCard(c1, scene.paint);
    const badge = g.querySelector('[data-badge="key_moment"]')!;
    const pill = badge.querySelector("rect")!;
    expect(geometry(pill)).toEqual(c1.badges[0]!.rect);
    expect(pill.getAttribute("fill")).toBe(scene.paint.badge.key.fill);
    expect(badge.querySelector("text")!.getAttribute("fill")).toBe(scene.paint.badge.key.ink);
    expect(badge.textContent).toBe("Key moment");
  });

  it("draws a card's colour as the band the Scene places, in the palette's paint", () => {
    const scene = emphasisSceneFixture();
    for (const [id, colour] of [
      ["c1", "blue"],
      ["c2", "yellow"],
    ] as const) {
      const c = card(scene, id);
      const band = drawCard(c, scene.paint).querySelector(".card-colour")!;
      expect(c.colour_band!.colour).toBe(colour);
      expect(geometry(band)).toEqual(c.colour_band!.rect);
      expect(band.getAttribute("fill")).toBe(scene.paint.card_colour[colour]);
      // Over the card's box, under its text: the export's order.
      expect(band.previousElementSibling!.classList.contains("card-box")).toBe(true);
    }
    expect(drawCard(card(scene, "c3"), scene.paint).querySelector(".card-colour")).toBeNull();
  });

  it("writes notes and tags under a card's text, line by line where the Scene puts them", () => {
    const scene = emphasisSceneFixture();
    const c1 = card(scene, "c1");
    const g = drawCard(c1, scene.paint);
    const notes = g.querySelector(".card-notes");
    expect(spans(notes)).toEqual(lines(c1.notes));
    // User text as text, wrapped where the core wrapped it.
    expect(c1.notes.lines.length).toBeGreaterThan(1);
    expect(c1.notes.lines.map((l) => l.text).join(" ")).toBe("Greet within ten seconds <even when busy>");
    expect(notes!.querySelector("b, even")).toBeNull();
    expect(notes!.getAttribute("fill")).toBe(scene.paint.notes.text);
    expect(notes!.getAttribute("font-size")).toBe(String(c1.notes.font_size));
    expect(spans(g.querySelector(".card-tags"))).toEqual(lines(c1.tags));
    expect(g.querySelector(".card-tags")!.textContent).toBe("#first impression · #door");
    // Inside the card, under the text.
    const last = c1.text.lines.at(-1)!;
    for (const l of [...c1.notes.lines, ...c1.tags.lines]) {
      expect(l.y).toBeGreaterThan(last.y);
      expect(l.y).toBeLessThan(c1.rect.y + c1.rect.h);
    }
    expect(spans(drawCard(card(scene, "c2"), scene.paint).querySelector(".card-notes"))[0]!.text).toMatch(/^先问/);
  });

  it("draws footnotes: numbers on the cards and the notes block under the legend", () => {
    const scene = emphasisSceneFixture("footnotes");
    const block = scene.notes!;
    expect(block.items.map((i) => i.number.lines[0]!.text)).toEqual(["1", "2"]);
    expect(card(scene, "c1").notes.lines).toHaveLength(0);
    const numbered = drawCard(card(scene, "c1"), scene.paint).querySelector('[data-badge="note"]')!;
    expect(numbered.textContent).toBe("Note 1");
    const g = drawNotes(block, scene.paint);
    expect(geometry(g.querySelector(":scope > rect")!)).toEqual(block.frame);
    const texts = [...g.querySelectorAll(":scope > text")];
    // The title, then per note its number, its text and its tags when it has them.
    expect(texts.map((t) => t.getAttribute("class"))).toEqual([
      "notes-title",
      "note-number",
      "note-text",
      "note-tags",
      "note-number",
      "note-text",
    ]);
    expect(spans(texts[2]!)).toEqual(lines(block.items[0]!.text));
    expect(texts[3]!.getAttribute("fill")).toBe(scene.paint.notes.tags);
    expect(block.frame.y).toBeGreaterThan(scene.legend!.frame.y + scene.legend!.frame.h);
  });

  it("keeps the footnotes' layer in step with the Scene and its deltas", () => {
    const { host, canvas, mirror } = setupCanvas();
    expect(host.querySelector(".layer-notes")!.childElementCount).toBe(0);
    const scene = emphasisSceneFixture("footnotes");
    canvas.render(scene, mirror);
    const layer = host.querySelector(".layer-notes")!;
    expect(layer.querySelectorAll(".note-number")).toHaveLength(2);
    // Drawn after the legend, as exported.
    expect(layer.previousElementSibling!.classList.contains("layer-legend")).toBe(true);
    const before = layer.firstElementChild;
    canvas.apply(unchangedDelta(), mirror);
    expect(layer.firstElementChild).toBe(before);
    canvas.apply(unchangedDelta({ notes: { notes: null } }), mirror);
    expect(layer.childElementCount).toBe(0);
    canvas.apply(unchangedDelta({ notes: { notes: scene.notes } }), mirror);
    expect(layer.querySelectorAll(".note-text")).toHaveLength(2);
  });

  it("shows the colours, and the notes on cards, in the presenter's overview and backdrop too", () => {
    const scene = emphasisSceneFixture();
    const colours = new Set<string>();
    const texts: string[] = [];
    const noop = () => {};
    const ctx = new Proxy(
      {
        set fillStyle(v: string) {
          colours.add(v);
        },
        set strokeStyle(v: string) {
          colours.add(v);
        },
        fillText: (t: string) => void texts.push(t),
      },
      { get: (target, key) => (key in target ? Reflect.get(target, key) : noop) },
    ) as unknown as OverviewCtx & BackdropCtx;
    drawOverview(ctx, scene, placeOverview(scene, 800, 450), { width: 800, height: 450, ratio: 1 });
    expect(colours).toContain(scene.paint.card_colour.blue);
    expect(colours).toContain(scene.paint.card_colour.yellow);
    drawBackdrop(ctx, scene, { zoom: 1, x: 0, y: 0, width: scene.width, height: scene.height, ratio: 1 });
    const c1 = card(scene, "c1");
    for (const l of [...c1.notes.lines, ...c1.tags.lines]) expect(texts).toContain(l.text);
    expect(colours).toContain(scene.paint.notes.tags);
  });

  it("moves a shifted card's band, notes and tags with it, as the core's shift does", () => {
    const scene = emphasisSceneFixture();
    const was = structuredClone(card(scene, "c1"));
    const next = applyDelta(
      scene,
      unchangedDelta({ cards: keyedDelta({ shifted: [{ dx: 3, dy: 40, ids: ["c1"] }] }) }),
    );
    const now = card(next, "c1");
    expect(now.colour_band!.rect).toEqual({
      ...was.colour_band!.rect,
      x: was.colour_band!.rect.x + 3,
      y: was.colour_band!.rect.y + 40,
    });
    expect(now.notes.lines.map((l) => [l.x, l.y])).toEqual(was.notes.lines.map((l) => [l.x + 3, l.y + 40]));
    expect(now.tags.lines.map((l) => [l.x, l.y])).toEqual(was.tags.lines.map((l) => [l.x + 3, l.y + 40]));
  });
});
