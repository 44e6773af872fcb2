import { afterEach, describe, expect, it } from "vitest";
import { setup } from "./connector-test-kit";
import { unchangedDelta } from "../scene/testing";
import type { ConnectorRoute, SceneDelta } from "../scene/types";

afterEach(() => document.body.replaceChildren());

const LABEL: ConnectorRoute["label"] = {
  rect: { x: 395, y: 200, w: 60, h: 18 },
  text: { font_size: 10, bold: false, centered: true, lines: [{ text: "asks", x: 425, y: 212, width: 20 }] },
};

function delta(connectors: SceneDelta["connectors"]): SceneDelta {
  return unchangedDelta({ connectors });
}

function labelledSetup() {
  const kit = setup();
  const scene = structuredClone(kit.scene);
  scene.connectors[0]!.label = LABEL;
  kit.canvas.render(scene, kit.canvas.currentMirror!);
  return { ...kit, scene };
}

describe("connector labels", () => {
  it("are drawn in their own layer above the cards and lines, as the export draws them", () => {
    const { host } = labelledSetup();
    const layers = [...host.querySelectorAll("svg > g.scene > g")].map((g) => g.getAttribute("class"));
    expect(layers.indexOf("layer-connector-labels")).toBe(layers.indexOf("layer-cards") + 1);
    const label = host.querySelector('.layer-connector-labels > .connector-label[data-id="a1"]')!;
    expect(label.getAttribute("data-key")).toBe("connector:a1");
    expect(label.textContent).toBe("asks");
    expect(host.querySelector(".layer-connectors .connector")!.textContent).toBe("");
  });

  it("select their connector on click, are painted with it, and open its label on double-click", () => {
    const { host, canvas } = labelledSetup();
    const rect = host.querySelector(".connector-label rect")!;
    rect.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["connector:a1"]);
    expect(host.querySelector(".connector-label")!.classList.contains("selected")).toBe(true);
    canvas.setDiagnostics([
      { rule: "r", severity: "error", message: "m", hint: "h", elements: [{ kind: "connector", id: "a1" }] },
    ]);
    expect(host.querySelector(".connector-label")!.classList.contains("has-error")).toBe(true);
    rect.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    expect(host.querySelector<HTMLInputElement>("input.inline-edit")!.value).toBe("");
  });

  it("follow the delta: a new label is drawn, a changed one redrawn, a removed one dropped", () => {
    const { host, canvas, scene } = setup();
    const m = canvas.currentMirror!;
    expect(host.querySelector(".connector-label")).toBeNull();
    const a1 = structuredClone(scene.connectors[0]!);
    canvas.apply(delta({ upserted: [{ ...a1, label: LABEL }], removed: [], order: null, shifted: [] }), m);
    expect(host.querySelector(".layer-connector-labels")!.textContent).toBe("asks");
    const renamed = structuredClone(LABEL)!;
    renamed.text.lines[0]!.text = "hands over";
    canvas.apply(delta({ upserted: [{ ...a1, label: renamed }], removed: [], order: null, shifted: [] }), m);
    expect(host.querySelectorAll(".connector-label")).toHaveLength(1);
    expect(host.querySelector(".connector-label")!.textContent).toBe("hands over");
    canvas.apply(delta({ upserted: [a1], removed: [], order: null, shifted: [] }), m);
    expect(host.querySelector(".connector-label")).toBeNull();
    canvas.apply(delta({ upserted: [{ ...a1, label: LABEL }], removed: [], order: null, shifted: [] }), m);
    canvas.apply(delta({ upserted: [], removed: ["a1"], order: null, shifted: [] }), m);
    expect(host.querySelector(".connector-label")).toBeNull();
  });
});
