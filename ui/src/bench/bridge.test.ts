import { describe, expect, it } from "vitest";
import { bridgeInvoke, overBridge } from "./bridge";

describe("the benchmark bridge transport", () => {
  it("is used only outside Tauri, on a page the bridge opened", () => {
    expect(overBridge({ location: { search: "?bridge=1&n=200" } })).toBe(true);
    expect(overBridge({ location: { search: "?n=200" } })).toBe(false);
    expect(overBridge({ __TAURI_INTERNALS__: {}, location: { search: "?bridge=1" } })).toBe(false);
  });

  it("posts the arguments and returns the answer, or throws the AppError", async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fake = (answer: unknown, status: number) =>
      (async (url: string, init?: RequestInit) => {
        calls.push([url, init]);
        return new Response(JSON.stringify(answer), { status });
      }) as unknown as typeof fetch;
    await expect(bridgeInvoke("bench_document", { cards: 5 }, fake({ ok: 1 }, 200))).resolves.toEqual({ ok: 1 });
    expect(calls[0]![0]).toBe("/ipc/bench_document");
    expect(calls[0]![1]!.method).toBe("POST");
    expect(JSON.parse(String(calls[0]![1]!.body))).toEqual({ cards: 5 });
    await expect(bridgeInvoke("execute", {}, fake({ code: "invalid_command", message: "no" }, 400))).rejects.toEqual({
      code: "invalid_command",
      message: "no",
    });
  });
});
