// Durations are stored in whole seconds and edited in a human unit.
import { t } from "../../i18n";

export type Unit = "seconds" | "minutes" | "hours";

export const UNITS: { unit: Unit; label: string; seconds: number }[] = [
  { unit: "seconds", label: "seconds", seconds: 1 },
  { unit: "minutes", label: "minutes", seconds: 60 },
  { unit: "hours", label: "hours", seconds: 3600 },
];

/** The largest seconds a document may hold (the core stores a u32). */
export const MAX_SECONDS = 4_294_967_295;

const factor = (u: Unit) => UNITS.find((x) => x.unit === u)!.seconds;

/** The largest unit that shows `seconds` as a whole number (0 and null in minutes). */
export function display(seconds: number | null | undefined): { amount: string; unit: Unit } {
  if (seconds === null || seconds === undefined) return { amount: "", unit: "minutes" };
  if (seconds === 0) return { amount: "0", unit: "minutes" };
  for (const u of [...UNITS].reverse()) {
    if (seconds % u.seconds === 0) return { amount: String(seconds / u.seconds), unit: u.unit };
  }
  return { amount: String(seconds), unit: "seconds" };
}

/** Seconds for an amount typed in a unit: `null` for an empty field, an error message
 *  for anything that is not a non-negative number within range. */
export function parse(amount: string, unit: Unit): { seconds: number | null } | { error: string } {
  const text = amount.trim();
  if (text === "") return { seconds: null };
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) return { error: t("inspector.duration_not_a_number") };
  const seconds = Math.round(n * factor(unit));
  if (seconds > MAX_SECONDS) return { error: t("inspector.duration_too_long") };
  return { seconds };
}
