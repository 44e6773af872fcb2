import { afterEach, describe, expect, it } from "vitest";
import { cardCanvas } from "./card-testing";
import { revealInHost } from "./inline-edit";
import { rename } from "./gestures/rename";

afterEach(() => document.body.replaceChildren());

/** A host `w` × `h` pixels at the page's origin that scrolls (jsdom has no layout). */
function scrolling(host: HTMLElement, w: number, h: number) {
  const scroll = { left: 0, top: 0 };
  Object.defineProperty(host, "clientWidth", { value: w });
  Object.defineProperty(host, "clientHeight", { value: h });
  Object.defineProperty(host, "scrollLeft", { get: () => scroll.left, set: (v: number) => (scroll.left = v) });
  Object.defineProperty(host, "scrollTop", { get: () => scroll.top, set: (v: number) => (scroll.top = v) });
  return scroll;
}

describe("the inline field is brought into view", () => {
  it("scrolls the host to a new stage's name field outside the visible part, then focuses it", () => {
    const { host, canvas } = cardCanvas();
    const scroll = scrolling(host, 300, 200);
    const svg = canvas.svg;
    svg.getBoundingClientRect = () => new DOMRect(-scroll.left, -scroll.top, 676, 424);
    host.getBoundingClientRect = () => new DOMRect(0, 0, 300, 200);
    // Stage s2's header: x 428–652, y 66–106.
    expect(rename(canvas, "stage:s2")).toBe(true);
    const field = host.querySelector<HTMLInputElement>("input.inline-edit")!;
    expect(field.style.left).toBe("428px");
    expect(scroll).toEqual({ left: 652 + 24 - 300, top: 0 });
    expect(document.activeElement).toBe(field);
  });

  it("moves the least it can, and not at all when the box is in view", () => {
    const host = document.createElement("div");
    const scroll = scrolling(host, 300, 200);
    revealInHost(host, { x: 50, y: 50, w: 100, h: 30 });
    expect(scroll).toEqual({ left: 0, top: 0 });
    scroll.left = 400;
    scroll.top = 500;
    revealInHost(host, { x: 100, y: 900, w: 100, h: 30 });
    expect(scroll).toEqual({ left: 76, top: 900 + 30 + 24 - 200 });
    // Larger than the view: its start shows.
    revealInHost(host, { x: 100, y: 10, w: 800, h: 30 });
    expect(scroll).toEqual({ left: 76, top: 0 });
  });
});
