// The core's fixed catalogues (rules, lane kinds), fetched once per window: they do not
// change while the app runs.

import { shell } from "../scene/ipc";
import type { LaneKindInfo, RuleCatalogue } from "../scene/types";

let rules: Promise<RuleCatalogue> | null = null;
let laneKinds: Promise<LaneKindInfo[]> | null = null;

export function ruleCatalogue(): Promise<RuleCatalogue> {
  // A failed fetch is not kept, so the next panel to open tries again.
  rules ??= shell.rules().catch((e) => {
    rules = null;
    throw e;
  });
  return rules;
}

export function laneKindCatalogue(): Promise<LaneKindInfo[]> {
  laneKinds ??= shell.laneKinds().catch((e) => {
    laneKinds = null;
    throw e;
  });
  return laneKinds;
}
