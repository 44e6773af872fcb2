import { describe, expect, it } from "vitest";
import { pointer, setup } from "../connector-test-kit";
import { hitTest } from "../hit";
import type { Applied } from "../../scene/types";

function handle(host: HTMLElement, card: string, side = "right"): Element {
  return host.querySelector(`.card[data-id="${card}"] .handle[data-side="${side}"]`)!;
}

describe("drawing a connector from a card's handle", () => {
  it("draws each card's handles as ui-only parts that hit-test as the handle", () => {
    const { host, rect } = setup();
    const handles = host.querySelectorAll('.card[data-id="c1"] .handle.ui-only');
    expect([...handles].map((h) => h.getAttribute("data-side"))).toEqual(["right", "bottom", "left", "top"]);
    const r = rect("c1");
    expect([handle(host, "c1").getAttribute("cx"), handle(host, "c1").getAttribute("cy")]).toEqual([
      String(r.x + r.w),
      String(r.y + r.h / 2),
    ]);
    expect(hitTest(handle(host, "c1"), null, { x: 0, y: 0 })).toEqual({ kind: "card", id: "c1", handle: true });
  });

  it("keeps hidden handles hit-testable, so a handle is reached from outside its card", () => {
    const { host } = setup();
    const handles = [...host.querySelectorAll('.card[data-id="c1"] .handle')];
    // Hidden (visibility: hidden) elements take no pointer events unless told to.
    expect(handles.map((h) => h.getAttribute("pointer-events"))).toEqual(["all", "all", "all", "all"]);
    // A connector's end handles are only for its selected state.
    expect(host.querySelector(".connector-end")!.hasAttribute("pointer-events")).toBe(false);
  });

  it("follows the pointer with a rubber band, highlights the target and sends one add_connector", () => {
    const { host, canvas, sent, rect, center } = setup();
    const r = rect("c1");
    pointer("pointerdown", handle(host, "c1"), r.x + r.w, r.y + r.h / 2);
    const c2 = center("c2");
    pointer("pointermove", canvas.svg, c2.x, c2.y);
    const band = canvas.overlay.querySelector(".rubber-band")!;
    expect([band.getAttribute("x1"), band.getAttribute("x2"), band.getAttribute("y2")]).toEqual([
      String(r.x + r.w),
      String(c2.x),
      String(c2.y),
    ]);
    expect(canvas.node("card:c2")!.classList.contains("connector-target")).toBe(true);
    // Back over the card it starts from: no target.
    pointer("pointermove", canvas.svg, r.x + 10, r.y + 10);
    expect(host.querySelectorAll(".connector-target")).toHaveLength(0);
    pointer("pointermove", canvas.svg, c2.x, c2.y);
    expect(sent).toEqual([]);
    pointer("pointerup", canvas.svg, c2.x, c2.y);
    expect(sent).toEqual([{ type: "add_connector", from: "c1", to: "c2" }]);
    expect(canvas.overlay.childNodes).toHaveLength(0);
    expect(host.querySelectorAll(".connector-target")).toHaveLength(0);
    expect(canvas.drag).toBeNull();
  });

  it("sends nothing when dropped on empty paper or on the card it started from", () => {
    const { host, canvas, sent, rect } = setup();
    const r = rect("c2");
    for (const [x, y] of [
      [r.x + 20, r.y + 20],
      [r.x + r.w + 400, r.y + 5],
    ] as const) {
      pointer("pointerdown", handle(host, "c2", "left"), r.x, r.y + r.h / 2);
      pointer("pointermove", canvas.svg, x - 10, y);
      pointer("pointermove", canvas.svg, x, y);
      pointer("pointerup", canvas.svg, x, y);
    }
    expect(sent).toEqual([]);
    expect(canvas.overlay.childNodes).toHaveLength(0);
  });

  it("sends nothing when cancelled (Escape), and clears the band and the highlight", () => {
    const { host, canvas, sent, rect, center } = setup();
    const r = rect("c1");
    const c3 = center("c3");
    pointer("pointerdown", handle(host, "c1", "bottom"), r.x + r.w / 2, r.y + r.h);
    pointer("pointermove", canvas.svg, c3.x, c3.y);
    expect(canvas.node("card:c3")!.classList.contains("connector-target")).toBe(true);
    expect(canvas.cancelDrag()).toBe(true);
    expect(canvas.overlay.childNodes).toHaveLength(0);
    expect(canvas.node("card:c3")!.classList.contains("connector-target")).toBe(false);
    pointer("pointerup", canvas.svg, c3.x, c3.y);
    expect(sent).toEqual([]);
  });

  it("selects the connector the core made", async () => {
    const made = { created: [{ kind: "connector", id: "a9" }] } as unknown as Applied;
    const { host, canvas, sent, rect, center } = setup({ reply: () => made });
    const r = rect("c2");
    const c3 = center("c3");
    pointer("pointerdown", handle(host, "c2"), r.x + r.w, r.y + r.h / 2);
    pointer("pointermove", canvas.svg, c3.x, c3.y);
    pointer("pointerup", canvas.svg, c3.x, c3.y);
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual([{ type: "add_connector", from: "c2", to: "c3" }]);
    expect([...canvas.selection]).toEqual(["connector:a9"]);
  });

  it("leaves a press on the card itself to the card drag", () => {
    const { host, canvas, sent, rect } = setup();
    const r = rect("c1");
    pointer("pointerdown", host.querySelector('.card[data-id="c1"] .card-box')!, r.x + 5, r.y + 5);
    pointer("pointermove", canvas.svg, r.x + 60, r.y + 5);
    expect(canvas.drag?.id).toBe("c1");
    expect(canvas.overlay.querySelector(".rubber-band")).toBeNull();
    canvas.cancelDrag();
    expect(sent).toEqual([]);
  });
});
