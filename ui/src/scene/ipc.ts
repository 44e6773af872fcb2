// Typed calls into the desktop shell (src-tauri/src/commands.rs). Errors arrive as
// {code, message}. Inside the app they go over Tauri's IPC; a page the benchmark bridge
// (bench-bridge/) served, outside Tauri, sends them to the bridge over HTTP instead.

import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { getCurrentWebviewWindow } from "@tauri-apps/api/webviewWindow";
import type { UnlistenFn } from "@tauri-apps/api/event";
import type {
  AppError,
  Applied,
  Command,
  Diagnostic,
  LaneKindInfo,
  Orphan,
  Patch,
  Prepared,
  RuleCatalogue,
  Status,
  Stepped,
  View,
} from "./types";

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

const BRIDGE = overBridge();
const invoke: <T>(command: string, args?: Record<string, unknown>) => Promise<T> = BRIDGE ? bridgeInvoke : tauriInvoke;

export const shell = {
  view: () => invoke<View>("view"),
  status: () => invoke<Status>("status"),
  newDocument: (cards?: number) => invoke<View>("new_document", { cards }),
  /** Run `command`; `drawn` names the prepared answer to it the UI already drew. */
  execute: (command: Command, drawn?: number) => invoke<Applied>("execute", { command, drawn: drawn ?? null }),
  /** Prepare the answer to a command the UI expects next (a drop), without running it. */
  anticipate: (command: Command) => invoke<Prepared | null>("anticipate", { command }),
  /** What a command would change, without changing anything. */
  preview: (command: Command) => invoke<Patch>("preview", { command }),
  /** A native dialog: `message`, and `action` on the button that goes ahead. */
  confirm: (message: string, action: string) => invoke<boolean>("confirm", { message, action }),
  undo: () => invoke<Stepped>("undo"),
  redo: () => invoke<Stepped>("redo"),
  seal: () => invoke<void>("seal"),
  recovered: () => invoke<Orphan[]>("recovered"),
  restoreRecovered: (id: string) => invoke<string>("restore_recovered", { id }),
  discardRecovered: (id: string) => invoke<void>("discard_recovered", { id }),
  /** Every rule with its grading per profile (src-tauri/src/catalogue.rs). */
  rules: () => invoke<RuleCatalogue>("rules"),
  /** Every lane kind with its default name and colour. */
  laneKinds: () => invoke<LaneKindInfo[]>("lane_kinds"),
};

/** This window's label; the bridge's single page stands for the main window. */
export function windowLabel(): string {
  return BRIDGE ? "main" : getCurrentWebviewWindow().label;
}

/** The shell changed this window's status outside a command (after Save). */
export function onStatus(run: (status: Status) => void): Promise<UnlistenFn> {
  // The bridge has no windows, menus or events.
  if (BRIDGE) return Promise.resolve(() => {});
  return getCurrentWebviewWindow().listen<Status>("status", (e) => run(e.payload));
}

/** Menu actions the shell sends to this window (`edit.undo`, `view.fit`, …). */
export function onMenuAction(run: (action: string) => void): Promise<UnlistenFn> {
  if (BRIDGE) return Promise.resolve(() => {});
  return getCurrentWebviewWindow().listen<{ action: string }>("menu", (e) => run(e.payload.action));
}

/** The shell wrote this window's diagnostics again (in the new language, after View › Language). */
export function onDiagnostics(run: (diagnostics: Diagnostic[]) => void): Promise<UnlistenFn> {
  if (BRIDGE) return Promise.resolve(() => {});
  return getCurrentWebviewWindow().listen<Diagnostic[]>("diagnostics", (e) => run(e.payload));
}

/** The shell replaced this window's document (File › New). */
export function onDocumentReplaced(run: () => void): Promise<UnlistenFn> {
  if (BRIDGE) return Promise.resolve(() => {});
  return getCurrentWebviewWindow().listen("document-replaced", () => run());
}

export function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

export function errorMessage(e: unknown): string {
  return isAppError(e) ? e.message : String(e);
}
