import { describe, expect, it } from "vitest";
import { pointer, setup } from "../connector-test-kit";
import { hitTest } from "../hit";

describe("reconnecting a connector's end", () => {
  it("draws a wide hit stroke and end handles as ui-only parts of the connector", () => {
    const { host, a1 } = setup();
    const g = host.querySelector('.connector[data-id="a1"]')!;
    const hitArea = g.querySelector(".connector-hit.ui-only")!;
    expect(Number(hitArea.getAttribute("stroke-width"))).toBeGreaterThanOrEqual(10);
    expect(hitArea.getAttribute("stroke")).toBe("transparent");
    expect(hitTest(hitArea, null, { x: 0, y: 0 })).toEqual({ kind: "connector", id: "a1", end: null });
    const to = g.querySelector('[data-end="to"]')!;
    const last = a1.points[a1.points.length - 1]!;
    expect([Number(to.getAttribute("cx")), Number(to.getAttribute("cy"))]).toEqual([last.x, last.y]);
    expect(hitTest(to, null, { x: 0, y: 0 })).toEqual({ kind: "connector", id: "a1", end: "to" });
  });

  it("clicking the stroke selects the connector", () => {
    const { host, canvas } = setup();
    host.querySelector(".connector-hit")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([...canvas.selection]).toEqual(["connector:a1"]);
  });

  it("drags the `to` end onto another card and sends one update_connector", () => {
    const { host, canvas, sent, center, a1 } = setup();
    canvas.setSelection(["connector:a1"]);
    const last = a1.points[a1.points.length - 1]!;
    const c2 = center("c2");
    pointer("pointerdown", host.querySelector('.connector[data-id="a1"] [data-end="to"]')!, last.x, last.y);
    pointer("pointermove", canvas.svg, c2.x, c2.y);
    // The band runs from the end that stays (on c1).
    const band = canvas.overlay.querySelector(".rubber-band")!;
    expect([Number(band.getAttribute("x1")), Number(band.getAttribute("y1"))]).toEqual([
      a1.points[0]!.x,
      a1.points[0]!.y,
    ]);
    expect(canvas.node("card:c2")!.classList.contains("connector-target")).toBe(true);
    expect(canvas.node("connector:a1")!.classList.contains("reconnecting")).toBe(true);
    pointer("pointerup", canvas.svg, c2.x, c2.y);
    expect(sent).toEqual([{ type: "update_connector", connector: "a1", to: "c2" }]);
    expect(canvas.overlay.childNodes).toHaveLength(0);
    expect(canvas.node("connector:a1")!.classList.contains("reconnecting")).toBe(false);
  });

  it("drags the `from` end onto another card", () => {
    const { host, canvas, sent, center, a1 } = setup();
    canvas.setSelection(["connector:a1"]);
    const c2 = center("c2");
    pointer(
      "pointerdown",
      host.querySelector('.connector[data-id="a1"] [data-end="from"]')!,
      a1.points[0]!.x,
      a1.points[0]!.y,
    );
    pointer("pointermove", canvas.svg, c2.x, c2.y);
    pointer("pointerup", canvas.svg, c2.x, c2.y);
    expect(sent).toEqual([{ type: "update_connector", connector: "a1", from: "c2" }]);
  });

  it("sends nothing for a drop on its own card, on the other end's card, on paper, or when cancelled", () => {
    const { host, canvas, sent, center, a1 } = setup();
    canvas.setSelection(["connector:a1"]);
    const last = a1.points[a1.points.length - 1]!;
    const toEnd = host.querySelector('.connector[data-id="a1"] [data-end="to"]')!;
    const drops = [center("c3"), center("c1"), { x: last.x + 400, y: 20 }];
    for (const p of drops) {
      pointer("pointerdown", toEnd, last.x, last.y);
      pointer("pointermove", canvas.svg, p.x + 10, p.y);
      pointer("pointermove", canvas.svg, p.x, p.y);
      expect(host.querySelectorAll(".connector-target")).toHaveLength(0);
      pointer("pointerup", canvas.svg, p.x, p.y);
    }
    const c2 = center("c2");
    pointer("pointerdown", toEnd, last.x, last.y);
    pointer("pointermove", canvas.svg, c2.x, c2.y);
    expect(canvas.cancelDrag()).toBe(true);
    pointer("pointerup", canvas.svg, c2.x, c2.y);
    expect(sent).toEqual([]);
    expect(canvas.node("connector:a1")!.classList.contains("reconnecting")).toBe(false);
  });

  it("takes a press on a selected end even where the card is drawn over it", () => {
    const { host, canvas, sent, center, a1 } = setup();
    const last = a1.points[a1.points.length - 1]!;
    const c3box = host.querySelector('.card[data-id="c3"] .card-box')!;
    const c2 = center("c2");
    const dragFromEnd = () => {
      pointer("pointerdown", c3box, last.x + 2, last.y);
      pointer("pointermove", canvas.svg, c2.x, c2.y);
      pointer("pointerup", canvas.svg, c2.x, c2.y);
    };
    // Not selected: it is the card being dragged.
    dragFromEnd();
    expect(sent.map((c) => c.type)).toEqual(["move_card"]);
    canvas.setSelection(["connector:a1"]);
    dragFromEnd();
    expect(sent.slice(1)).toEqual([{ type: "update_connector", connector: "a1", to: "c2" }]);
  });
});
