//! The commands the UI invokes: one line each over the core. Each acts on the calling
//! window's session and keeps the window title and Edit menu in step.

use crate::anticipation::{anticipate_in, Prepared};
use crate::delta::SceneDelta;
use crate::diag_delta::DiagnosticsDelta;
use crate::error::AppError;
use crate::flows;
use crate::recovery::{Orphan, Recovery};
use crate::session::{Sent, Session, Sessions, Status};
use crate::shell;
use frontstage::edit::{Command, Patch};
use frontstage::layout::{layout_reusing, Scene};
use frontstage::model::{Blueprint, ElementRef, Language};
use frontstage::rules::Diagnostic;
use serde::Serialize;
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
use ts_rs::TS;

/// Largest synthetic document the UI may ask for (benchmark mode).
pub const MAX_SYNTHETIC_CARDS: usize = 20_000;

/// Everything a window needs to draw its document from scratch.
#[derive(Debug, Serialize, TS)]
pub struct View {
    pub doc: Blueprint,
    pub scene: Scene,
    pub diagnostics: Vec<Diagnostic>,
    pub status: Status,
}

/// What an executed command changed, and what to redraw. The Scene is laid out whole
/// (0.5 ms at 1,000 cards; docs/desktop.md, "Edits and redraws"), so the canvas stays
/// equal to the SVG export, but only its difference from the last one sent crosses IPC.
#[derive(Debug, Serialize, TS)]
pub struct Applied {
    pub patch: Patch,
    /// Elements the command created, for the UI to select.
    pub created: Vec<ElementRef>,
    pub delta: SceneDelta,
    /// The diagnostics against the last ones sent, only when they changed.
    pub diagnostics: Option<DiagnosticsDelta>,
    /// The UI already drew this command's answer, prepared before it ran (`Prepared`):
    /// `delta` and `diagnostics` are empty. False otherwise; a UI that drew a prepared
    /// answer and gets false does not hold what the core holds: it asks for the whole view.
    pub drawn: bool,
    pub status: Status,
}

/// What undo or redo changed (`patch` is `None` when there was nothing to do).
#[derive(Debug, Serialize, TS)]
pub struct Stepped {
    pub patch: Option<Patch>,
    pub delta: SceneDelta,
    /// The diagnostics against the last ones sent, only when they changed.
    pub diagnostics: Option<DiagnosticsDelta>,
    pub status: Status,
}

/// The whole view; what the UI now holds is the base of the next delta.
pub fn view_of(s: &mut Session) -> View {
    s.anticipation = None;
    let scene = layout_reusing(s.editor.doc(), s.sent.as_ref().map(|p| &p.scene));
    let diagnostics = s.diagnostics();
    s.sent = Some(Sent { scene: scene.clone(), diagnostics: diagnostics.clone() });
    View { doc: s.editor.doc().clone(), scene, diagnostics, status: s.status() }
}

/// Lay out the document and diff it against what the UI last received, which it then holds.
pub fn changes(s: &mut Session) -> (SceneDelta, Option<DiagnosticsDelta>) {
    // Prepared against the Scene replaced here.
    s.anticipation = None;
    let scene = layout_reusing(s.editor.doc(), s.sent.as_ref().map(|p| &p.scene));
    let delta = SceneDelta::between(s.sent.as_ref().map(|p| &p.scene), &scene);
    let diagnostics = s.diagnostics();
    let change = diagnostics_change(s.sent.as_ref(), &diagnostics);
    s.sent = Some(Sent { scene, diagnostics });
    (delta, change)
}

/// The diagnostics `now` against those the UI last received (`None`: the same).
pub fn diagnostics_change(sent: Option<&Sent>, now: &[Diagnostic]) -> Option<DiagnosticsDelta> {
    match sent {
        Some(p) if p.diagnostics == now => None,
        Some(p) => Some(DiagnosticsDelta::between(&p.diagnostics, now)),
        None => Some(DiagnosticsDelta::between(&[], now)),
    }
}

#[tauri::command]
pub fn view(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<View, AppError> {
    sessions.with(window.label(), view_of)
}

#[tauri::command]
pub fn status(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<Status, AppError> {
    sessions.with(window.label(), |s| s.status())
}

/// Replace the window's document with a new, unsaved one.
#[tauri::command]
pub fn new_document(
    window: WebviewWindow,
    sessions: State<'_, Sessions>,
    cards: Option<usize>,
) -> Result<View, AppError> {
    let doc = new_blueprint(cards, sessions.language())?;
    // Like File › New: the window's UI is told to reload, whoever asked.
    shell::replace_session(&window, Session::untitled(doc));
    sessions.with(window.label(), view_of)
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
    sessions.with(window.label(), |s| preview_in(s, &command))?
}

/// The core of `preview`: the session's editor runs the command and takes it back.
pub fn preview_in(s: &mut Session, command: &Command) -> Result<Patch, AppError> {
    Ok(s.editor.preview(command)?)
}

/// Ask the user to go ahead with a destructive edit: a native dialog with the UI's
/// wording, `action` on the confirming button. Async, so the dialog waits off the main
/// thread that shows it.
#[tauri::command]
pub async fn confirm(window: WebviewWindow, message: String, action: String) -> Result<bool, AppError> {
    let dialog = window
        .dialog()
        .message(message)
        .title(action.clone())
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            action,
            crate::words::get(crate::menu::locale(window.app_handle()), crate::words::CANCEL).into(),
        ))
        .parent(&window);
    tauri::async_runtime::spawn_blocking(move || dialog.blocking_show())
        .await
        .map_err(|e| AppError::new("dialog", e.to_string()))
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
    let applied = sessions.with(window.label(), |s| apply(s, &command, drawn))??;
    shell::refresh(&window, &sessions);
    Ok(applied)
}

/// Prepare the answer to `command`, a drop the UI expects, without running it (see
/// `anticipation`), and send it: the UI may draw it at the drop. Off the main thread: the
/// drag goes on while it is prepared.
#[tauri::command]
pub async fn anticipate(window: WebviewWindow, command: serde_json::Value) -> Result<Option<Prepared>, AppError> {
    let command = parse_command(command)?;
    let app = window.app_handle().clone();
    let label = window.label().to_owned();
    tauri::async_runtime::spawn_blocking(move || {
        app.state::<Sessions>().with(&label, |s| anticipate_in(s, &command))?
    })
    .await
    .map_err(|e| AppError::new("internal", format!("the anticipation stopped: {e}")))?
}

/// Execute `command` on the session and answer with what the UI must redraw. `drawn` is
/// the token of the prepared answer the UI drew; when that is this command's, nothing is
/// sent to redraw.
pub fn apply(s: &mut Session, command: &Command, drawn: Option<u64>) -> Result<Applied, AppError> {
    let (prepared, stale) = match s.anticipation.take() {
        Some(a) if a.is_for(command, s.revision) => (Some(a), None),
        other => (None, other),
    };
    let o = s.execute(command)?;
    let (delta, diagnostics, drawn) = match prepared {
        Some(a) => {
            debug_assert!(
                a.scene == frontstage::layout::layout(s.editor.doc()),
                "an anticipated Scene that is not the document's"
            );
            debug_assert!(a.diagnostics == s.diagnostics(), "anticipated diagnostics that are not the document's");
            let drawn = drawn == Some(a.token);
            let (delta, diagnostics) = if drawn {
                (SceneDelta::unchanged(), None)
            } else {
                let change = diagnostics_change(s.sent.as_ref(), &a.diagnostics);
                (a.delta, change)
            };
            let before = s.sent.replace(Sent { scene: a.scene, diagnostics: a.diagnostics });
            s.retired.push(Box::new(before));
            (delta, diagnostics, drawn)
        }
        None => {
            let (delta, diagnostics) = changes(s);
            (delta, diagnostics, false)
        }
    };
    // A preparation for another place: also freed by the next one.
    if let Some(stale) = stale {
        s.retired.push(Box::new(stale));
    }
    Ok(Applied { patch: o.patch, created: o.created, delta, diagnostics, drawn, status: s.status() })
}

/// Undo (or redo) one step and answer with what the UI must redraw.
pub fn step(s: &mut Session, redo: bool) -> Stepped {
    let patch = if redo { s.redo() } else { s.undo() };
    let (delta, diagnostics) = changes(s);
    Stepped { patch, delta, diagnostics, status: s.status() }
}

#[tauri::command]
pub fn undo(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<Stepped, AppError> {
    let stepped = sessions.with(window.label(), |s| step(s, false))?;
    shell::refresh(&window, &sessions);
    Ok(stepped)
}

#[tauri::command]
pub fn redo(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<Stepped, AppError> {
    let stepped = sessions.with(window.label(), |s| step(s, true))?;
    shell::refresh(&window, &sessions);
    Ok(stepped)
}

/// End a typing run (the user left a text field): the next edit is a new undo step.
#[tauri::command]
pub fn seal(window: WebviewWindow, sessions: State<'_, Sessions>) -> Result<(), AppError> {
    sessions.with(window.label(), |s| s.editor.seal())
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
    let (doc, orphan) = app.state::<Recovery>().take(&id)?;
    flows::place(
        &app,
        Session::restored(
            doc,
            crate::words::fill(crate::menu::locale(&app), crate::words::RECOVERED, &[("name", &orphan.name)]),
        ),
    )
}

#[tauri::command]
pub fn discard_recovered(recovery: State<'_, Recovery>, id: String) -> Result<(), AppError> {
    recovery.discard(&id)
}

/// A new document: the default template (five lanes, three lines, four empty stages)
/// with its fixed words in `lang` (the UI's language, `Sessions::language`), or, when
/// `cards` is given, a generated one of that size (the benchmark mode).
pub fn new_blueprint(cards: Option<usize>, lang: Language) -> Result<Blueprint, AppError> {
    let Some(n) = cards else {
        return frontstage::templates::load_in(frontstage::templates::DEFAULT, lang)
            .map_err(|e| AppError::new("template", e.to_string()));
    };
    if n > MAX_SYNTHETIC_CARDS {
        return Err(AppError::new(
            "invalid_argument",
            format!("{n} cards is more than the {MAX_SYNTHETIC_CARDS} a generated document may have"),
        ));
    }
    Ok(frontstage::generate::synthetic(n))
}

/// Commands come from the UI as JSON; a malformed one is refused with the reason.
pub fn parse_command(value: serde_json::Value) -> Result<Command, AppError> {
    serde_json::from_value(value).map_err(|e| AppError::new("invalid_command", format!("not a valid command: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::edit::Change;
    use serde_json::json;

    #[test]
    fn parses_a_tagged_command() {
        let cmd = parse_command(json!({"type": "rename_stage", "stage": "s1", "name": "Arrive"})).unwrap();
        assert_eq!(cmd, Command::RenameStage { stage: "s1".into(), name: "Arrive".into() });
    }

    #[test]
    fn refuses_a_malformed_command_with_a_code() {
        let err = parse_command(json!({"type": "teleport_card"})).unwrap_err();
        assert_eq!(err.code, "invalid_command");
        assert!(err.message.contains("teleport_card"), "{}", err.message);
        let err = parse_command(json!({"type": "rename_stage", "stage": "s1"})).unwrap_err();
        assert!(err.message.contains("name"), "{}", err.message);
    }

    #[test]
    fn preview_tells_what_a_delete_takes_and_changes_nothing() {
        let mut s = Session::untitled(frontstage::generate::synthetic(40));
        let doc = s.editor.doc().clone();
        let lane = doc.lanes[1].id.clone();
        let cards: Vec<_> = doc.cards.values().filter(|c| c.lane == lane).map(|c| c.id.clone()).collect();
        let arrows = doc.connectors.values().filter(|a| cards.contains(&a.from) || cards.contains(&a.to)).count();
        assert!(!cards.is_empty() && arrows > 0, "the test needs a lane with cards and arrows");
        let patch = preview_in(&mut s, &Command::DeleteLane { lane: lane.clone() }).unwrap();
        let gone_cards = patch.changes.iter().filter(|c| matches!(c, Change::Card { after: None, .. })).count();
        let gone_arrows = patch.changes.iter().filter(|c| matches!(c, Change::Connector { after: None, .. })).count();
        assert_eq!((gone_cards, gone_arrows), (cards.len(), arrows));
        assert!(patch
            .changes
            .iter()
            .any(|c| matches!(c, Change::Lanes { after, .. } if after.len() == doc.lanes.len() - 1)));
        // Nothing happened: same document, nothing to undo, still clean.
        assert_eq!(s.editor.doc(), &doc);
        assert!(!s.editor.can_undo());
        assert!(!s.editor.is_dirty());
        let err = preview_in(&mut s, &Command::DeleteLane { lane: "nope".into() }).unwrap_err();
        assert!(err.message.contains("nope"), "{}", err.message);
    }

    #[test]
    fn new_documents_are_consistent_and_bounded() {
        // A designer's new blueprint: the canonical lanes and lines, nothing filled in.
        let doc = new_blueprint(None, Language::English).unwrap();
        assert_eq!(doc.cards.len(), 0);
        assert_eq!(doc.lanes.len(), 5);
        assert_eq!(doc.lines.len(), 3);
        assert_eq!(doc.title, "Untitled blueprint");
        assert_eq!(doc.language, Language::English);
        assert_eq!(doc.inconsistencies(), vec![]);
        assert_eq!(new_blueprint(Some(40), Language::English).unwrap().cards.len(), 40);
        assert_eq!(
            new_blueprint(Some(MAX_SYNTHETIC_CARDS + 1), Language::English).unwrap_err().code,
            "invalid_argument"
        );
    }

    #[test]
    fn new_documents_start_in_the_ui_language() {
        let doc = new_blueprint(None, Language::SimplifiedChinese).unwrap();
        assert_eq!(doc.language, Language::SimplifiedChinese);
        assert_eq!(doc.title, "未命名服务蓝图");
        assert_eq!(doc.lanes[1].name, "客户行为");
        assert_eq!(doc.stages[0].name, "阶段 1");
        assert_eq!(doc.inconsistencies(), vec![]);
    }
}
