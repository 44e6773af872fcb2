// The benchmark, a guest of the app. main.ts loads this (in a chunk of its own) only when
// the URL asks for it: `?bridge`, a page the benchmark bridge served outside Tauri, gets
// the bridge's HTTP transport; `?n=N`, benchmark mode, gets hooks that open a generated
// document of N cards and expose `window.bench` (start.ts). Product code never imports
// from here: the guest plugs in through the transport (scene/ipc.ts) and the app's hooks
// (app/hooks.ts), and measures by wrapping product methods (phases.ts).

import type { AppHooks } from "../app/hooks";
import { setTransport } from "../scene/ipc";
import { bridgeTransport, overBridge } from "./bridge";
import { benchParams, type BenchParams } from "./params";
import { startBench } from "./start";

/** Install what the URL asks for; the app's hooks in benchmark mode, else none (the product's). */
export function loadGuest(w: Window): AppHooks | undefined {
  if (overBridge(w)) setTransport(bridgeTransport);
  const params = benchParams(w.location.search);
  return params ? benchHooks(params) : undefined;
}

export function benchHooks(params: BenchParams): AppHooks {
  return {
    boot: (editor) => startBench(editor, params),
    // Benchmark runs leave their moved documents behind; the offer would shift the canvas.
    offersRecovery: false,
    // The benchmark's own document would otherwise be fetched and drawn twice.
    followsReplacement: false,
    pinnedPanel: params.panel,
  };
}
