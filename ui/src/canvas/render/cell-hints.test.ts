import { afterEach, describe, expect, it } from "vitest";
import { setupCanvas } from "../testing";

afterEach(() => document.body.replaceChildren());

const hints = (host: HTMLElement) => [...host.querySelectorAll<SVGTextElement>(".layer-hints text")];

describe("the empty cells' hint", () => {
  it("shows in every cell of the open lanes while the blueprint has no card, as a UI-only affordance", () => {
    const { host, canvas, scene } = setupCanvas({
      doc: (b) => {
        b.cards = [];
        b.connectors = [];
        b.lanes[2]!.collapsed = true;
      },
    });
    expect(hints(host)).toHaveLength(0); // no text yet: the app sets it in the UI's language
    canvas.setCellHint("Double-click to add a card");
    const open = scene.lanes.filter((l) => !l.collapsed).length;
    expect(hints(host)).toHaveLength(open * scene.stages.length);
    expect(hints(host).every((t) => t.textContent === "Double-click to add a card")).toBe(true);
    expect(host.querySelector(".layer-hints")!.classList.contains("ui-only")).toBe(true);
    expect(host.querySelector(".layer-hints")!.getAttribute("pointer-events")).toBe("none");
    // Centred in the first cell.
    const [lane, stage] = [scene.lanes[0]!, scene.stages[0]!];
    expect(Number(hints(host)[0]!.getAttribute("x"))).toBe(stage.x + stage.width / 2);
    expect(Number(hints(host)[0]!.getAttribute("y"))).toBe(lane.band.y + lane.band.h / 2);
    canvas.setCellHint("双击添加卡片");
    expect(hints(host)[0]!.textContent).toBe("双击添加卡片");
  });

  it("is gone once the blueprint has a card", () => {
    const { host, canvas } = setupCanvas();
    canvas.setCellHint("Double-click to add a card");
    expect(hints(host)).toHaveLength(0);
  });
});
