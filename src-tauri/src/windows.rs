//! Window-level behaviour: which window the menu acts on, window titles, the Edit menu's
//! labels, new windows, native confirmations, and the notices sent to a window's UI
//! (menu actions, document replaced, status).

use crate::files::new_blueprint;
use crate::recovery::Recovery;
use crate::sessions::Sessions;
use crate::settings::locale;
use crate::texts::{self, fill, get};
use crate::{menu, AppError};
use frontstage::view::{Session, Status};
use serde::Serialize;
use std::sync::Mutex;
use tauri::{AppHandle, Emitter, EventTarget, Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

/// Label of the window that last had the focus (the menu acts on it when no window
/// reports focus, e.g. while a menu is open on some platforms).
#[derive(Default)]
pub struct LastFocused(pub Mutex<Option<String>>);

/// Payload of the `menu` event sent to a window's UI.
#[derive(Clone, Serialize)]
pub struct MenuAction<'a> {
    pub action: &'a str,
}

pub const MENU_EVENT: &str = "menu";
/// Sent when the shell replaced the window's document: the UI fetches it again.
pub const DOCUMENT_REPLACED_EVENT: &str = "document-replaced";
/// Sent with the new `Status` when it changed outside a command (after Save, or in a new
/// language).
pub const STATUS_EVENT: &str = "status";

pub fn focused_window(app: &AppHandle) -> Option<WebviewWindow> {
    let windows = app.webview_windows();
    if let Some(w) = windows.values().find(|w| w.is_focused().unwrap_or(false)) {
        return Some(w.clone());
    }
    let last = app.state::<LastFocused>().0.lock().ok().and_then(|l| l.clone());
    last.and_then(|l| windows.get(&l).cloned())
        .or_else(|| windows.get("main").cloned())
        .or_else(|| windows.values().next().cloned())
}

/// Bring the window title and (for the focused window) the Edit menu up to date.
pub fn refresh(window: &WebviewWindow, sessions: &Sessions) {
    let Ok(status) = sessions.status(window.label()) else { return };
    let _ = window.set_title(&status.title);
    let app = window.app_handle();
    let is_focused = focused_window(app).is_some_and(|w| w.label() == window.label());
    if is_focused {
        sync_edit_items(app, &status);
        sync_display_items(app, window.label());
        sync_notes(app, sessions, window.label());
    }
}

/// View › Notes checks what the document in window `label` shows.
fn sync_notes(app: &AppHandle, sessions: &Sessions, label: &str) {
    if let Ok(notes) = sessions.with(label, |s| s.doc().display.notes) {
        menu::sync_notes(app, notes);
    }
}

/// After an edit, undo or redo in `window`: its title and Edit menu follow. Passes the
/// answer through.
pub fn edited<T>(window: &WebviewWindow, answer: Result<T, AppError>) -> Result<T, AppError> {
    if answer.is_ok() {
        refresh(window, &window.app_handle().state::<Sessions>());
    }
    answer
}

pub fn sync_edit_items(app: &AppHandle, status: &Status) {
    let Some(items) = menu::edit_items(app) else { return };
    let locale = locale(app);
    let _ = items.undo.set_text(menu::undo_text(locale, status.undo_label.as_deref()));
    let _ = items.undo.set_enabled(status.can_undo);
    let _ = items.redo.set_text(menu::redo_text(locale, status.redo_label.as_deref()));
    let _ = items.redo.set_enabled(status.can_redo);
}

pub fn on_focus(window: &WebviewWindow) {
    let app = window.app_handle();
    if let Ok(mut last) = app.state::<LastFocused>().0.lock() {
        *last = Some(window.label().to_owned());
    }
    let sessions = app.state::<Sessions>();
    if let Ok(status) = sessions.status(window.label()) {
        sync_edit_items(app, &status);
        sync_notes(app, &sessions, window.label());
    }
    sync_display_items(app, window.label());
}

/// Check View › Emotion Curve, Time Strip, Legend and Overlay as the window's document
/// draws: the bands and the heat map as its display asks, the legend when its drawing has
/// one.
pub fn sync_display_items(app: &AppHandle, label: &str) {
    let Some(items) = menu::display_items(app) else { return };
    let sessions = app.state::<Sessions>();
    let Ok((shown, legend)) = sessions.with(label, |s| (s.doc().display, s.scene().legend.is_some())) else {
        return;
    };
    let _ = items.emotion_curve.set_checked(shown.emotion_curve);
    let _ = items.time_strip.set_checked(shown.time_strip);
    let _ = items.legend.set_checked(legend);
    for (o, item) in &items.overlay {
        let _ = item.set_checked(*o == shown.overlay);
    }
    menu::sync_notes(app, shown.notes);
}

/// A View › display item was clicked: the UI sends the edit. The native item checked or
/// unchecked itself; it shows the document's state again until the edit comes back.
pub fn send_display_action(app: &AppHandle, action: &str) {
    send_menu_action(app, action);
    if let Some(w) = focused_window(app) {
        sync_display_items(app, w.label());
    }
}

pub fn send_menu_action(app: &AppHandle, action: &str) {
    if let Some(w) = focused_window(app) {
        let _ = app.emit_to(EventTarget::webview_window(w.label()), MENU_EVENT, MenuAction { action });
    }
}

/// Ask the user to go ahead with a destructive edit: `message`, and `action` on the
/// button that goes ahead. The dialog waits off the main thread that shows it.
pub async fn confirm(window: &WebviewWindow, message: String, action: String) -> Result<bool, AppError> {
    let cancel = get(locale(window.app_handle()), texts::CANCEL);
    let dialog = window
        .dialog()
        .message(message)
        .title(action.clone())
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(action, cancel.into()))
        .parent(window);
    tauri::async_runtime::spawn_blocking(move || dialog.blocking_show())
        .await
        .map_err(|e| AppError::new("dialog", e.to_string()))
}

/// File › New: a fresh document in the focused window, after confirming that unsaved
/// changes may be discarded.
pub fn new_in_focused_window(app: &AppHandle) {
    let Some(window) = focused_window(app) else {
        new_window(app);
        return;
    };
    let sessions = app.state::<Sessions>();
    let (dirty, name) = sessions.with(window.label(), |s| (s.is_dirty(), s.file_name())).unwrap_or_default();
    if !dirty {
        replace_document(&window);
        return;
    }
    let w = window.clone();
    let l = locale(app);
    app.dialog()
        .message(fill(l, texts::DISCARD_AND_NEW, &[("name", &name)]))
        .title(get(l, texts::NEW_BLUEPRINT))
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            get(l, texts::DISCARD_CHANGES).into(),
            get(l, texts::CANCEL).into(),
        ))
        .parent(&window)
        .show(move |discard| {
            if discard {
                replace_document(&w);
            }
        });
}

fn replace_document(window: &WebviewWindow) {
    let lang = window.app_handle().state::<Sessions>().language();
    let Ok(doc) = new_blueprint(lang) else { return };
    replace_session(window, Session::untitled(doc));
}

/// File › New Window: a new window with a fresh document.
pub fn new_window(app: &AppHandle) {
    let Ok(doc) = new_blueprint(app.state::<Sessions>().language()) else { return };
    if let Err(e) = open_window(app, Session::untitled(doc)) {
        let message = fill(locale(app), texts::NO_WINDOW, &[("error", &e.to_string())]);
        app.dialog().message(message).kind(MessageDialogKind::Error).show(|_| {});
    }
}

pub fn open_window(app: &AppHandle, session: Session) -> tauri::Result<WebviewWindow> {
    let sessions = app.state::<Sessions>();
    let label = sessions.fresh_label();
    let title = session.title();
    sessions.insert(&label, session);
    let built = WebviewWindowBuilder::new(app, &label, WebviewUrl::App("index.html".into()))
        .title(title)
        .inner_size(1280.0, 800.0)
        .min_inner_size(640.0, 400.0)
        .build();
    match &built {
        Ok(window) => crate::menu_look::draw_choices(window),
        Err(_) => {
            sessions.remove(&label);
        }
    }
    built
}

pub fn close_focused_window(app: &AppHandle) {
    if let Some(w) = focused_window(app) {
        let _ = w.close();
    }
}

/// Put `session` in the window (its document replaced) and tell the UI to reload.
pub fn replace_session(window: &WebviewWindow, session: Session) {
    let app = window.app_handle();
    forget_recovery(window);
    let sessions = app.state::<Sessions>();
    sessions.insert(window.label(), session);
    refresh(window, &sessions);
    let _ = app.emit_to(EventTarget::webview_window(window.label()), DOCUMENT_REPLACED_EVENT, ());
}

/// The user chose to drop the window's changes: its recovery copy goes too.
pub fn forget_recovery(window: &WebviewWindow) {
    let app = window.app_handle();
    if let Ok(id) = app.state::<Sessions>().recovery_id(window.label()) {
        app.state::<Recovery>().forget(&id);
    }
}

/// Tell the window's UI its status changed outside a command (after Save).
pub fn send_status(window: &WebviewWindow, sessions: &Sessions) {
    if let Ok(status) = sessions.status(window.label()) {
        let _ = window.app_handle().emit_to(EventTarget::webview_window(window.label()), STATUS_EVENT, status);
    }
}
