// File › Export › PNG… / PDF… and File › Print…: each opens the export dialog
// (panels/ExportDialog.svelte) for its target; the shell draws and writes the file.
// The keys are the menu's accelerators, so they also work where the menu cannot take them.

import type { Action } from "./registry";
import type { Target } from "../scene/types";

export function exportActions(host: { exporting: Target | null }): Action[] {
  const open = (target: Target) => () => void (host.exporting = target);
  return [
    {
      id: "file.export_png",
      label: () => "Export PNG…",
      keys: ["Mod+E"],
      enabled: () => true,
      run: open("png"),
    },
    {
      id: "file.export_pdf",
      label: () => "Export PDF…",
      keys: ["Shift+Mod+E"],
      enabled: () => true,
      run: open("pdf"),
    },
    {
      id: "file.print",
      label: () => "Print…",
      keys: ["Mod+P"],
      enabled: () => true,
      run: open("print"),
    },
  ];
}
