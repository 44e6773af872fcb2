import { describe, expect, it } from "vitest";
import { displayActions } from "./display-actions";
import { Mirror } from "../scene/mirror";
import { measuredBlueprint, measuredSceneFixture } from "../fixtures";
import type { Command, Scene } from "../scene/types";

function host(scene: Scene | null = measuredSceneFixture()) {
  const sent: Command[] = [];
  const h = {
    mirror: new Mirror(measuredBlueprint()),
    canvas: { current: scene },
    edit: async (c: Command) => {
      sent.push(c);
      return null;
    },
  };
  const actions = new Map(displayActions(h).map((a) => [a.id, a]));
  return { h, sent, actions };
}

describe("View › Emotion Curve, Time Strip and Legend", () => {
  it("turn the document's bands off and on again, as edits", async () => {
    const { h, sent, actions } = host();
    const curve = actions.get("view.emotion_curve")!;
    expect(curve.label()).toBe("Hide Emotion Curve");
    await curve.run();
    expect(sent).toEqual([{ type: "set_display", emotion_curve: false }]);
    // The document's display after that edit: the action now shows the curve.
    h.mirror.meta.display = { ...h.mirror.meta.display, emotion_curve: false };
    expect(curve.label()).toBe("Show Emotion Curve");
    await curve.run();
    expect(sent[1]).toEqual({ type: "set_display", emotion_curve: true });
    await actions.get("view.time_strip")!.run();
    expect(sent[2]).toEqual({ type: "set_display", time_strip: false });
  });

  it("hide the legend the drawing has, and ask for one it has not", async () => {
    const scene = measuredSceneFixture();
    expect(scene.legend).toBeTruthy();
    const drawn = host(scene);
    expect(drawn.actions.get("view.legend")!.label()).toBe("Hide Legend");
    await drawn.actions.get("view.legend")!.run();
    expect(drawn.sent).toEqual([{ type: "set_display", legend: "hidden" }]);
    const without = host({ ...scene, legend: null });
    expect(without.actions.get("view.legend")!.label()).toBe("Show Legend");
    await without.actions.get("view.legend")!.run();
    expect(without.sent).toEqual([{ type: "set_display", legend: "shown" }]);
  });
});
