import { afterEach, describe, expect, it } from "vitest";
import { invoke, setTransport, toAppError, type Transport } from "./ipc";

const failing = (reason: unknown): Transport => ({
  invoke: () => Promise.reject(reason),
  listen: () => Promise.resolve(() => {}),
  windowLabel: () => "main",
});

afterEach(() => setTransport(failing("no transport")));

describe("a failed call", () => {
  it("rejects with the core's {code, message} as it is", async () => {
    setTransport(failing({ code: "unknown_element", message: 'there is no card "c9"' }));
    await expect(invoke("execute")).rejects.toEqual({ code: "unknown_element", message: 'there is no card "c9"' });
  });

  it("rejects with one shape whatever refused it", async () => {
    // What Tauri answers for an argument of the wrong shape or a command not granted.
    setTransport(failing("invalid args `command` for command `execute`: missing field `type`"));
    await expect(invoke("execute")).rejects.toEqual({
      code: "ipc",
      message: "invalid args `command` for command `execute`: missing field `type`",
    });
    setTransport(failing(new TypeError("Failed to fetch")));
    await expect(invoke("view")).rejects.toEqual({ code: "ipc", message: "Failed to fetch" });
  });

  it("turns anything else into readable text", () => {
    expect(toAppError({ reason: "odd" })).toEqual({ code: "ipc", message: '{"reason":"odd"}' });
    expect(toAppError(undefined)).toEqual({ code: "ipc", message: "undefined" });
    expect(toAppError({ code: 7, message: null })).toEqual({ code: "7", message: "null" });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(toAppError(cyclic).message).toBe("[object Object]");
  });
});
