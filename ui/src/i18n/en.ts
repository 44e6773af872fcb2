// English: the reference dictionary. Its keys are the key set every other language must
// fill (zh-CN.ts is typed against them). Add a string: a key here, the same key in
// zh-CN.ts, then `t("the.key")` in the UI. `{name}` is filled from t's params.
// Keys `action.<id>` label the editor's actions (see actionLabel in ./index).

export const en = {
  // Toolbar
  "toolbar.edited": "Edited",
  "toolbar.edited_title": "Unsaved changes",
  "toolbar.history": "History",
  "toolbar.selection": "Selection",
  "toolbar.zoom": "Zoom",

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

  // Problems panel
  "problems.heading": "Problems",
  "problems.errors": "Errors",
  "problems.warnings": "Warnings",
  "problems.info": "Info",
  "problems.none": "No problems.",

  // Recovery bar
  "recovery.heading": "Unsaved work from a previous session was found.",
  "recovery.restore": "Restore",
  "recovery.restore_named": "Restore {name}",
  "recovery.discard": "Discard",
  "recovery.discard_named": "Discard {name}",

  // Canvas
  "canvas.label": "Service blueprint",
};

export type Key = keyof typeof en;
