import { afterEach, describe, expect, it, vi } from "vitest";
import { loadGuest } from "./index";
import { invoke, onStatus, windowLabel } from "../scene/ipc";

const page = (search: string) => ({ location: { search } }) as unknown as Window;

afterEach(() => vi.unstubAllGlobals());

describe("the benchmark as a guest", () => {
  it("hands the app its hooks in benchmark mode only", () => {
    expect(loadGuest(page("?foo=1"))).toBeUndefined();
    const hooks = loadGuest(page("?n=200"));
    expect(hooks?.offersRecovery).toBe(false);
    expect(hooks?.followsReplacement).toBe(false);
  });

  it("sends commands to the bridge over HTTP on a page the bridge opened, where events are no-ops", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: 1 }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    expect(loadGuest(page("?bridge=1"))).toBeUndefined();
    await expect(invoke("view")).resolves.toEqual({ ok: 1 });
    expect(fetch).toHaveBeenCalledWith("/ipc/view", expect.objectContaining({ method: "POST", body: "{}" }));
    expect(windowLabel()).toBe("main");
    const stop = await onStatus(() => {});
    expect(typeof stop).toBe("function");
  });
});
