// The blueprint's lines as the inspector names them: each kind's name, and each lane
// boundary a line can run at, named by the lanes on either side.
import { t, type Key } from "../../i18n";
import type { LineKind } from "../../scene/types";

/** Every kind, top to bottom in the prescribed order (the core's `LineKind`). */
export const LINE_KINDS: LineKind[] = [
  "interaction",
  "visibility",
  "internal_interaction",
  "order_penetration",
  "implementation",
];

const NAMES: Record<LineKind, Key> = {
  interaction: "line.interaction",
  visibility: "line.visibility",
  internal_interaction: "line.internal_interaction",
  order_penetration: "line.order_penetration",
  implementation: "line.implementation",
};

export function lineName(kind: LineKind): string {
  return t(NAMES[kind]);
}

/** Boundary `b` has `b` lanes above it: 0 is above the first lane, `lanes.length` below the last. */
export function boundaryOptions(lanes: { name: string }[]): { value: string; label: string }[] {
  const name = (i: number) => lanes[i]!.name.trim() || t("inspector.line.unnamed_lane");
  const n = lanes.length;
  if (n === 0) return [{ value: "0", label: t("inspector.line.top") }];
  return Array.from({ length: n + 1 }, (_, b) => ({
    value: String(b),
    label:
      b === 0
        ? t("inspector.line.above", { lane: name(0) })
        : b === n
          ? t("inspector.line.below", { lane: name(n - 1) })
          : t("inspector.line.between", { above: name(b - 1), below: name(b) }),
  }));
}
