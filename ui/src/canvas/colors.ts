// Lane fills by kind, as the core's LaneKind::default_color gives them.
import type { Lane, LaneKind } from "../types";

const LANE_FILL: Record<LaneKind, string> = {
  evidence: "#f3efe6",
  customer: "#fdf1d6",
  frontstage: "#e3f0fb",
  backstage: "#e6f4ea",
  support: "#efe8f7",
  time: "#f2f2f2",
  emotion: "#fbe9ec",
  policy: "#eeeeee",
  metrics: "#eef3f3",
  notes: "#fffbe0",
  custom: "#f5f5f5",
};

const VALID = /^#[0-9a-fA-F]{6}$/;

export function laneFill(lane: Lane): string {
  return lane.color && VALID.test(lane.color) ? lane.color : LANE_FILL[lane.kind] ?? "#f5f5f5";
}

export const LINE_LABEL: Record<string, string> = {
  interaction: "Line of interaction",
  visibility: "Line of visibility",
  internal_interaction: "Line of internal interaction",
  order_penetration: "Line of order penetration",
  implementation: "Line of implementation",
};
