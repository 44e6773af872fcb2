import { afterEach, describe, expect, it, vi } from "vitest";
import { MeasuresState } from "./measures.svelte";
import { shell } from "../scene/ipc";
import { editorWith, measuresAnswer } from "../panels/testing";

vi.mock("../scene/ipc", () => ({
  shell: { measures: vi.fn(), figureCards: vi.fn() },
  errorMessage: (e: unknown) => String(e),
}));

afterEach(() => vi.resetAllMocks());

describe("the Measures panel's figures", () => {
  it("are asked for only once the core has run a drop drawn ahead of it", async () => {
    const editor = editorWith();
    let ran!: () => void;
    editor.settled = () => new Promise<void>((resolve) => (ran = resolve));
    vi.mocked(shell.measures).mockResolvedValue(measuresAnswer());
    const state = new MeasuresState(editor);
    const asked = state.refresh();
    await Promise.resolve();
    expect(shell.measures).not.toHaveBeenCalled();
    ran();
    await asked;
    expect(shell.measures).toHaveBeenCalledTimes(1);
    expect(state.measures?.journey.customer_seconds).toBe(3720);
    // Nothing changed since: nothing asked.
    await state.refresh();
    expect(shell.measures).toHaveBeenCalledTimes(1);
  });

  it("keep the latest answer when an older one comes in after it", async () => {
    const editor = editorWith();
    let first!: (m: ReturnType<typeof measuresAnswer>) => void;
    vi.mocked(shell.measures)
      .mockReturnValueOnce(new Promise((resolve) => (first = resolve)))
      .mockResolvedValueOnce(measuresAnswer(60));
    const state = new MeasuresState(editor);
    const older = state.refresh();
    editor.revision++;
    await state.refresh();
    first(measuresAnswer(30));
    await older;
    expect(state.measures?.journey.customer_seconds).toBe(60);
  });

  it("say why when the core refuses", async () => {
    const editor = editorWith();
    vi.mocked(shell.measures).mockRejectedValue({ code: "no_window", message: "gone" });
    const state = new MeasuresState(editor);
    await state.refresh();
    expect(state.error).toBeTruthy();
    expect(state.measures).toBeNull();
  });
});
