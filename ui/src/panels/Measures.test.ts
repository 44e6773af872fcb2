import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Measures from "./Measures.svelte";
import { shell } from "../scene/ipc";
import { setLocale } from "../i18n";
import { applied, choose, editorWith, measuresAnswer as answer, settle } from "./testing";
import type { Editor } from "../app/editor.svelte";
import type { ElementRef, Figure, Kpi } from "../scene/types";

vi.mock("../scene/ipc", () => ({
  shell: { measures: vi.fn(), figureCards: vi.fn(), execute: vi.fn(), seal: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

const kpi: Kpi = {
  id: "k1",
  name: "Customer satisfaction",
  unit: "%",
  target: 93,
  actual: 91,
  direction: "higher_is_better",
  on: { stage: "s2" },
};

/** What the core names behind each figure. */
function behind(f: Figure) {
  if (f.figure === "waits") return { cards: f.stage === "s2" ? [] : ["c2"], connectors: [] };
  if (f.figure === "critical_path") return { cards: ["c1", "c3"], connectors: ["a1"] };
  if (f.figure === "fail_points") return { cards: ["c3"], connectors: [] };
  return { cards: [], connectors: [] };
}

let target: HTMLElement;
let app: Record<string, unknown> | null = null;
let editor: Editor;
let picked: ElementRef[][];

beforeEach(() => {
  target = document.createElement("div");
  document.body.append(target);
  vi.mocked(shell.measures).mockResolvedValue(answer());
  vi.mocked(shell.figureCards).mockImplementation(async (f) => behind(f));
  vi.mocked(shell.execute).mockResolvedValue(applied());
  picked = [];
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  target.remove();
  vi.resetAllMocks();
  setLocale("en");
});

async function render(shown = true) {
  const doc = (await import("../fixtures")).smallBlueprint();
  doc.kpis = [kpi];
  editor = editorWith(doc);
  app = mount(Measures, {
    target,
    props: {
      editor,
      shown,
      onselect: (elements: ElementRef[]) => {
        picked.push(elements);
        editor.focus(elements);
      },
    },
  });
  await settle();
}

const text = (sel: string) => target.querySelector(sel)!.textContent!.replace(/\s+/g, " ").trim();
const button = (sel: string) => target.querySelector<HTMLButtonElement>(sel)!;
const sent = () => vi.mocked(shell.execute).mock.calls.map((c) => c[0]);

describe("Measures panel", () => {
  it("shows the journey's figures in h, min and s, against its standard", async () => {
    await render();
    expect(text('[data-measure="journey-time"]')).toBe("Customer's time 1 h 2 min (3 steps) 2 min over the standard");
    expect(text('[data-measure="waiting"]')).toBe("34 min");
    expect(text('[data-measure="untimed"]')).toBe("1 counted as 0 s");
    expect(text('[data-measure="waits"]')).toBe("1 · 1 without a tolerance");
    expect(text('[data-measure="fail-points"]')).toContain("1 · 1 without recovery · 1 on the critical path");
    expect(text('[data-measure="emotion"]')).toBe("mean −0.5 · lowest −1");
    expect(text('[data-measure="critical-path"]')).toBe("1 h 38 min (2 steps)");
    // Nothing to select behind a zero: plain text, not a button.
    expect(target.querySelector('[data-measure="over-tolerance"] button')).toBeNull();
  });

  it("says when the critical path does not run from the first stage to the last", async () => {
    const partial = answer();
    partial.critical_path = { outcome: "path", seconds: 600, steps: 1, untimed: 0, spans_journey: false };
    vi.mocked(shell.measures).mockResolvedValue(partial);
    await render();
    expect(text('[data-measure="critical-path"]')).toBe(
      "10 min (1 step) Not from the first stage to the last: the arrows do not join the whole journey.",
    );
  });

  it("shows where the time goes, by lane, owner and side of the line of visibility, each selecting its cards", async () => {
    await render();
    const row = (sel: string, col: string) => text(`${sel} [data-col="${col}"]`);
    expect(text("#measures-by-place")).toBe("Where the time goes");
    expect(row('tr[data-lane="l1"]', "time")).toBe("1 h 1 without a duration");
    expect(row('tr[data-lane="l2"]', "steps")).toBe("1");
    // Nothing to select in a lane without cards.
    expect(target.querySelector('tr[data-lane="l3"] button')).toBeNull();
    expect(row('tr[data-owner="Server"]', "time")).toBe("4 min 30 s");
    expect(text('[data-measure="other-owners"]')).toBe("and 2 more owners");
    expect(text('[data-measure="visibility"]')).toBe("1 h 5 min above · 0 s below");
    button('tr[data-lane="l1"] button').click();
    button('tr[data-owner="Server"] button').click();
    target.querySelectorAll<HTMLButtonElement>('[data-measure="visibility"] button')[1]!.click();
    await settle();
    expect(vi.mocked(shell.figureCards).mock.calls.map((c) => c[0])).toEqual([
      { figure: "lane_steps", lane: "l1" },
      { figure: "owner_steps", owner: "Server" },
      { figure: "visibility_side", above: false },
    ]);
    // One stage's: its own figures, and its figures select that stage's cards.
    const of = target.querySelector<HTMLSelectElement>('[data-measure="by-place-of"]')!;
    expect([...of.options].map((o) => o.text)).toEqual(["Journey", "Arrive", "Order"]);
    of.value = "s2";
    of.dispatchEvent(new Event("change"));
    await settle();
    expect(row('tr[data-lane="l1"]', "time")).toBe("0 s 1 without a duration");
    expect(row('tr[data-lane="l2"]', "time")).toBe("4 min 30 s");
    expect(text('[data-measure="visibility"]')).toBe("4 min 30 s above · 0 s below");
    vi.mocked(shell.figureCards).mockClear();
    button('tr[data-lane="l2"] button').click();
    target.querySelectorAll<HTMLButtonElement>('[data-measure="visibility"] button')[0]!.click();
    await settle();
    expect(vi.mocked(shell.figureCards).mock.calls.map((c) => c[0])).toEqual([
      { figure: "lane_steps", lane: "l2", stage: "s2" },
      { figure: "visibility_side", above: true, stage: "s2" },
    ]);
  });

  it("shows the dips, those with a cause, and the employees' emotion apart from the customer's", async () => {
    await render();
    expect(text('[data-measure="dips"]')).toBe("2 · 1 with a wait or fail point");
    expect(text('[data-measure="employee-emotion"]')).toBe("mean +0.5 · lowest −1");
    button('[data-measure="dips"] button:last-of-type').click();
    button('[data-measure="employee-emotion"] button').click();
    await settle();
    expect(vi.mocked(shell.figureCards).mock.calls.map((c) => c[0])).toEqual([
      { figure: "dips", with_cause: true },
      { figure: "employee_emotion" },
    ]);
  });

  it("has a row per stage: time, standard, waits, fail points, emotion", async () => {
    await render();
    const row = (s: string, col: string) => text(`tr[data-stage="${s}"] [data-col="${col}"]`);
    expect(text('tr[data-stage="s1"] th')).toBe("Arrive");
    expect(row("s1", "time")).toBe("45 s 1 without a duration");
    expect(row("s1", "standard")).toBe("—");
    expect(row("s2", "time")).toBe("4 min 30 s");
    expect(row("s2", "standard")).toBe("10 min");
    expect(row("s2", "emotion")).toBe("−0.5 / −1");
  });

  it("speaks Chinese", async () => {
    setLocale("zh-CN");
    await render();
    expect(text("h2")).toBe("度量");
    expect(text('[data-measure="journey-time"]')).toBe("客户用时 1 小时 2 分钟 (3 个步骤) 超出标准 2 分钟");
    expect(text('tr[data-stage="s2"] [data-col="time"]')).toBe("4 分钟 30 秒");
    expect(text(".kpi .status")).toBe("未达标");
  });

  it("selects the cards behind a figure it is clicked on", async () => {
    await render();
    button('[data-measure="waits"] button[data-figure="waits"]').click();
    await settle();
    expect(shell.figureCards).toHaveBeenLastCalledWith({ figure: "waits" });
    expect(editor.selection).toEqual(["card:c2"]);
    button('tr[data-stage="s1"] [data-col="fails"] button').click();
    await settle();
    expect(shell.figureCards).toHaveBeenLastCalledWith({ figure: "fail_points", stage: "s1" });
    expect(editor.selection).toEqual(["card:c3"]);
    button('[data-measure="critical-path"] button').click();
    await settle();
    expect(editor.selection).toEqual(["card:c1", "card:c3", "connector:a1"]);
  });

  it("asks again after an edit while shown, and not while hidden", async () => {
    await render();
    expect(shell.measures).toHaveBeenCalledTimes(1);
    vi.mocked(shell.measures).mockResolvedValue(answer(3720 + 600));
    editor.revision++;
    await settle();
    expect(shell.measures).toHaveBeenCalledTimes(2);
    expect(text('[data-measure="journey-time"]')).toContain("1 h 12 min");
    unmount(app!);
    target.replaceChildren();
    vi.mocked(shell.measures).mockClear();
    app = mount(Measures, { target, props: { editor, shown: false } });
    editor.revision++;
    await settle();
    expect(shell.measures).not.toHaveBeenCalled();
  });

  it("draws the figures a drawn drop brought along without asking, and wants them only while shown", async () => {
    await render();
    expect(editor.wantsMeasures).toBe(true);
    vi.mocked(shell.measures).mockClear();
    editor.measuresAhead = { revision: editor.revision + 1, measures: answer(3720 + 600) };
    editor.revision++;
    await settle();
    expect(shell.measures).not.toHaveBeenCalled();
    expect(text('[data-measure="journey-time"]')).toContain("1 h 12 min");
    // Figures for another revision are not these: the core is asked.
    editor.revision++;
    await settle();
    expect(shell.measures).toHaveBeenCalledTimes(1);
    unmount(app!);
    target.replaceChildren();
    app = mount(Measures, { target, props: { editor, shown: false } });
    flushSync();
    expect(editor.wantsMeasures).toBe(false);
  });

  it("lists the KPIs with target, actual and status, and selects what one is attached to", async () => {
    await render();
    expect(text(".kpi .kpi-figures")).toBe("≥ 93 % Actual: 91 % stage: Order 点餐");
    expect(text(".kpi .status")).toBe("off target");
    button(".kpi-name").click();
    await settle();
    expect(picked.at(-1)).toEqual([{ kind: "stage", id: "s2" }]);
  });

  it("adds a KPI from a preset with the domain's target, attached to what is selected", async () => {
    await render();
    editor.selection = ["card:c3"];
    flushSync();
    choose(target.querySelector<HTMLSelectElement>('select[name="preset"]')!, "response_time");
    flushSync();
    button(".add-kpi").click();
    flushSync();
    const input = (name: string) => target.querySelector<HTMLInputElement>(`.kpi-form [name="${name}"]`)!;
    expect([input("name").value, input("target").value, input("unit").value]).toEqual([
      "Average response time",
      "4.2",
      "min",
    ]);
    input("actual").value = "3,9";
    input("actual").dispatchEvent(new Event("input", { bubbles: true }));
    button('.kpi-form button[type="submit"]').click();
    await settle();
    expect(sent()).toEqual([
      {
        type: "add_kpi",
        name: "Average response time",
        target: 4.2,
        unit: "min",
        actual: 3.9,
        direction: "lower_is_better",
        source: "",
        on: { card: "c3" },
      },
    ]);
    expect(target.querySelector(".kpi-form")).toBeNull();
  });

  it("refuses a KPI without a name or with a target that is not a number", async () => {
    await render();
    button(".add-kpi").click();
    flushSync();
    button('.kpi-form button[type="submit"]').click();
    await settle();
    expect(text('.kpi-form [role="alert"]')).toBe("Give the KPI a name.");
    expect(shell.execute).not.toHaveBeenCalled();
  });

  it("edits a KPI sending only what changed, and deletes one", async () => {
    await render();
    button('[aria-label="Edit Customer satisfaction"]').click();
    flushSync();
    const actual = target.querySelector<HTMLInputElement>('.kpi-form [name="actual"]')!;
    actual.value = "";
    actual.dispatchEvent(new Event("input", { bubbles: true }));
    button('.kpi-form button[type="submit"]').click();
    await settle();
    button('[aria-label="Delete Customer satisfaction"]').click();
    await settle();
    expect(sent()).toEqual([
      { type: "update_kpi", kpi: "k1", changes: { actual: null } },
      { type: "delete_kpi", kpi: "k1" },
    ]);
  });

  it("sets the journey's standard time in its header", async () => {
    await render();
    const amount = target.querySelector<HTMLInputElement>(".journey .duration input")!;
    expect(amount.value).toBe("1");
    amount.value = "90";
    amount.dispatchEvent(new Event("input", { bubbles: true }));
    choose(target.querySelector<HTMLSelectElement>(".journey .duration select")!, "minutes");
    await settle();
    expect(sent()).toEqual([{ type: "set_standard", seconds: 5400 }]);
  });

  it("highlights the critical path while its toggle is on, and ends it when off", async () => {
    await render();
    const toggle = target.querySelector<HTMLInputElement>('input[name="critical-path"]')!;
    toggle.click();
    await settle();
    expect(shell.figureCards).toHaveBeenLastCalledWith({ figure: "critical_path" });
    const h = editor.highlight;
    expect(h?.kind).toBe("critical_path");
    if (h?.kind !== "critical_path") return;
    expect([...h.cards]).toEqual(["c1", "c3"]);
    expect([...h.connectors]).toEqual(["a1"]);
    expect(toggle.checked).toBe(true);
    // After an edit the path is asked for again, whatever tab shows.
    vi.mocked(shell.figureCards).mockResolvedValue({ cards: ["c1"], connectors: [] });
    editor.revision++;
    await settle();
    expect(editor.highlight?.kind === "critical_path" && [...editor.highlight.cards]).toEqual(["c1"]);
    // An edit that leaves the path as it was keeps the highlight: no repaint of the canvas.
    const kept = editor.highlight;
    editor.revision++;
    await settle();
    expect(editor.highlight).toBe(kept);
    toggle.click();
    await settle();
    expect(editor.highlight).toBeNull();
    expect(toggle.checked).toBe(false);
  });
});
