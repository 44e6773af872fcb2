/// <reference types="vite/client" />
// Marks and the selection on the canvas go around an element and never replace its own
// stroke (which is the export's), and every ring styles.css asks for is defined.
import { describe, expect, it } from "vitest";
import css from "../../styles.css?raw";
import { drawMarkFilters } from "./mark-filters";
import { el } from "./svg";
import { smallSceneFixture } from "../../fixtures";

/** [selector, declarations] of every rule in styles.css. */
function rules(): [string, string][] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, "");
  return [...plain.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => [m[1]!.trim(), m[2]!]);
}
const marking = /\.(selected|has-error|has-warning)\b/;
/** The elements whose stroke the export draws: the card's box, a lane's band, a stage's
 *  header, a connector's path, a line's own line. */
const ownStroke = /(\.card-box|\.band|\.header|polyline|\.connector-path|line:not\(\.line-grab\))\s*$/;

describe("canvas marks", () => {
  it("never set the stroke of an element's own shape", () => {
    const offending = rules()
      .flatMap(([sel, body]) => sel.split(",").map((s) => [s.trim(), body] as const))
      .filter(([sel, body]) => marking.test(sel) && ownStroke.test(sel) && /(^|;)\s*stroke(-width)?\s*:/.test(body));
    expect(offending).toEqual([]);
  });

  it("mark cards, lanes and stages with rings for every combination", () => {
    const wanted = [
      ["svg.blueprint .card.has-error.selected .card-box", "fs-ring-out-error-selected"],
      ["svg.blueprint .card.has-warning .card-box", "fs-ring-out-warning"],
      ["svg.blueprint .card.selected .card-box", "fs-ring-out-selected"],
      ["svg.blueprint .lane.has-error > .band", "fs-ring-in-error"],
      ["svg.blueprint .stage.has-warning.selected > .header", "fs-ring-in-warning-selected"],
    ];
    const all = rules().flatMap(([sel, body]) => sel.split(",").map((s) => [s.trim(), body] as const));
    for (const [sel, id] of wanted) {
      const rule = all.find(([s]) => s === sel);
      expect(rule, sel).toBeDefined();
      expect(rule![1]).toContain(`url(#${id})`);
    }
  });

  it("define every filter the stylesheet refers to, each a ring in the Scene's colour", () => {
    const target = el("defs");
    drawMarkFilters(target, smallSceneFixture().paint.mark);
    const ids = [...css.matchAll(/url\(#([\w-]+)\)/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) expect(target.querySelector(`filter[id="${id}"]`), id).not.toBeNull();
    const floods = (id: string) =>
      [...target.querySelectorAll(`filter[id="${id}"] feFlood`)].map((f) => f.getAttribute("flood-color"));
    expect(floods("fs-ring-out-error")).toEqual(["#cf222e"]);
    // Marked and selected: both colours, the mark nearer the card.
    expect(floods("fs-ring-out-error-selected")).toEqual(["#cf222e", "#1a73e8"]);
    expect(floods("fs-ring-in-warning-selected")).toEqual(["#1a73e8", "#bf8700"]);
  });

  it("are defined again in another paint's colours", () => {
    const target = el("defs");
    const paint = smallSceneFixture().paint.mark;
    drawMarkFilters(target, paint);
    drawMarkFilters(target, { ...paint, error: "#000001" });
    expect(target.querySelectorAll('filter[id="fs-ring-out-error"]')).toHaveLength(1);
    expect(target.querySelector('filter[id="fs-ring-out-error"] feFlood')!.getAttribute("flood-color")).toBe("#000001");
  });
});

describe("canvas focus", () => {
  it("is one ring on the canvas area, not an outline on the canvas's scroller", () => {
    const outlines = rules().filter(([sel]) => /\.canvas-host:focus/.test(sel) && !sel.includes(":has("));
    expect(outlines.length).toBeGreaterThan(0);
    for (const [, body] of outlines) expect(body.replace(/\s/g, "")).toMatch(/^outline:none;?$/);
    const ring = rules().find(([sel]) => sel === ".canvas-area:has(.canvas-host:focus-visible)::after");
    expect(ring?.[1]).toMatch(/pointer-events:\s*none/);
    expect(ring?.[1]).toMatch(/inset 0 0 0 2px/);
  });
});
