// Typed calls into the desktop shell (src-tauri/src/commands.rs) and the events it sends
// this window. Errors arrive as {code, message}. They go over Tauri's IPC; a guest page
// outside Tauri (the benchmark's bridge) installs a transport of its own.

import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { getCurrentWebviewWindow } from "@tauri-apps/api/webviewWindow";
import type { UnlistenFn } from "@tauri-apps/api/event";
import type {
  AppError,
  Applied,
  Command,
  Diagnostic,
  ExportChoices,
  Figure,
  FigureCards,
  LaneKindInfo,
  Measures,
  Orphan,
  Outcome,
  Patch,
  Prepared,
  RuleCatalogue,
  Status,
  Stepped,
  Target,
  View,
} from "./types";

/** How commands reach the shell and its events reach this window. */
export interface Transport {
  invoke<T>(command: string, args?: Record<string, unknown>): Promise<T>;
  /** Listen to `event` sent to this window; resolves to the function that stops listening. */
  listen<T>(event: string, run: (payload: T) => void): Promise<UnlistenFn>;
  /** This window's label (`main` for the first window). */
  windowLabel(): string;
}

const tauri: Transport = {
  invoke: (command, args) => tauriInvoke(command, args),
  listen: <T>(event: string, run: (payload: T) => void) =>
    getCurrentWebviewWindow().listen<T>(event, (e) => run(e.payload)),
  windowLabel: () => getCurrentWebviewWindow().label,
};

let transport: Transport = tauri;

/** Use `t` from now on instead of Tauri's IPC (before the app is mounted). */
export function setTransport(t: Transport): void {
  transport = t;
}

/**
 * Any command by name; the app's own calls go through `shell` below. A failure rejects
 * with an AppError whatever refused the call: the core and the shell send
 * `{code, message}`, but Tauri itself answers some refusals with a plain string (an
 * argument of the wrong shape, a command the capability does not grant, a value nested
 * too deep), and a transport can fail with an Error.
 */
export function invoke<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  return transport.invoke<T>(command, args).catch((e: unknown) => {
    throw toAppError(e);
  });
}

/** `e` as an AppError: kept when it is one, else code `ipc` and its text. */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return { code: String(e.code), message: String(e.message) };
  if (e instanceof Error) return { code: "ipc", message: e.message || e.name };
  if (typeof e === "string") return { code: "ipc", message: e };
  let text: string;
  try {
    text = JSON.stringify(e) ?? String(e);
  } catch {
    text = String(e);
  }
  return { code: "ipc", message: text };
}

export const shell = {
  view: () => invoke<View>("view"),
  status: () => invoke<Status>("status"),
  /** Run `command`; `drawn` names the prepared answer to it the UI already drew. */
  execute: (command: Command, drawn?: number) => invoke<Applied>("execute", { command, drawn: drawn ?? null }),
  /** Prepare the answer to a command the UI expects next (a drop), without running it. */
  /** `measures`: with the Measures panel's figures after the drop (the panel shows). */
  anticipate: (command: Command, measures: boolean) => invoke<Prepared | null>("anticipate", { command, measures }),
  /** What a command would change, without changing anything. */
  preview: (command: Command) => invoke<Patch>("preview", { command }),
  /** A native dialog: `message`, and `action` on the button that goes ahead. */
  confirm: (message: string, action: string) => invoke<boolean>("confirm", { message, action }),
  undo: () => invoke<Stepped>("undo"),
  redo: () => invoke<Stepped>("redo"),
  seal: () => invoke<void>("seal"),
  /** The Measures panel's figures for the document as it is now. */
  measures: () => invoke<Measures>("measures"),
  /** The cards and connectors behind one of those figures. */
  figureCards: (figure: Figure) => invoke<FigureCards>("figure_cards", { figure }),
  recovered: () => invoke<Orphan[]>("recovered"),
  restoreRecovered: (id: string) => invoke<string>("restore_recovered", { id }),
  discardRecovered: (id: string) => invoke<void>("discard_recovered", { id }),
  /** Every rule with its grading per profile (src-tauri/src/catalogue.rs). */
  rules: () => invoke<RuleCatalogue>("rules"),
  /** Every lane kind with its default name and colour. */
  laneKinds: () => invoke<LaneKindInfo[]>("lane_kinds"),
  /** The export dialog's choices for this document: the last ones made. */
  exportChoices: () => invoke<ExportChoices>("export_choices"),
  /** The pixels or pages `choices` would make for `target`, or why nothing. */
  exportOutcome: (target: Target, choices: ExportChoices) => invoke<Outcome>("export_outcome", { target, choices }),
  /** Export (the shell asks where) or print: the file written, null when the user cancelled. */
  exportFile: (target: Target, choices: ExportChoices) => invoke<string | null>("export_file", { target, choices }),
};

/** This window's label. */
export function windowLabel(): string {
  return transport.windowLabel();
}

/** The shell changed this window's status outside a command (after Save). */
export function onStatus(run: (status: Status) => void): Promise<UnlistenFn> {
  return transport.listen<Status>("status", run);
}

/** Menu actions the shell sends to this window (`edit.undo`, `view.fit`, …). */
export function onMenuAction(run: (action: string) => void): Promise<UnlistenFn> {
  return transport.listen<{ action: string }>("menu", (p) => run(p.action));
}

/** The shell wrote this window's diagnostics again (in the new language, after View › Language). */
export function onDiagnostics(run: (diagnostics: Diagnostic[]) => void): Promise<UnlistenFn> {
  return transport.listen<Diagnostic[]>("diagnostics", run);
}

/** The shell replaced this window's document (File › New). */
export function onDocumentReplaced(run: () => void): Promise<UnlistenFn> {
  return transport.listen("document-replaced", () => run());
}

export function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

export function errorMessage(e: unknown): string {
  return isAppError(e) ? e.message : String(e);
}
