// Editor actions on the selected connectors: one-way ⇄ two-way, reverse, edit the label.
// Registered in the action registry, so the toolbar, the inspector, keys and the native
// menus all run the same thing. Deleting connectors is `edit.delete`.

import type { Action } from "./registry";
import type { Applied, Command, Connector, Direction, ElementRef } from "../scene/types";
import type { Mirror } from "../scene/mirror";
import type { GestureHost } from "../canvas/gestures/host";
import { editConnectorLabel } from "../canvas/gestures/connector-label";

/** What these actions use of the editor. */
export interface ConnectorHost {
  readonly selected: ElementRef[];
  readonly mirror: Mirror | null;
  readonly canvas: GestureHost | null;
  edit(command: Command): Promise<Applied | null>;
}

/** The connectors the selection names, as the document has them. */
function selectedConnectors(editor: ConnectorHost): Connector[] {
  const m = editor.mirror;
  if (!m) return [];
  return editor.selected.flatMap((e) => {
    const c = e.kind === "connector" ? m.connectors.get(e.id) : undefined;
    return c ? [c] : [];
  });
}

const directionOf = (c: Connector): Direction => c.direction ?? "one_way";

/** Several commands as one undo step; one command as itself. */
async function run(editor: ConnectorHost, label: string, commands: Command[]): Promise<void> {
  if (commands.length === 1) await editor.edit(commands[0]!);
  else if (commands.length > 1) await editor.edit({ type: "batch", label, commands });
}

/** The direction the toggle sets: one-way unless every selected connector is two-way already. */
function toggled(cs: Connector[]): Direction {
  return cs.length > 0 && cs.every((c) => directionOf(c) === "two_way") ? "one_way" : "two_way";
}

export function connectorActions(editor: ConnectorHost): Action[] {
  return [
    {
      id: "connector.toggle_direction",
      label: () => (toggled(selectedConnectors(editor)) === "two_way" ? "Make Two-Way" : "Make One-Way"),
      enabled: () => selectedConnectors(editor).length > 0,
      run: () => {
        const cs = selectedConnectors(editor);
        const direction = toggled(cs);
        const commands: Command[] = cs
          .filter((c) => directionOf(c) !== direction)
          .map((c) => ({ type: "update_connector", connector: c.id, direction }));
        return run(editor, "Change Direction", commands);
      },
    },
    {
      id: "connector.reverse",
      label: () => "Reverse Connector",
      enabled: () => selectedConnectors(editor).some((c) => directionOf(c) === "one_way"),
      run: () => {
        const commands: Command[] = selectedConnectors(editor)
          .filter((c) => directionOf(c) === "one_way")
          .map((c) => ({ type: "update_connector", connector: c.id, from: c.to, to: c.from }));
        return run(editor, "Reverse Connectors", commands);
      },
    },
    {
      id: "connector.edit_label",
      label: () => "Edit Connector Label",
      enabled: () => selectedConnectors(editor).length === 1 && !!editor.canvas,
      run: () => {
        const [c] = selectedConnectors(editor);
        if (c && editor.canvas) editConnectorLabel(editor.canvas, c.id);
      },
    },
  ];
}
