import { describe, expect, it } from "vitest";
import { addKpi, draftOf, emptyDraft, parseDraft, parseSubject, presetDraft, subjectValue, updateKpi } from "./kpi";
import type { Kpi, KpiSubject } from "../scene/types";

const kpi: Kpi = {
  id: "k1",
  name: "Urgent requests",
  unit: "min",
  target: 30,
  actual: 25,
  direction: "lower_is_better",
};

describe("KPI drafts", () => {
  it("fills a preset's unit, target and direction, named as given", () => {
    const d = presetDraft("ordinary", "Ordinary requests answered within", { stage: "s2" });
    expect(d).toEqual({
      ...emptyDraft({ stage: "s2" }),
      name: "Ordinary requests answered within",
      unit: "h",
      target: "2",
      direction: "lower_is_better",
    });
  });

  it("reads numbers as typed, a comma for the decimal point too, and refuses what is not one", () => {
    const d = { ...emptyDraft(), name: " CSAT ", target: "93,5", actual: "" };
    expect(parseDraft(d)).toEqual({ values: { ...d, name: "CSAT", target: 93.5, actual: null } });
    expect(parseDraft({ ...d, name: "  " })).toEqual({ error: "name" });
    expect(parseDraft({ ...d, target: "" })).toEqual({ error: "target" });
    expect(parseDraft({ ...d, actual: "about 90" })).toEqual({ error: "actual" });
    // A comma that may be a thousands separator is refused, never read as a decimal one.
    for (const text of ["1,000", "1,000.5", "1,2,3"]) {
      expect(parseDraft({ ...d, target: text }), text).toEqual({ error: "target" });
    }
    expect(parseDraft({ ...d, target: "4,25" })).toMatchObject({ values: { target: 4.25 } });
    expect(parseDraft({ ...d, target: "1000" })).toMatchObject({ values: { target: 1000 } });
    const r = parseDraft({ ...d, actual: "91" });
    expect("values" in r && addKpi(r.values)).toMatchObject({ type: "add_kpi", name: "CSAT", actual: 91 });
  });

  it("updates only what changed, and nothing when nothing did", () => {
    const same = parseDraft(draftOf(kpi));
    expect("values" in same && updateKpi(kpi, same.values)).toBeNull();
    const moved = parseDraft({ ...draftOf(kpi), on: { stage: "s4" }, actual: "" });
    expect("values" in moved && updateKpi(kpi, moved.values)).toEqual({
      type: "update_kpi",
      kpi: "k1",
      changes: { actual: null, on: { stage: "s4" } },
    });
  });

  it("writes a subject as a select's value and reads it back", () => {
    for (const on of ["blueprint", { stage: "s2" }, { card: "c:1" }] as KpiSubject[]) {
      expect(parseSubject(subjectValue(on))).toEqual(on);
    }
  });
});
