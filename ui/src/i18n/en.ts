// English: the reference dictionary. Its keys are the key set every other language must
// fill (zh-CN.ts is typed against them). Add a string: a key here, the same key in
// zh-CN.ts, then `t("the.key")` in the UI. `{name}` is filled from t's params.
// Keys `action.<id>` (and `action.<id>.<variant>` for labels that change with the
// state) translate the action registry's English labels: see actionLabel in ./index.

export const en = {
  // Toolbar
  "toolbar.edited": "Edited",
  "toolbar.edited_title": "Unsaved changes",
  "toolbar.history": "History",
  "toolbar.selection": "Selection",
  "toolbar.zoom": "Zoom",
  "toolbar.structure": "Structure",
  "toolbar.add_lane_title": "Add a lane below the selected one",
  "toolbar.add_stage_title": "Add a stage after the selected one",

  // Actions (menus, toolbar and keys run them by id)
  "action.edit.undo": "Undo",
  "action.edit.undo_named": "Undo {edit}",
  "action.edit.redo": "Redo",
  "action.edit.redo_named": "Redo {edit}",
  "action.edit.delete": "Delete",
  "action.view.zoom_in": "Zoom In",
  "action.view.zoom_out": "Zoom Out",
  "action.view.fit": "Fit",
  "action.view.actual_size": "Actual Size",
  "action.view.minimap.show": "Show Minimap",
  "action.view.minimap.hide": "Hide Minimap",
  "action.edit.escape": "Cancel",
  "action.edit.select_all": "Select All",
  "action.edit.duplicate": "Duplicate",
  "action.edit.copy": "Copy",
  "action.edit.cut": "Cut",
  "action.edit.paste": "Paste",
  "action.cards.new": "New Card",
  "action.cards.edit_text": "Edit Card Text",
  "action.cards.move_left": "Move Card Left",
  "action.cards.move_right": "Move Card Right",
  "action.cards.move_up": "Move Card Up",
  "action.cards.move_down": "Move Card Down",
  "action.cards.next": "Next Card",
  "action.cards.previous": "Previous Card",
  "action.lane.add": "Add Lane",
  "action.stage.add": "Add Stage",
  "action.structure.rename.lane": "Rename Lane",
  "action.structure.rename.stage": "Rename Stage",
  "action.lane.move_up": "Move Lane Up",
  "action.lane.move_down": "Move Lane Down",
  "action.stage.move_left": "Move Stage Left",
  "action.stage.move_right": "Move Stage Right",
  "action.connector.toggle_direction.two_way": "Make Two-Way",
  "action.connector.toggle_direction.one_way": "Make One-Way",
  "action.connector.reverse": "Reverse Connector",
  "action.connector.edit_label": "Edit Connector Label",
  "action.lane.toggle_collapsed.expand": "Expand Lane",
  "action.lane.toggle_collapsed.collapse": "Collapse Lane",

  // Zoom control and minimap in the canvas corner
  "zoom.with_shortcut": "{label} ({shortcut})",
  "minimap.title": "Overview: click or drag to scroll",

  // Side panels
  "sidebar.panels": "Panels",
  "sidebar.problems": "Problems",
  "sidebar.inspector": "Inspector",
  "sidebar.rules": "Rules",

  // Problems panel
  "problems.heading": "Problems",
  "problems.errors": "Errors",
  "problems.warnings": "Warnings",
  "problems.info": "Info",
  "problems.none": "No problems.",
  "problems.more": "Show {count} more of {left}",

  // Recovery bar
  "recovery.heading": "Unsaved work from a previous session was found.",
  "recovery.restore": "Restore",
  "recovery.restore_named": "Restore {name}",
  "recovery.discard": "Discard",
  "recovery.discard_named": "Discard {name}",

  // Text fields over the canvas (accessible names)
  "edit_field.new_card": "New card text",
  "edit_field.card": "Card text",
  "edit_field.lane_name": "Lane name",
  "edit_field.stage_name": "Stage name",
  "edit_field.connector_label": "Connector label",

  // Canvas
  "canvas.label": "Service blueprint",

  // Inspector: the selection, and the blueprint's lines
  "inspector.multi_count": "— 1 of {count} selected",
  "inspector.multi_note": "Changes here apply to this one only, not to the other {others} selected.",
  "line.interaction": "Line of interaction",
  "line.visibility": "Line of visibility",
  "line.internal_interaction": "Line of internal interaction",
  "line.order_penetration": "Line of order penetration",
  "line.implementation": "Line of implementation",
  "inspector.line.position": "Position",
  "inspector.line.top": "At the top",
  "inspector.line.above": "Above {lane}",
  "inspector.line.below": "Below {lane}",
  "inspector.line.between": "Between {above} and {below}",
  "inspector.line.unnamed_lane": "(unnamed lane)",
  "inspector.line.not_placed": "Not on the blueprint",
  "inspector.line.remove": "Remove Line",
  "inspector.lines": "Lines",
  "inspector.lines.hint": "Where each line runs. Choose a position to add a line that is not on the blueprint.",

};

export type Key = keyof typeof en;
