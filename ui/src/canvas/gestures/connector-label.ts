// Editing a connector's label in place: double-click the connector (or run the action)
// and type over its label, or over the middle of the route when it has none yet.
// The text reaches the core once, on commit; an empty label removes it.

import type { Point, Rect } from "../../scene/types";
import type { Commanding, Focus, SceneView } from "./host";
import type { DoubleClick } from "./gesture";
import { idOf } from "../../scene/keys";
import { t } from "../../i18n";

/** Size of the field over a connector that has no label yet, scene units. */
const EMPTY_W = 140;
const EMPTY_H = 24;

/** The point halfway along a polyline. */
export function midpoint(points: Point[]): Point {
  const seg = (i: number) => Math.hypot(points[i + 1]!.x - points[i]!.x, points[i + 1]!.y - points[i]!.y);
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) total += seg(i);
  let left = total / 2;
  for (let i = 0; i + 1 < points.length; i++) {
    const l = seg(i);
    if (l > 0 && left <= l) {
      const t = left / l;
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    left -= l;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** Open the inline editor on connector `id`'s label. False if there is no such connector. */
export function editConnectorLabel(canvas: SceneView & Commanding & Focus, id: string): boolean {
  const route = canvas.current?.connectors.find((c) => idOf(c.element) === id);
  if (!route) return false;
  const value = canvas.currentMirror?.connectors.get(id)?.label ?? "";
  let rect: Rect;
  if (route.label) {
    rect = route.label.rect;
  } else {
    const m = midpoint(route.points);
    rect = { x: m.x - EMPTY_W / 2, y: m.y - EMPTY_H / 2, w: EMPTY_W, h: EMPTY_H };
  }
  canvas.inline.open({
    rect,
    value,
    label: t("edit_field.connector_label"),
    commit: (text) => {
      const label = text.trim();
      if (label !== value) void canvas.send({ type: "update_connector", connector: id, label });
    },
  });
  return true;
}

/** Double-click on a connector edits its label. */
export function connectorLabelEdit(canvas: SceneView & Commanding & Focus): DoubleClick {
  return (hit) => hit.kind === "connector" && editConnectorLabel(canvas, hit.id);
}
