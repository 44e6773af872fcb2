import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount, tick } from "svelte";
import ExportDialog from "./ExportDialog.svelte";
import { setLocale } from "../i18n";
import type { ExportChoices, Outcome, Target } from "../scene/types";

const api = vi.hoisted(() => ({
  exportChoices: vi.fn(),
  exportOutcome: vi.fn(),
  exportFile: vi.fn(),
}));

vi.mock("../scene/ipc", async (original) => ({
  ...(await original<typeof import("../scene/ipc")>()),
  shell: api,
}));

const remembered = (): ExportChoices => ({
  png: { size: { scale: 2 }, transparent: false },
  pdf: { paper: "a3", orientation: null, layout: "tiles" },
  print: { paper: "a4", orientation: "landscape", layout: "single" },
});

let app: Record<string, unknown> | null = null;
let closed = 0;

async function open(target: Target): Promise<HTMLElement> {
  const host = document.createElement("div");
  document.body.append(host);
  app = mount(ExportDialog, { target: host, props: { target, onclose: () => closed++ } });
  // The choices, then the outcome they make.
  for (let i = 0; i < 4; i++) await tick();
  flushSync();
  return host;
}

const select = (host: HTMLElement, name: string) => host.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

function choose(el: HTMLSelectElement | HTMLInputElement, value?: string) {
  if (value !== undefined) el.value = value;
  el.dispatchEvent(
    new Event(el instanceof HTMLSelectElement || el.type !== "number" ? "change" : "input", { bubbles: true }),
  );
  flushSync();
}

beforeEach(() => {
  closed = 0;
  api.exportChoices.mockResolvedValue(remembered());
  api.exportOutcome.mockImplementation(async (target: Target, c: ExportChoices): Promise<Outcome> =>
    target === "png"
      ? "scale" in c.png.size && c.png.size.scale > 8
        ? { kind: "refused", error: { code: "too_large", message: "the picture would be huge" } }
        : { kind: "pixels", width: 3200, height: 1800 }
      : { kind: "pages", count: (target === "print" ? c.print : c.pdf).layout === "single" ? 1 : 6 },
  );
  api.exportFile.mockResolvedValue("/tmp/out.pdf");
});

afterEach(() => {
  setLocale("en");
  if (app) unmount(app);
  app = null;
  document.body.replaceChildren();
  vi.clearAllMocks();
});

describe("ExportDialog", () => {
  it("opens with the document's last PDF choices and shows the pages they make", async () => {
    const host = await open("pdf");
    expect(select(host, "paper").value).toBe("a3");
    expect(host.querySelector<HTMLInputElement>('input[value="tiles"]')!.checked).toBe(true);
    expect(host.querySelector(".export-result")!.textContent).toBe("6 pages");
    // One page: asked again, answered at once.
    choose(host.querySelector<HTMLInputElement>('input[value="single"]')!);
    await tick();
    await tick();
    flushSync();
    expect(api.exportOutcome).toHaveBeenLastCalledWith(
      "pdf",
      expect.objectContaining({ pdf: expect.objectContaining({ layout: "single" }) }),
    );
    expect(host.querySelector(".export-result")!.textContent).toBe("1 page");
  });

  it("the blueprint's own size has no tiles and no orientation", async () => {
    const host = await open("pdf");
    choose(select(host, "paper"), "fit");
    expect(host.querySelector<HTMLInputElement>('input[value="tiles"]')!.disabled).toBe(true);
    expect(host.querySelector<HTMLInputElement>('input[value="single"]')!.checked).toBe(true);
    expect(select(host, "orientation").disabled).toBe(true);
  });

  it("printing offers only paper sizes and sends the print choices", async () => {
    const host = await open("print");
    const papers = [...select(host, "paper").options].map((o) => o.value);
    expect(papers).not.toContain("fit");
    expect(select(host, "orientation").value).toBe("landscape");
    host.querySelector("form")!.requestSubmit();
    await tick();
    await tick();
    expect(api.exportFile).toHaveBeenCalledWith("print", remembered());
    expect(closed).toBe(1);
  });

  it("greys the figure out while the newest choices' figure is on its way", async () => {
    const host = await open("png");
    const result = host.querySelector(".export-result")!;
    expect(result.classList.contains("pending")).toBe(false);
    let answer: (o: Outcome) => void = () => {};
    api.exportOutcome.mockImplementationOnce(() => new Promise<Outcome>((resolve) => (answer = resolve)));
    choose(select(host, "scale"), "1");
    // The last choices' figure stays, marked as stale, until the answer comes.
    expect(result.classList.contains("pending")).toBe(true);
    expect(result.getAttribute("aria-busy")).toBe("true");
    expect(result.textContent).toBe("3,200 × 1,800 pixels");
    answer({ kind: "pixels", width: 1600, height: 900 });
    for (let i = 0; i < 3; i++) await tick();
    flushSync();
    expect(result.classList.contains("pending")).toBe(false);
    expect(result.textContent).toBe("1,600 × 900 pixels");
  });

  it("shows the PNG's pixels, refuses a size too large with the reason and a way out", async () => {
    const host = await open("png");
    expect(host.querySelector(".export-result")!.textContent).toBe("3,200 × 1,800 pixels");
    choose(select(host, "scale"), "width");
    const width = host.querySelector<HTMLInputElement>('input[name="width"]')!;
    expect(width).not.toBeNull();
    // A width, then back to a scale the shell refuses.
    choose(width, "1200");
    expect(api.exportOutcome).toHaveBeenLastCalledWith(
      "png",
      expect.objectContaining({ png: { size: { width: 1200 }, transparent: false } }),
    );
    api.exportOutcome.mockResolvedValueOnce({ kind: "refused", error: { code: "too_large", message: "huge" } });
    choose(select(host, "scale"), "4");
    await tick();
    await tick();
    flushSync();
    expect(host.querySelector('[role="alert"]')!.textContent).toContain("export PDF");
    expect(host.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
  });

  it("keeps the dialog open with the reason when the export fails, and closes on Escape", async () => {
    api.exportFile.mockRejectedValueOnce({ code: "export_over_blueprint", message: "refusing" });
    const host = await open("pdf");
    host.querySelector("form")!.requestSubmit();
    await tick();
    await tick();
    flushSync();
    expect(closed).toBe(0);
    expect(host.querySelector('[role="alert"]')!.textContent).toContain("cannot replace the blueprint");
    host.querySelector("form")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(closed).toBe(1);
  });

  it("a cancelled file dialog closes the export dialog without an error", async () => {
    api.exportFile.mockResolvedValueOnce(null);
    const host = await open("png");
    host.querySelector("form")!.requestSubmit();
    await tick();
    await tick();
    expect(closed).toBe(1);
  });

  it("speaks Chinese", async () => {
    setLocale("zh-CN");
    const host = await open("print");
    expect(host.querySelector("h2")!.textContent).toBe("打印");
    expect(host.querySelector(".export-result")!.textContent).toBe("1 页");
  });
});
