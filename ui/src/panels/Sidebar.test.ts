import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Sidebar from "./Sidebar.svelte";
import { shell } from "../scene/ipc";
import { editorWith, measuresAnswer, settle } from "./testing";
import type { Diagnostic } from "../scene/types";

vi.mock("../scene/ipc", () => ({
  shell: {
    laneKinds: vi.fn(),
    rules: vi.fn(),
    measures: vi.fn(),
    figureCards: vi.fn(),
    execute: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    seal: vi.fn(),
  },
  errorMessage: (e: unknown) => String(e),
}));

let target: HTMLElement;
let editor: ReturnType<typeof editorWith>;
let app: Record<string, unknown> | null = null;

beforeEach(async () => {
  target = document.createElement("div");
  document.body.append(target);
  vi.mocked(shell.rules).mockResolvedValue({ profiles: [], rules: [] });
  vi.mocked(shell.laneKinds).mockResolvedValue([]);
  vi.mocked(shell.measures).mockResolvedValue(measuresAnswer());
  localStorage.clear();
  editor = editorWith();
  app = mount(Sidebar, { target, props: { editor } });
  await settle();
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  target.remove();
  vi.resetAllMocks();
});

const tabs = () => [...target.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const visiblePanel = () => [...target.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !p.hidden);

describe("Sidebar tabs", () => {
  it("shows Problems first, one panel at a time, each named by its tab", () => {
    expect(tabs().map((t) => t.textContent)).toEqual(["Problems", "Measures", "Inspector", "Rules"]);
    expect(visiblePanel()).toHaveLength(1);
    expect(visiblePanel()[0]!.querySelector(".problems")).not.toBeNull();
    const panel = visiblePanel()[0]!;
    expect(document.getElementById(panel.getAttribute("aria-labelledby")!)!.textContent).toBe("Problems");
  });

  it("moves between tabs with the arrow keys, Home and End, keeping one tab in the tab order", () => {
    const key = (k: string) => {
      document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
      flushSync();
    };
    tabs()[0]!.focus();
    key("ArrowRight");
    expect(document.activeElement).toBe(tabs()[1]);
    expect(tabs()[1]!.getAttribute("aria-selected")).toBe("true");
    expect(visiblePanel()[0]!.querySelector(".measures")).not.toBeNull();
    key("ArrowRight");
    expect(visiblePanel()[0]!.querySelector(".inspector")).not.toBeNull();
    key("End");
    expect(visiblePanel()[0]!.querySelector(".rules")).not.toBeNull();
    key("ArrowRight");
    expect(document.activeElement).toBe(tabs()[0]);
    key("ArrowLeft");
    expect(document.activeElement).toBe(tabs()[3]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0]);
  });

  it("sets the problem count apart from the tab's name, as a badge", async () => {
    unmount(app!);
    const editor = editorWith();
    const d: Diagnostic = { rule: "granularity", severity: "info", message: "m", elements: [], hint: "h" };
    editor.diagnostics = [d, d, d, d, d];
    app = mount(Sidebar, { target, props: { editor } });
    await settle();
    const problems = tabs()[0]!;
    expect(problems.textContent).toBe("Problems 5");
    expect(problems.querySelector(".count")!.textContent).toBe("5");
  });
});

describe("Sidebar and the selection", () => {
  it("shows the Inspector when something is selected; Problems stays one click away", () => {
    editor.selection = ["card:c1"];
    flushSync();
    expect(visiblePanel()[0]!.querySelector(".inspector")).not.toBeNull();
    tabs()[0]!.click();
    flushSync();
    expect(visiblePanel()[0]!.querySelector(".problems")).not.toBeNull();
  });

  it("keeps Measures shown when a figure's click selects the cards behind it", async () => {
    vi.mocked(shell.figureCards).mockResolvedValue({ cards: ["c3"], connectors: [] });
    tabs()[1]!.click();
    await settle();
    const waits = target.querySelector<HTMLButtonElement>('.measures button[data-figure="waits"]')!;
    waits.click();
    await settle();
    expect(editor.selection).toEqual(["card:c3"]);
    expect(visiblePanel()[0]!.querySelector(".measures")).not.toBeNull();
  });

  it("keeps pinned Problems shown whatever is selected, and says it is pinned", () => {
    const pin = target.querySelector<HTMLButtonElement>('[data-pin="panel"]')!;
    expect(pin.getAttribute("aria-pressed")).toBe("false");
    expect(pin.getAttribute("aria-label")).toBe("Keep this panel shown");
    pin.click();
    flushSync();
    expect(pin.getAttribute("aria-pressed")).toBe("true");
    editor.selection = ["lane:l2"];
    flushSync();
    expect(visiblePanel()[0]!.querySelector(".problems")).not.toBeNull();
    expect(localStorage.getItem("frontstage.sidebar.problems_pinned")).toBe("problems");
  });

  it("keeps pinned Measures shown while a card is selected, as when it is dragged", async () => {
    tabs()[1]!.click();
    await settle();
    target.querySelector<HTMLButtonElement>('[data-pin="panel"]')!.click();
    flushSync();
    editor.selection = ["card:c1"];
    flushSync();
    expect(visiblePanel()[0]!.querySelector(".measures")).not.toBeNull();
    expect(localStorage.getItem("frontstage.sidebar.problems_pinned")).toBe("measures");
  });
});
