// Presenting through the editor: the keys, the steps and their bounds, what each step
// frames and draws, what leaving puts back, and that nothing reaches the core.
import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { smallBlueprint, smallSceneFixture } from "../fixtures";
import type { Blueprint, Diagnostic, Scene, Status } from "../scene/types";

const shell = vi.hoisted(() => ({
  view: vi.fn(),
  execute: vi.fn(),
  anticipate: vi.fn(),
  preview: vi.fn(),
  confirm: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  seal: vi.fn(),
  laneKinds: vi.fn(async () => []),
  rules: vi.fn(),
}));
vi.mock("../scene/ipc", () => ({ shell, errorMessage: (e: unknown) => String(e) }));

import { Editor } from "./editor.svelte";
import { stageNotes } from "./presentation.svelte";
import type { FullScreen } from "./fullscreen";
import { Mirror } from "../scene/mirror";
import { setLocale } from "../i18n";
import { stageFrame } from "../canvas/render/present";
import { PRESENT_MIN_ZOOM } from "../canvas/presenter";
import Presentation from "../panels/Presentation.svelte";
import PresenterNotes from "../panels/PresenterNotes.svelte";

const status: Status = {
  title: "Café",
  path: null,
  dirty: false,
  can_undo: true,
  can_redo: false,
  undo_label: null,
  redo_label: null,
};

// jsdom has no layout. As in viewport.test.ts: the host sits at (HX, HY) and shows W × H
// pixels, the svg at the top-left of its scrolled content, scrolling clamped to it.
const HX = 0;
const HY = 0;
const W = 400;
const H = 300;

function layOut(editor: Editor) {
  const canvas = editor.canvas!;
  const { host, svg } = canvas;
  const size = (a: string) => Number(svg.getAttribute(a) ?? 0);
  const scroll = { left: 0, top: 0 };
  const rect = (x: number, y: number, w: number, h: number) =>
    ({ left: x, top: y, x, y, width: w, height: h, right: x + w, bottom: y + h, toJSON() {} }) as DOMRect;
  host.getBoundingClientRect = () => rect(HX, HY, W, H);
  svg.getBoundingClientRect = () => rect(HX - scroll.left, HY - scroll.top, size("width"), size("height"));
  Object.defineProperty(host, "clientWidth", { value: W });
  Object.defineProperty(host, "clientHeight", { value: H });
  Object.defineProperty(host, "scrollLeft", {
    get: () => scroll.left,
    set: (v: number) => (scroll.left = Math.max(0, Math.min(v, size("width") - W))),
  });
  Object.defineProperty(host, "scrollTop", {
    get: () => scroll.top,
    set: (v: number) => (scroll.top = Math.max(0, Math.min(v, size("height") - H))),
  });
  return scroll;
}

/** A fake full screen that records what it was asked. */
function recordingFullScreen() {
  const calls: string[] = [];
  const fs: FullScreen = {
    enter: async () => (calls.push("enter"), true),
    leave: async () => void calls.push("leave"),
    onLeft: () => () => {},
  };
  return { fs, calls };
}

const mounted: Record<string, unknown>[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) unmount(m);
  document.body.replaceChildren();
  setLocale("en");
  vi.clearAllMocks();
});

async function setup(
  opts: { doc?: (b: Blueprint) => void; scene?: (s: Scene) => void; diagnostics?: Diagnostic[] } = {},
) {
  const doc = smallBlueprint();
  opts.doc?.(doc);
  const scene = smallSceneFixture();
  opts.scene?.(scene);
  shell.view.mockResolvedValue({ doc, scene, diagnostics: opts.diagnostics ?? [], status });
  const editor = new Editor();
  const area = document.createElement("div");
  area.className = "canvas-area";
  const host = document.createElement("div");
  area.append(host);
  document.body.append(area);
  editor.attach(host);
  const scroll = layOut(editor);
  await editor.load();
  const { fs, calls } = recordingFullScreen();
  editor.presentation.fullScreen = fs;
  /** A key as the window's handler takes it (App.svelte): the registry's action, run. */
  const press = async (key: string, mods: Partial<KeyboardEvent> = {}) => {
    const e = new KeyboardEvent("keydown", { key, ...mods });
    const action = editor.actions.forKey(e, false, false);
    if (action) await editor.run(action.id);
    return action?.id;
  };
  const sent = () =>
    Object.entries(shell)
      .filter(([name, f]) => name !== "view" && f.mock.calls.length > 0)
      .map(([name]) => name);
  return { editor, canvas: editor.canvas!, host, area, scroll, press, sent, fullScreen: calls };
}

describe("presenting", () => {
  it("starts at the overview with F5, steps with the keys and stops at either end", async () => {
    const { editor, press } = await setup();
    const p = editor.presentation;
    expect(p.active).toBe(false);
    // Not presenting: the arrows and Escape are the editor's.
    expect(editor.actions.forKey(new KeyboardEvent("keydown", { key: "ArrowRight" }), false, false)?.id).not.toBe(
      "present.next",
    );
    expect(await press("F5")).toBe("view.present");
    expect(p.active).toBe(true);
    expect(p.step).toBe(0);
    expect(p.stages.map((s) => s.name)).toEqual(["Arrive", "Order 点餐"]);
    // Back at the start does nothing.
    expect(await press("ArrowLeft")).toBe("present.previous");
    expect(p.step).toBe(0);
    await press("ArrowRight");
    expect(p.step).toBe(1);
    await press(" ");
    expect(p.step).toBe(2);
    expect(p.stage?.name).toBe("Order 点餐");
    // Past the last stage nothing moves.
    await press("PageDown");
    expect(p.step).toBe(2);
    await press("PageUp");
    expect(p.step).toBe(1);
    await press("End");
    expect(p.step).toBe(2);
    await press("Home");
    expect(p.step).toBe(0);
    // F5 again while presenting starts nothing new.
    expect(await press("F5")).toBeUndefined();
    expect(await press("Escape")).toBe("present.leave");
    expect(p.active).toBe(false);
  });

  it("frames each stage's column with the lane headers' width before it", async () => {
    const { editor, canvas, press, area } = await setup();
    await press("F5");
    const scene = canvas.current!;
    // The small blueprint fits whole: the overview zooms it into the view.
    const overview = Math.min((W - 48) / scene.width, (H - 48) / scene.height);
    expect(canvas.zoom).toBeCloseTo(overview, 5);
    for (const i of [0, 1]) {
      await press("ArrowRight");
      const f = stageFrame(scene, i)!;
      const z = Math.max(PRESENT_MIN_ZOOM, Math.min(W / f.w, H / f.h));
      expect(canvas.zoom).toBeCloseTo(z, 5);
      // The frame's left edge is at the view's left edge (as far as the scroll goes: the
      // drawing is a whole number of pixels wide).
      const v = canvas.visibleRect();
      const maxLeft = (Math.ceil(scene.width * canvas.zoom) - W) / canvas.zoom;
      expect(v.x).toBeCloseTo(Math.min(f.x, maxLeft), 3);
      // The stage's column lies in view, right of the pinned headers.
      const s = scene.stages[i]!;
      const left = (s.x - v.x) * canvas.zoom;
      const right = (s.x + s.width - v.x) * canvas.zoom;
      expect(left).toBeGreaterThanOrEqual(204 * canvas.zoom - 0.01);
      expect(right).toBeLessThanOrEqual(W + 0.01);
    }
    // The pinned headers: every lane's header and name, and the lines with their names.
    const strip = area.querySelector<SVGSVGElement>(".present-headers")!;
    expect(strip.style.display).toBe("");
    expect([...strip.querySelectorAll(".present-lane-header .lane-name")].map((t) => t.textContent)).toEqual(
      scene.lanes.map((l) => l.name.lines.map((x) => x.text).join("")),
    );
    expect([...strip.querySelectorAll(".present-line .line-name")].map((t) => t.textContent)).toEqual(
      scene.lines.map((l) => l.label.lines[0]!.text),
    );
    expect(strip.getAttribute("width")).toBe(String(Math.ceil(204 * canvas.zoom)));
    // Back to the overview: nothing pinned.
    await press("Home");
    expect(strip.style.display).toBe("none");
    expect(editor.presentation.step).toBe(0);
  });

  it("dims the other stages and rings the stage's fail points and waits", async () => {
    const { canvas, press, host } = await setup({
      // c1 waits: the core gives it a wait badge.
      scene: (s) => {
        const c1 = s.cards.find((c) => c.element.kind === "card" && c.element.id === "c1")!;
        c1.badges.push({
          kind: { type: "wait" },
          tone: "warn",
          rect: { x: c1.rect.x + 8, y: c1.rect.y + 20, w: 30, h: 16 },
          font_size: 10,
          label: { text: "Wait", x: c1.rect.x + 12, y: c1.rect.y + 32, width: 20 },
        });
      },
    });
    const layer = host.querySelector(".layer-present")!;
    await press("F5");
    expect(layer.childElementCount).toBe(0);
    await press("ArrowRight");
    const scene = canvas.current!;
    const dims = [...layer.querySelectorAll(".present-dim")];
    // Stage 1 starts at the lane headers' edge: only the stages right of it are dimmed,
    // and the headers left of it (the pinned copy covers them).
    expect(dims.map((d) => [d.getAttribute("x"), d.getAttribute("width")])).toEqual([
      ["0", "204"],
      ["428", String(scene.width - 428)],
    ]);
    expect(dims.every((d) => d.getAttribute("fill") === scene.paint.page)).toBe(true);
    let rings = [...layer.querySelectorAll(".present-ring")];
    expect(rings.map((r) => [r.getAttribute("data-card"), r.classList.contains("wait")])).toEqual([["c1", true]]);
    expect(rings[0]!.getAttribute("stroke")).toBe(scene.paint.badge.warn.stroke);
    await press("ArrowRight");
    rings = [...layer.querySelectorAll(".present-ring")];
    expect(rings.map((r) => [r.getAttribute("data-card"), r.classList.contains("fail-point")])).toEqual([["c3", true]]);
    expect(rings[0]!.getAttribute("stroke")).toBe(scene.paint.card.fail_point.stroke);
    // No card was drawn again for any of it.
    expect(host.querySelectorAll(".card").length).toBe(3);
    await press("Escape");
    expect(layer.childElementCount).toBe(0);
  });

  it("hides problem marks and the selection, and leaving puts back the view and the selection", async () => {
    const diagnostics: Diagnostic[] = [
      { rule: "r", severity: "error", message: "m", hint: "h", elements: [{ kind: "card", id: "c3" }] },
    ];
    const { editor, canvas, host, press, sent, scroll, fullScreen } = await setup({ diagnostics });
    canvas.setZoom(1.5);
    host.scrollLeft = 120;
    host.scrollTop = 40;
    canvas.setSelection(["card:c1", "card:c2"]);
    const before = { zoom: canvas.zoom, left: scroll.left, top: scroll.top };
    expect(host.querySelectorAll(".card.selected").length).toBe(2);
    expect(host.querySelectorAll(".has-error").length).toBe(1);

    await press("F5");
    expect(host.classList.contains("presenting")).toBe(true);
    expect(host.querySelectorAll(".selected, .has-error, .has-warning").length).toBe(0);
    expect(editor.selection).toEqual([]);
    await press("ArrowRight");
    await press("ArrowRight");
    expect(host.querySelectorAll(".selected, .has-error, .has-warning").length).toBe(0);
    expect(canvas.zoom).not.toBe(before.zoom);
    await Promise.resolve();
    expect(fullScreen).toEqual(["enter"]);

    await press("Escape");
    expect(host.classList.contains("presenting")).toBe(false);
    expect({ zoom: canvas.zoom, left: scroll.left, top: scroll.top }).toEqual(before);
    expect(editor.selection).toEqual(["card:c1", "card:c2"]);
    expect(host.querySelectorAll(".card.selected").length).toBe(2);
    expect(host.querySelectorAll(".has-error").length).toBe(1);
    expect(fullScreen).toEqual(["enter", "leave"]);
    // Nothing was sent to the core: not entering, not stepping, not leaving.
    expect(sent()).toEqual([]);
    expect(editor.status?.dirty).toBe(false);
  });

  it("runs no other action while presenting: no edit, no undo, no selection", async () => {
    const { editor, press, sent, host } = await setup();
    await press("F5");
    for (const [key, mods] of [
      ["Delete", {}],
      ["z", { ctrlKey: true }],
      ["a", { ctrlKey: true }],
      ["Insert", {}],
      ["d", { ctrlKey: true }],
      ["Enter", {}],
    ] as const) {
      await press(key, mods);
    }
    // The menus send ids, not keys: refused the same way.
    for (const id of ["edit.undo", "edit.delete", "lane.add", "stage.add", "cards.new", "edit.select_all"]) {
      await editor.run(id);
    }
    expect(sent()).toEqual([]);
    expect(editor.selection).toEqual([]);
    expect(host.querySelectorAll(".selected").length).toBe(0);
    // The pointer meets the shield, not the drawing.
    const shield = host.parentElement!.querySelector(".present-shield");
    expect(shield).not.toBeNull();
    await press("Escape");
    expect(host.parentElement!.querySelector(".present-shield")).toBeNull();
    // The editor's actions are back.
    expect(editor.actions.forKey(new KeyboardEvent("keydown", { key: "Escape" }), false, false)?.id).toBe(
      "edit.escape",
    );
  });

  it("stops without putting anything back when another document replaces this one", async () => {
    const { editor, press } = await setup();
    await press("F5");
    await press("ArrowRight");
    editor.open({ doc: smallBlueprint(), scene: smallSceneFixture(), diagnostics: [], status });
    expect(editor.presentation.active).toBe(false);
    expect(editor.canvas!.host.classList.contains("presenting")).toBe(false);
  });
});

describe("what presenting says and shows", () => {
  it("announces each step by its stage's name, in both languages, with the keys on the overview", async () => {
    const { editor, press, area } = await setup();
    const target = document.createElement("div");
    area.append(target);
    mounted.push(mount(Presentation, { target, props: { editor } }));
    const said = () => target.querySelector(".present-announce")!.textContent;
    flushSync();
    expect(said()).toBe("");
    await press("F5");
    flushSync();
    expect(said()).toBe(`Overview: ${editor.title}, 2 stages`);
    expect(target.querySelector(".present-keys")?.textContent).toBe(
      "→ / Space / PageDown next · ← / PageUp back · Home / End first / last · N notes · Esc leave",
    );
    expect(editor.canvas!.host.getAttribute("aria-keyshortcuts")).toContain("ArrowRight Space PageDown");
    await press("ArrowRight");
    flushSync();
    expect(said()).toBe("Stage 1 of 2: Arrive");
    expect(target.querySelector(".present-keys")).toBeNull();
    setLocale("zh-CN");
    await press("ArrowRight");
    flushSync();
    expect(said()).toBe("第 2 / 2 阶段：Order 点餐");
    await press("Escape");
    flushSync();
    expect(said()).toBe("");
    expect(target.querySelector(".present-caption")).toBeNull();
    expect(editor.canvas!.host.hasAttribute("aria-keyshortcuts")).toBe(false);
  });

  it("lists the notes of the stage's cards in reading order", async () => {
    const { editor, press } = await setup({
      doc: (b) => {
        const card = (id: string) => b.cards!.find((c) => c.id === id)!;
        card("c2").notes = "Second in the cell";
        card("c1").notes = "  First in the cell  ";
        card("c3").notes = "";
      },
    });
    expect(stageNotes(editor.mirror!, "s1")).toEqual([
      { card: "c1", text: editor.mirror!.cards.get("c1")!.text, lane: "Customer", notes: "First in the cell" },
      { card: "c2", text: editor.mirror!.cards.get("c2")!.text, lane: "Customer", notes: "Second in the cell" },
    ]);
    expect(stageNotes(editor.mirror!, "s2")).toEqual([]);
    const target = document.createElement("div");
    document.body.append(target);
    await press("F5");
    await press("N");
    expect(editor.presentation.notes).toBe(true);
    await press("ArrowRight");
    mounted.push(mount(PresenterNotes, { target, props: { editor } }));
    flushSync();
    expect([...target.querySelectorAll("li")].map((li) => li.dataset.card)).toEqual(["c1", "c2"]);
    expect([...target.querySelectorAll("li .note")].map((n) => n.textContent)).toEqual([
      "First in the cell",
      "Second in the cell",
    ]);
    await press("ArrowRight");
    flushSync();
    expect(target.querySelector(".none")?.textContent).toBe("No card of this stage has notes.");
    await press("N");
    expect(editor.presentation.notes).toBe(false);
  });

  it("orders notes by lane, then by each cell's order", () => {
    const doc = smallBlueprint();
    doc.cards = [
      { id: "b", lane: "l2", stage: "s1", order: 0, text: "B", notes: "b" },
      { id: "a2", lane: "l1", stage: "s1", order: 1, text: "A2", notes: "a2" },
      { id: "a1", lane: "l1", stage: "s1", order: 0, text: "A1", notes: "a1" },
      { id: "x", lane: "l1", stage: "s2", order: 0, text: "X", notes: "x" },
    ];
    expect(stageNotes(new Mirror(doc), "s1").map((n) => n.card)).toEqual(["a1", "a2", "b"]);
  });
});
