import { describe, expect, it } from "vitest";
import { applyDiagnostics, diagnosticsChange } from "./diagnostics";
import { DeltaMismatch } from "./runs";
import type { Diagnostic } from "./types";

const diag = (n: number): Diagnostic =>
  ({
    rule: "backwards-arrow",
    severity: "warning",
    message: `m${n}`,
    elements: [{ kind: "card", id: `c${n}` }],
    hint: "",
  }) as unknown as Diagnostic;

describe("applyDiagnostics", () => {
  it("keeps runs of the old list by identity and adds the new ones in order", () => {
    const old = [0, 1, 2, 3, 4].map(diag);
    const fresh = diag(9);
    const next = applyDiagnostics(old, [
      { type: "keep", from: 0, len: 2 },
      { type: "add", items: [fresh] },
      { type: "keep", from: 3, len: 2 },
    ]);
    expect(next.map((d) => d.message)).toEqual(["m0", "m1", "m9", "m3", "m4"]);
    expect(next[0]).toBe(old[0]);
    expect(applyDiagnostics(old, [])).toEqual([]);
  });

  it("refuses runs the old list does not have", () => {
    expect(() => applyDiagnostics([diag(0)], [{ type: "keep", from: 0, len: 2 }])).toThrow(DeltaMismatch);
  });
});

describe("diagnosticsChange", () => {
  it("names the added diagnostics and the old ones no keep run covers, whatever the runs' order", () => {
    const old = [0, 1, 2, 3, 4, 5].map(diag);
    const fresh = [diag(8), diag(9)];
    const delta = [
      { type: "keep" as const, from: 4, len: 1 },
      { type: "add" as const, items: [fresh[0]!] },
      { type: "keep" as const, from: 0, len: 2 },
      { type: "add" as const, items: [fresh[1]!] },
    ];
    const { added, dropped } = diagnosticsChange(old, delta);
    expect(added).toEqual(fresh);
    expect(dropped.map((d) => d.message)).toEqual(["m2", "m3", "m5"]);
    // The same as comparing the lists whole.
    const next = new Set(applyDiagnostics(old, delta));
    expect(dropped).toEqual(old.filter((d) => !next.has(d)));
    expect(diagnosticsChange(old, []).dropped).toEqual(old);
    expect(diagnosticsChange(old, [{ type: "keep", from: 0, len: 6 }])).toEqual({ added: [], dropped: [] });
  });
});
