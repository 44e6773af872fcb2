// The Measures panel's figures as a designer says them: durations in h, min and s (as the
// core's report writes them, src/words.rs `duration`), emotion scores signed, KPI values
// with their unit.
import { t } from "../../i18n";

/** "45 s", "4 min 30 s", "1 h 2 min" (from an hour up, to the nearest minute), in the UI's language. */
export function duration(seconds: number): string {
  const exact = Math.max(0, Math.round(seconds));
  const s = exact >= 3600 ? Math.round(exact / 60) * 60 : exact;
  const [h, m, r] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const unit = (n: number, u: "h" | "min" | "s") => t(`measures.unit.${u}`, { n });
  if (h > 0) return m > 0 ? `${unit(h, "h")} ${unit(m, "min")}` : unit(h, "h");
  if (m > 0) return r > 0 ? `${unit(m, "min")} ${unit(r, "s")}` : unit(m, "min");
  return unit(r, "s");
}

/** A duration, or a dash for none. */
export function maybeDuration(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? "—" : duration(seconds);
}

/** An emotion score or mean: "+1", "0", "−0.5" (a true minus sign), a dash for none. */
export function emotion(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "0";
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  return `${rounded > 0 ? "+" : "−"}${text}`;
}

/** A KPI's value with its unit: "93 %", "4.2 min", "2 h". */
export function kpiValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return "—";
  const u = unit.trim();
  return u ? `${value} ${u}` : String(value);
}
