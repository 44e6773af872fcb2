import { afterEach, describe, expect, it, vi } from "vitest";
import { pinLayout, type PinView } from "./pinned";
import { setupCanvas } from "./testing";
import { smallSceneFixture } from "../fixtures";
import { unchangedDelta } from "../scene/testing";

// The fixture: lane headers x 24–204 (lanes from y 106), stage headers y 66–106.
const view = (v: Partial<PinView>): PinView => ({
  left: 0,
  top: 0,
  scrollLeft: 0,
  scrollTop: 0,
  width: 400,
  height: 300,
  zoom: 1,
  ...v,
});

/** Scroll the host as a browser would (jsdom has no layout) and tell the canvas. */
function scrollTo(host: HTMLElement, left: number, top: number, size = { width: 400, height: 300 }): void {
  Object.defineProperty(host, "scrollLeft", { value: left, configurable: true, writable: true });
  Object.defineProperty(host, "scrollTop", { value: top, configurable: true, writable: true });
  Object.defineProperty(host, "clientWidth", { value: size.width, configurable: true });
  Object.defineProperty(host, "clientHeight", { value: size.height, configurable: true });
  host.dispatchEvent(new Event("scroll"));
}

describe("pinLayout", () => {
  const scene = smallSceneFixture();

  it("pins nothing while the drawing's own headers are in view", () => {
    expect(pinLayout(scene, view({}))).toEqual({ lanes: null, stages: null });
    // Scrolled less than to the lane headers' left edge, or the stage headers' top.
    expect(pinLayout(scene, view({ scrollLeft: 20, scrollTop: 60 }))).toEqual({ lanes: null, stages: null });
  });

  it("pins the lane column at the left once scrolled past it, following the vertical scroll", () => {
    const { lanes, stages } = pinLayout(scene, view({ left: 10, top: 40, scrollLeft: 300, scrollTop: 30, zoom: 2 }));
    expect(stages).toBeNull();
    // The column's width at the zoom, the view's height, at the host's corner.
    expect(lanes).toEqual({
      left: 10,
      top: 40,
      width: 360,
      height: 300,
      transform: "translate(-48 -30) scale(2)",
    });
  });

  it("pins the stage row at the top once scrolled past it, following the horizontal scroll", () => {
    const { lanes, stages } = pinLayout(scene, view({ scrollLeft: 10, scrollTop: 200 }));
    expect(lanes).toBeNull();
    expect(stages).toEqual({ left: 0, top: 0, width: 400, height: 40, transform: "translate(-10 -66) scale(1)" });
  });
});

describe("the canvas's pinned headers", () => {
  afterEach(() => vi.restoreAllMocks());

  it("show after a scroll, beside the drawing, and hide when scrolled back", () => {
    const { host, canvas } = setupCanvas();
    const lanes = canvas.pinned.lanes.svg;
    const stages = canvas.pinned.stages.svg;
    const corner = canvas.pinned.corner;
    // Outside the drawing, so its queries and the export's comparison never see them.
    expect(host.contains(lanes)).toBe(false);
    expect(lanes.style.display).toBe("none");
    expect(stages.style.display).toBe("none");

    scrollTo(host, 300, 200);
    expect(lanes.style.display).toBe("");
    expect(stages.style.display).toBe("");
    expect(corner.style.display).toBe("");
    // Every lane's header and name, every stage's, drawn from the Scene.
    const names = (s: Element, sel: string) => [...s.querySelectorAll(sel)].map((n) => n.textContent);
    expect([...lanes.querySelectorAll(".pin-lane")].map((n) => n.getAttribute("data-pin"))).toEqual([
      "lane:l1",
      "lane:l2",
      "lane:l3",
    ]);
    expect(names(lanes, ".lane-name")).toEqual(names(host, "svg.blueprint .lane-name"));
    expect(names(stages, ".stage-name")).toEqual(names(host, "svg.blueprint .stage-name"));
    expect(lanes.querySelector("g")!.getAttribute("transform")).toBe("translate(-24 -200) scale(1)");
    expect(stages.querySelector("g")!.getAttribute("transform")).toBe("translate(-300 -66) scale(1)");
    // No element the drawing's selectors count.
    for (const s of [lanes, stages]) expect(s.querySelectorAll("[data-key], .lane, .stage")).toHaveLength(0);

    scrollTo(host, 0, 0);
    expect(lanes.style.display).toBe("none");
    expect(stages.style.display).toBe("none");
    expect(corner.style.display).toBe("none");
  });

  it("select the lane or stage clicked on them, and show it selected", () => {
    const { host, canvas } = setupCanvas();
    scrollTo(host, 300, 200);
    const lanes = canvas.pinned.lanes.svg;
    const laneName = lanes.querySelector('[data-pin="lane:l2"] .lane-header')!;
    laneName.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: 30, clientY: 50 }));
    expect([...canvas.selection]).toEqual(["lane:l2"]);
    expect(lanes.querySelector('[data-pin="lane:l2"]')!.classList.contains("selected")).toBe(true);
    const stage = canvas.pinned.stages.svg.querySelector('[data-pin="stage:s2"] .header')!;
    stage.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: 200, clientY: 10 }));
    expect([...canvas.selection]).toEqual(["stage:s2"]);
    expect(lanes.querySelector('[data-pin="lane:l2"]')!.classList.contains("selected")).toBe(false);
  });

  it("rename their lane or stage on a double-click, as the drawing's headers do", () => {
    const { host, canvas } = setupCanvas();
    scrollTo(host, 300, 200);
    const stage = canvas.pinned.stages.svg.querySelector('[data-pin="stage:s2"] .header')!;
    stage.dispatchEvent(new MouseEvent("dblclick", { bubbles: true, clientX: 200, clientY: 10 }));
    const field = host.querySelector<HTMLInputElement>(".inline-edit");
    expect(field?.value).toBe(canvas.currentMirror!.stages.find((s) => s.id === "s2")!.name);
  });

  it("scroll the drawing with the wheel over them once per frame, the frame's deltas summed", () => {
    const { host, canvas } = setupCanvas();
    scrollTo(host, 300, 200);
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => frames.push(cb));
    let writes = 0;
    const at = { left: 300, top: 200 };
    for (const side of ["left", "top"] as const) {
      Object.defineProperty(host, side === "left" ? "scrollLeft" : "scrollTop", {
        configurable: true,
        get: () => at[side],
        set: (v: number) => {
          writes++;
          at[side] = v;
        },
      });
    }
    const lanes = canvas.pinned.lanes.svg;
    for (let i = 0; i < 5; i++) {
      lanes.dispatchEvent(new WheelEvent("wheel", { deltaY: 8, deltaX: 1, bubbles: true, cancelable: true }));
    }
    expect(writes).toBe(0);
    frames.splice(0).forEach((f) => f(0));
    expect(at).toEqual({ left: 305, top: 240 });
    expect(writes).toBe(2);
  });

  it("are placed after an edit without reading layout, and read it again when the view changes", () => {
    const { host, canvas, mirror, scene } = setupCanvas();
    scrollTo(host, 300, 200);
    // Every layout read the strips' placing makes (jsdom has no layout: these count them).
    const reads: string[] = [];
    const at = { scrollLeft: 300, scrollTop: 200 };
    for (const prop of ["offsetLeft", "offsetTop", "clientLeft", "clientTop", "clientWidth", "clientHeight"]) {
      Object.defineProperty(host, prop, { configurable: true, get: () => (reads.push(prop), 0) });
    }
    for (const prop of ["scrollLeft", "scrollTop"] as const) {
      Object.defineProperty(host, prop, {
        configurable: true,
        get: () => (reads.push(prop), at[prop]),
        set: (v: number) => (at[prop] = v),
      });
    }
    host.getBoundingClientRect = () => (reads.push("getBoundingClientRect"), new DOMRect());
    // An edit that redraws the strips: a lane renamed.
    const next = structuredClone(scene);
    next.lanes[0]!.name.lines[0]!.text = "Guest";
    canvas.apply(unchangedDelta({ lanes: next.lanes }), mirror);
    expect(canvas.pinned.lanes.svg.querySelector(".lane-name")!.textContent).toBe("Guest");
    expect(reads).toEqual([]);
    // Still where the last scroll put them.
    expect(canvas.pinned.lanes.svg.querySelector("g")!.getAttribute("transform")).toBe("translate(-24 -200) scale(1)");
    // A scroll: read again, and moved.
    at.scrollTop = 150;
    host.dispatchEvent(new Event("scroll"));
    expect(reads).toContain("scrollTop");
    expect(canvas.pinned.lanes.svg.querySelector("g")!.getAttribute("transform")).toBe("translate(-24 -150) scale(1)");
  });

  it("are drawn again when a lane is renamed", () => {
    const { host, canvas, mirror, scene } = setupCanvas();
    scrollTo(host, 300, 200);
    const next = structuredClone(scene);
    next.lanes[0]!.name.lines[0]!.text = "Guest";
    canvas.render(next, mirror);
    expect(canvas.pinned.lanes.svg.querySelector(".lane-name")!.textContent).toBe("Guest");
  });
});
