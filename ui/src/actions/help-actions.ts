// Help › Getting Started and Help › Keyboard Shortcuts: each opens its page in the window
// (panels/HelpDialog.svelte). The keys are the ones help has elsewhere: F1, and Mod+/ as
// in most editors that list their shortcuts.

import type { Action } from "./registry";

export type HelpPage = "getting_started" | "shortcuts";

export function helpActions(host: { help: HelpPage | null }): Action[] {
  const open = (page: HelpPage) => () => void (host.help = page);
  return [
    {
      id: "help.getting_started",
      label: () => "Getting Started",
      keys: ["F1"],
      inTextFields: true,
      enabled: () => true,
      run: open("getting_started"),
    },
    {
      id: "help.shortcuts",
      label: () => "Keyboard Shortcuts",
      keys: ["Mod+/"],
      inTextFields: true,
      enabled: () => true,
      run: open("shortcuts"),
    },
  ];
}
