import { describe, expect, it } from "vitest";
import { Marks } from "./marks";
import type { Diagnostic, ElementRef, Severity } from "../../scene/types";

const d = (severity: Severity, ...ids: string[]): Diagnostic =>
  ({
    rule: "r",
    severity,
    message: "m",
    hint: "h",
    elements: ids.map((id): ElementRef => ({ kind: "card", id })),
  }) as Diagnostic;

describe("Marks", () => {
  it("marks each element with the worst severity naming it, and reports only what changed", () => {
    const m = new Marks();
    const w = d("warning", "a", "b");
    const e = d("error", "b");
    const i = d("info", "c");
    expect(m.update([w, e, i])).toEqual(new Set(["card:a", "card:b", "card:c"]));
    expect([m.get("card:a"), m.get("card:b"), m.get("card:c"), m.get("card:x")]).toEqual([
      "warning",
      "error",
      "info",
      undefined,
    ]);
    // The error goes, a new warning names c: b falls back to its warning, c rises to one.
    const w2 = d("warning", "c");
    expect(m.update([w, i, w2])).toEqual(new Set(["card:b", "card:c"]));
    expect([m.get("card:b"), m.get("card:c")]).toEqual(["warning", "warning"]);
    // The same list again changes nothing; an equal but new diagnostic neither.
    expect(m.update([w, i, w2])).toEqual(new Set());
    expect(m.update([d("warning", "a", "b"), i, w2])).toEqual(new Set());
    expect(m.update([])).toEqual(new Set(["card:a", "card:b", "card:c"]));
    expect(m.get("card:a")).toBeUndefined();
  });

  it("counts an edit's added and dropped diagnostics alone, as counting the whole list would", () => {
    const m = new Marks();
    const w = d("warning", "a", "b");
    const e = d("error", "b");
    m.update([w, e]);
    const i = d("info", "c");
    expect(m.change([i], [e])).toEqual(new Set(["card:b", "card:c"]));
    expect([m.get("card:a"), m.get("card:b"), m.get("card:c")]).toEqual(["warning", "warning", "info"]);
    // Dropping what is not counted, or adding what is, changes nothing.
    expect(m.change([w], [e])).toEqual(new Set());
    // A whole list afterwards compares with what the changes left counted.
    expect(m.update([w, i])).toEqual(new Set());
    expect(m.update([i])).toEqual(new Set(["card:a", "card:b"]));
  });
});
