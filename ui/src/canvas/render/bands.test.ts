import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas } from "../testing";
import { measuredSceneFixture } from "../../fixtures";
import { drawEmotionCurve, drawTimeStrip } from "./bands";
import { drawLegend } from "./draw";
import { drawPinnedLanes } from "./pinned";
import { el } from "./svg";
import { unchangedDelta } from "../../scene/testing";

afterEach(() => document.body.replaceChildren());

const num = (e: Element, a: string) => Number(e.getAttribute(a));

describe("the emotion curve on the canvas", () => {
  it("puts each point where the Scene does, under its card, and the line through them", () => {
    const scene = measuredSceneFixture();
    const band = scene.emotion_curve!;
    expect(band.points.length).toBeGreaterThan(1);
    const g = drawEmotionCurve(band, scene.paint);
    const circles = [...g.querySelectorAll(".emotion-points circle")];
    expect(circles).toHaveLength(band.points.length);
    circles.forEach((c, i) => {
      const p = band.points[i]!;
      expect([num(c, "cx"), num(c, "cy")]).toEqual([p.at.x, p.at.y]);
      expect(c.getAttribute("fill")).toBe(p.emotion < 0 ? scene.paint.curve.low : scene.paint.curve.point);
      // A point alone in its stage stands under its card's middle.
      const card = scene.cards.find((k) => k.element.kind === "card" && k.element.id === p.card)!;
      expect(p.at.x).toBeGreaterThan(card.rect.x);
      expect(p.at.x).toBeLessThan(card.rect.x + card.rect.w);
    });
    const line = g.querySelector(".curve-line")!.getAttribute("points")!;
    expect(line).toBe(band.line.map((q) => `${q.x},${q.y}`).join(" "));
    const zero = g.querySelector(":scope > line")!;
    expect(num(zero, "y1")).toBe(band.zero_y);
    expect(g.querySelector(".band-name")!.textContent).toBe(band.row.name.lines[0]!.text);
    // The wait's dip is labelled on its backdrop, its words those of the Scene.
    const dips = [...g.querySelectorAll(".dip")];
    expect(dips).toHaveLength(band.dips.length);
    expect(band.dips.length).toBeGreaterThan(0);
    const backdrop = dips[0]!.querySelector("rect")!;
    expect(num(backdrop, "y")).toBe(band.dips[0]!.rect.y);
    expect(dips[0]!.querySelector("text")!.textContent).toBe(band.dips[0]!.text.lines.map((l) => l.text).join(""));
    // Under the grid.
    const grid = Math.max(...scene.lanes.map((l) => l.band.y + l.band.h));
    expect(band.row.band.y).toBeGreaterThan(grid);
  });
});

describe("the time strip on the canvas", () => {
  it("draws each stage's bar, limit and figures as the Scene has them", () => {
    const scene = measuredSceneFixture();
    const strip = scene.time_strip!;
    const g = drawTimeStrip(strip, scene.paint);
    const bars = [...g.querySelectorAll(".stage-bar")];
    expect(bars).toHaveLength(strip.stages.length);
    bars.forEach((node, i) => {
      const s = strip.stages[i]!;
      const bar = node.querySelector(".bar")!;
      expect([num(bar, "x"), num(bar, "width")]).toEqual([s.bar.x, s.bar.w]);
      expect(bar.getAttribute("fill")).toBe(s.over ? scene.paint.strip.over : scene.paint.strip.bar);
      expect(node.querySelectorAll(".limit")).toHaveLength(s.limit_x == null ? 0 : 1);
      expect(node.querySelectorAll(".wait")).toHaveLength(s.wait ? 1 : 0);
      expect(node.querySelector(".strip-figure")!.textContent).toBe(s.figure.lines.map((l) => l.text).join(""));
    });
    // The fixture's second stage is over its 5 min standard; the first has a wait.
    expect(strip.stages[1]!.over).toBe(true);
    expect(bars[1]!.querySelector(".strip-over")!.textContent).toContain("over");
    expect(strip.stages[0]!.wait).toBeTruthy();
    expect(g.querySelector(".strip-total")!.textContent).toBe(strip.total.lines.map((l) => l.text).join(""));
  });
});

describe("the legend of a drawing with a time strip", () => {
  it("explains the bar with a bar drawn in the strip's paint", () => {
    const scene = measuredSceneFixture();
    const items = scene.legend!.items;
    const i = items.findIndex((it) => it.swatches.some((s) => s.type === "bar"));
    expect(i).toBeGreaterThanOrEqual(0);
    const swatch = items[i]!.swatches[0]!;
    if (swatch.type !== "bar") throw new Error("a bar swatch");
    const node = drawLegend(scene.legend!, scene.paint).querySelectorAll(".legend-item")[i]!;
    const fills = [...node.querySelectorAll(":scope > rect")].map((r) => r.getAttribute("fill"));
    expect(fills).toEqual([scene.paint.strip.track, scene.paint.strip.bar, scene.paint.strip.wait]);
    expect(num(node.querySelector(":scope > line")!, "x1")).toBe(swatch.limit_x);
  });
});

describe("the bands' headers pinned at the left", () => {
  it("keep the rows' names and the journey's figures beside the pinned lane headers", () => {
    const scene = measuredSceneFixture();
    const g = el("g");
    drawPinnedLanes(g, scene);
    const names = [...g.querySelectorAll(".band-name")].map((t) => t.textContent);
    expect(names).toEqual([scene.emotion_curve!.row.name.lines[0]!.text, scene.time_strip!.row.name.lines[0]!.text]);
    const total = g.querySelector(".strip-total")!;
    expect(total.textContent).toBe(scene.time_strip!.total.lines.map((l) => l.text).join(""));
    const header = g.querySelectorAll(".band-row")[1]!.querySelectorAll("rect")[1]!;
    expect(Number(header.getAttribute("y"))).toBe(scene.time_strip!.row.header.y);
  });
});

describe("the bands' layer", () => {
  it("is drawn from the Scene, follows a delta that changes or takes a band away, and is left alone otherwise", () => {
    const { host, canvas, mirror } = setupCanvas();
    const layer = host.querySelector(".layer-bands")!;
    expect(layer.childElementCount).toBe(0); // the small fixture has no emotion and no durations
    const measured = measuredSceneFixture();
    canvas.apply(unchangedDelta({ emotion_curve: { emotion_curve: measured.emotion_curve } }), mirror);
    expect(layer.querySelectorAll(".emotion-curve")).toHaveLength(1);
    const drawn = layer.firstElementChild;
    canvas.apply(unchangedDelta(), mirror);
    expect(layer.firstElementChild).toBe(drawn);
    canvas.apply(unchangedDelta({ time_strip: { time_strip: measured.time_strip } }), mirror);
    expect([...layer.children].map((c) => c.getAttribute("class"))).toEqual(["emotion-curve", "time-strip"]);
    canvas.apply(unchangedDelta({ emotion_curve: { emotion_curve: null } }), mirror);
    expect([...layer.children].map((c) => c.getAttribute("class"))).toEqual(["time-strip"]);
    expect(canvas.current!.emotion_curve).toBeNull();
  });
});
