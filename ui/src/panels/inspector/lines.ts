// The blueprint's lines as the inspector names them: each kind's name, and each lane
// boundary a line can run at, named by the lanes on either side.
import { t, type Key } from "../../i18n";
import type { Line, LineKind } from "../../scene/types";

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

export interface BoundaryOption {
  value: string;
  label: string;
  /** Another line runs there: two lines on one boundary would hide each other. */
  disabled: boolean;
}

/**
 * Boundary `b` has `b` lanes above it: 0 is above the first lane, `lanes.length` below the
 * last. The boundaries of `others` (the other lines) are offered disabled, named by their line.
 */
export function boundaryOptions(lanes: { name: string }[], others: readonly Line[] = []): BoundaryOption[] {
  const name = (i: number) => lanes[i]!.name.trim() || t("inspector.line.unnamed_lane");
  const n = lanes.length;
  const option = (b: number, label: string): BoundaryOption => {
    const there = others.find((l) => l.boundary === b);
    return there
      ? {
          value: String(b),
          label: t("inspector.line.taken", { position: label, line: lineName(there.kind) }),
          disabled: true,
        }
      : { value: String(b), label, disabled: false };
  };
  if (n === 0) return [option(0, t("inspector.line.top"))];
  return Array.from({ length: n + 1 }, (_, b) =>
    option(
      b,
      b === 0
        ? t("inspector.line.above", { lane: name(0) })
        : b === n
          ? t("inspector.line.below", { lane: name(n - 1) })
          : t("inspector.line.between", { above: name(b - 1), below: name(b) }),
    ),
  );
}
