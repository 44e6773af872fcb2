// A KPI as the Measures panel edits it: a draft of text fields (what the form holds), the
// presets from the domain (docs: /shared/domain, "KPIs"), and the commands a draft makes:
// add_kpi for a new one, update_kpi with only the fields that changed, delete_kpi.
import type { Command, Kpi, KpiDirection, KpiSubject } from "../scene/types";

export interface KpiDraft {
  name: string;
  unit: string;
  /** As typed; a number when saved. */
  target: string;
  /** As typed; empty means not measured yet. */
  actual: string;
  direction: KpiDirection;
  source: string;
  on: KpiSubject;
}

export type PresetId = "satisfaction" | "response_time" | "first_contact" | "engagement" | "ordinary" | "urgent";

/** The usual KPIs of a service blueprint, with the targets the domain gives; the name is in the UI's language. */
export const PRESETS: { id: PresetId; unit: string; target: number; direction: KpiDirection }[] = [
  { id: "satisfaction", unit: "%", target: 93, direction: "higher_is_better" },
  { id: "response_time", unit: "min", target: 4.2, direction: "lower_is_better" },
  { id: "first_contact", unit: "%", target: 85, direction: "higher_is_better" },
  { id: "engagement", unit: "%", target: 78, direction: "higher_is_better" },
  { id: "ordinary", unit: "h", target: 2, direction: "lower_is_better" },
  { id: "urgent", unit: "min", target: 30, direction: "lower_is_better" },
];

export function emptyDraft(on: KpiSubject = "blueprint"): KpiDraft {
  return { name: "", unit: "", target: "", actual: "", direction: "higher_is_better", source: "", on };
}

/** A draft from a preset, named `name`, attached to `on`. */
export function presetDraft(id: PresetId, name: string, on: KpiSubject = "blueprint"): KpiDraft {
  const p = PRESETS.find((x) => x.id === id)!;
  return { ...emptyDraft(on), name, unit: p.unit, target: String(p.target), direction: p.direction };
}

export function draftOf(k: Kpi): KpiDraft {
  return {
    name: k.name,
    unit: k.unit ?? "",
    target: String(k.target),
    actual: k.actual === null || k.actual === undefined ? "" : String(k.actual),
    direction: k.direction ?? "higher_is_better",
    source: k.source ?? "",
    on: k.on ?? "blueprint",
  };
}

export interface KpiValues {
  name: string;
  unit: string;
  target: number;
  actual: number | null;
  direction: KpiDirection;
  source: string;
  on: KpiSubject;
}

/** Why a draft cannot be saved. */
export type DraftError = "name" | "target" | "actual";

/**
 * A number as a designer types it ("4.2", "4,2", " 93 "); null when it is not one. A comma
 * is a decimal comma only when it is the one separator: "1,000" or "1,000.5" is refused
 * rather than read as 1, since a thousands separator and a decimal comma look alike.
 */
export function number(text: string): number | null {
  let s = text.trim();
  if (s.includes(",")) {
    if (s.includes(".") || s.split(",").length > 2 || /^\d{1,3},\d{3}$/.test(s)) return null;
    s = s.replace(",", ".");
  }
  if (s === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function parseDraft(d: KpiDraft): { values: KpiValues } | { error: DraftError } {
  const name = d.name.trim();
  if (!name) return { error: "name" };
  const target = number(d.target);
  if (target === null) return { error: "target" };
  const actual = number(d.actual);
  if (actual === null && d.actual.trim() !== "") return { error: "actual" };
  return {
    values: { name, unit: d.unit.trim(), target, actual, direction: d.direction, source: d.source.trim(), on: d.on },
  };
}

export function addKpi(v: KpiValues): Command {
  return {
    type: "add_kpi",
    name: v.name,
    target: v.target,
    unit: v.unit,
    actual: v.actual,
    direction: v.direction,
    source: v.source,
    on: v.on,
  };
}

const sameSubject = (a: KpiSubject, b: KpiSubject) => JSON.stringify(a) === JSON.stringify(b);

/** The edit that makes `k` read as `v`, with only what changed; null when nothing did. */
export function updateKpi(k: Kpi, v: KpiValues): Command | null {
  const was = draftOf(k);
  const changes: Record<string, unknown> = {};
  if (v.name !== k.name) changes.name = v.name;
  if (v.unit !== was.unit) changes.unit = v.unit;
  if (v.target !== k.target) changes.target = v.target;
  if (v.actual !== (k.actual ?? null)) changes.actual = v.actual;
  if (v.direction !== was.direction) changes.direction = v.direction;
  if (v.source !== was.source) changes.source = v.source;
  if (!sameSubject(v.on, was.on)) changes.on = v.on;
  return Object.keys(changes).length ? { type: "update_kpi", kpi: k.id, changes } : null;
}

/** A subject as a select's value, and back: "blueprint", "stage:s2", "card:c4". */
export function subjectValue(on: KpiSubject): string {
  if (on === "blueprint") return "blueprint";
  return "stage" in on ? `stage:${on.stage}` : `card:${on.card}`;
}

export function parseSubject(v: string): KpiSubject {
  if (v.startsWith("stage:")) return { stage: v.slice(6) };
  if (v.startsWith("card:")) return { card: v.slice(5) };
  return "blueprint";
}
