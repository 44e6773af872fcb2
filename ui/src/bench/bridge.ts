// The benchmark bridge (bench-bridge/) serves the UI to any browser and answers the
// commands over HTTP: `POST /ipc/<command>`, JSON in and out, an AppError as JSON with a
// non-2xx status. It has no windows, menus or events. Used only outside Tauri, on a page
// opened with `?bridge` (the URL the bridge prints).

import type { Transport } from "../scene/ipc";

/** True when the page runs outside Tauri and was opened by the benchmark bridge. */
export function overBridge(w: { __TAURI_INTERNALS__?: unknown; location: { search: string } } = window): boolean {
  return w.__TAURI_INTERNALS__ === undefined && new URLSearchParams(w.location.search).has("bridge");
}

/** One command to the bridge: `POST /ipc/<command>`, a JSON answer or a JSON AppError. */
export async function bridgeInvoke<T>(
  command: string,
  args: Record<string, unknown> = {},
  fetcher: typeof fetch = fetch,
): Promise<T> {
  const res = await fetcher(`/ipc/${command}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(args),
  });
  const body: unknown = await res.json();
  if (!res.ok) throw body;
  return body as T;
}

export const bridgeTransport: Transport = {
  invoke: (command, args) => bridgeInvoke(command, args),
  // Nothing to listen to.
  listen: () => Promise.resolve(() => {}),
  // The bridge's single page stands for the main window.
  windowLabel: () => "main",
};
