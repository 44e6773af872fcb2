// After a connector is made, select it, so its ends, direction and label can be edited
// (and Delete takes it back out) without hunting for a thin line.

import type { Applied } from "../../scene/types";
import type { Selecting } from "./host";
import { keyOf } from "../../scene/keys";

export function selectCreated(canvas: Selecting, applied: Applied | null): void {
  const made = applied?.created.filter((e) => e.kind === "connector").map(keyOf) ?? [];
  if (made.length) canvas.setSelection(made);
}
