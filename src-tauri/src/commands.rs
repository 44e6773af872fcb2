//! The commands the UI invokes: a line or two each over the core's view protocol
//! (`frontstage::view::Session`), on the calling window's session. Those that change the
//! document bring the window title and Edit menu up to date after.

use crate::exports::{ExportChoices, Outcome, Target};
use crate::recovery::{Orphan, Recovery};
use crate::sessions::Sessions;
use crate::{export_flows, flows, windows, AppError};
use frontstage::edit::Patch;
use frontstage::view::{
    lane_kind_catalogue, parse_command, rule_catalogue, Applied, Figure, FigureCards, LaneKindInfo, Measures, Prepared,
    RuleCatalogue, Session, Status, Stepped,
};
use tauri::ipc::InvokeResponseBody;
use tauri::{AppHandle, Manager, State, WebviewWindow};

#[tauri::command]
pub fn view(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<InvokeResponseBody, AppError> {
    sessions.view(window.label())
}

#[tauri::command]
pub fn status(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<Status, AppError> {
    sessions.status(window.label())
}

/// What a command would change, without changing anything (no undo step, nothing
/// redrawn): the UI names what a delete takes with it before asking to go ahead.
#[tauri::command]
pub fn preview(
    window: WebviewWindow,
    sessions: State<'_, Sessions>,
    command: serde_json::Value,
) -> Result<Patch, AppError> {
    let command = parse_command(command)?;
    sessions.with(window.label(), |s| s.preview(&command))?
}

/// Ask the user to go ahead with a destructive edit: a native dialog with the UI's
/// wording, `action` on the confirming button. Async, so the dialog waits off the main
/// thread that shows it.
#[tauri::command]
pub async fn confirm(window: WebviewWindow, message: String, action: String) -> Result<bool, AppError> {
    windows::confirm(&window, message, action).await
}

/// Execute one command (JSON, tagged by `type`) as one undo step. `drawn` names the
/// prepared answer (`anticipate`) the UI drew for it before sending it.
#[tauri::command]
pub fn execute(
    window: WebviewWindow,
    sessions: State<'_, Sessions>,
    command: serde_json::Value,
    drawn: Option<u64>,
) -> Result<Applied, AppError> {
    let command = parse_command(command)?;
    windows::edited(&window, sessions.with(window.label(), |s| s.execute(&command, drawn))?)
}

/// Prepare the answer to `command`, a drop the UI expects, without running it, and send
/// it (with the Measures panel's figures when `measures`, the panel shows): the UI may
/// draw it at the drop. Off the main thread: the drag goes on meanwhile.
#[tauri::command]
pub async fn anticipate(
    window: WebviewWindow,
    command: serde_json::Value,
    measures: Option<bool>,
) -> Result<Option<Prepared>, AppError> {
    let (app, label) = (window.app_handle().clone(), window.label().to_owned());
    Sessions::prepare_aside(app, label, parse_command(command)?, measures.unwrap_or(false)).await
}

#[tauri::command]
pub fn undo(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<Stepped, AppError> {
    windows::edited(&window, Ok(sessions.with(window.label(), Session::undo)?))
}

#[tauri::command]
pub fn redo(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<Stepped, AppError> {
    windows::edited(&window, Ok(sessions.with(window.label(), Session::redo)?))
}

/// The Measures panel's figures; the UI asks after each change while the panel shows.
#[tauri::command]
pub fn measures(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<Measures, AppError> {
    sessions.with(window.label(), Session::measures)
}

/// The cards and connectors behind one of the panel's figures, for the UI to select.
#[tauri::command]
pub fn figure_cards(
    window: WebviewWindow,
    sessions: State<'_, Sessions>,
    figure: Figure,
) -> Result<FigureCards, AppError> {
    sessions.with(window.label(), |s| s.figure_cards(&figure))?
}

/// End a typing run (the user left a text field): the next edit is a new undo step.
#[tauri::command]
pub fn seal(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<(), AppError> {
    sessions.with(window.label(), Session::seal)
}

/// Work left by an earlier run that crashed or was killed.
#[tauri::command]
pub fn recovered(recovery: State<'_, Recovery>) -> Vec<Orphan> {
    recovery.orphans()
}

/// Open recovered work as an unsaved document (Save asks where to put it). Async so
/// that opening a window does not run on the main thread it needs.
#[tauri::command]
pub async fn restore_recovered(app: AppHandle, id: String) -> Result<String, AppError> {
    flows::restore(&app, &id)
}

#[tauri::command]
pub fn discard_recovered(recovery: State<'_, Recovery>, id: String) -> Result<(), AppError> {
    recovery.discard(&id)
}

/// Every rule with its grading per profile, for the rules panel.
#[tauri::command]
pub fn rules() -> RuleCatalogue {
    rule_catalogue()
}

/// Every lane kind with its default name and colour.
#[tauri::command]
pub fn lane_kinds() -> Vec<LaneKindInfo> {
    lane_kind_catalogue()
}

/// The choices the export dialog opens with: the document's last ones.
#[tauri::command]
pub fn export_choices(window: WebviewWindow) -> Result<ExportChoices, AppError> {
    export_flows::choices(&window)
}

/// The pixels or pages the dialog's choices would make, or why they make nothing.
#[tauri::command]
pub fn export_outcome(window: WebviewWindow, target: Target, choices: ExportChoices) -> Result<Outcome, AppError> {
    export_flows::outcome(&window, target, choices)
}

/// Export (asking where) or print; the file written, `None` when the user cancelled.
#[tauri::command]
pub async fn export_file(
    window: WebviewWindow,
    target: Target,
    choices: ExportChoices,
) -> Result<Option<String>, AppError> {
    export_flows::export(window, target, choices).await
}
