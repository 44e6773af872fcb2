// Test support: deltas as the core sends them, built from the parts a test sets, so that a
// new part of the Scene is written here once and not in every test that builds a delta.
import type { KeyedDelta, SceneDelta } from "./types";

/** A keyed delta that changes nothing, but for the fields `parts` sets. */
export function keyedDelta<T>(parts: Partial<KeyedDelta<T>> = {}): KeyedDelta<T> {
  return { upserted: [], shifted: [], removed: [], order: null, ...parts };
}

/** A delta in which nothing changed, but for the parts `parts` sets. */
export function unchangedDelta(parts: Partial<SceneDelta> = {}): SceneDelta {
  return {
    width: null,
    height: null,
    title: null,
    stages: null,
    lanes: null,
    lines: null,
    paint: null,
    emotion_curve: null,
    time_strip: null,
    legend: null,
    heat_map: null,
    notes: null,
    cards: keyedDelta(),
    connectors: keyedDelta(),
    ...parts,
  };
}
