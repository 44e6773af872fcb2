//! View › Language and View › Theme in action: keep the choice, relabel the menus, set
//! the windows' theme, and tell every window's UI (the `preferences` event).

use crate::recent::Recent;
use crate::sessions::Sessions;
use crate::settings::{LanguageChoice, Preferences, SettingsStore, ThemeChoice};
use crate::{menu, windows};
use tauri::{AppHandle, Emitter, EventTarget, Manager, State};

/// Sent to all windows with the new `Preferences` when a choice changed.
pub const PREFERENCES_EVENT: &str = "preferences";

/// Sent to one window with its diagnostics when they are written again in a new language.
pub const DIAGNOSTICS_EVENT: &str = "diagnostics";

/// The language to speak and the theme choice, for a UI that starts.
#[tauri::command]
pub fn preferences(store: State<'_, SettingsStore>) -> Preferences {
    store.preferences()
}

/// At start: a chosen theme also themes the native parts (title bar, menus, dialogs).
pub fn apply_at_start(app: &AppHandle) {
    let theme = app.state::<SettingsStore>().get().theme;
    if theme != ThemeChoice::System {
        app.set_theme(theme.window_theme());
    }
}

pub fn choose_language(app: &AppHandle, language: LanguageChoice) {
    let store = app.state::<SettingsStore>();
    store.set_language(language);
    let sessions = app.state::<Sessions>();
    let resend = sessions.set_language(store.locale().language());
    relabel(app);
    for (label, diagnostics) in resend {
        let _ = app.emit_to(EventTarget::webview_window(&label), DIAGNOSTICS_EVENT, diagnostics);
    }
    // Undo and Redo name their edits in the new language.
    for window in app.webview_windows().values() {
        windows::send_status(window, &sessions);
    }
    changed(app);
}

pub fn choose_theme(app: &AppHandle, theme: ThemeChoice) {
    app.state::<SettingsStore>().set_theme(theme);
    app.set_theme(theme.window_theme());
    changed(app);
}

/// Give the menu bar (all windows share it) the texts of the current language.
fn relabel(app: &AppHandle) {
    let recent = app.try_state::<Recent>().map(|r| r.list()).unwrap_or_default();
    if let Err(e) = menu::install(app, &recent) {
        eprintln!("Frontstage: could not rebuild the menus: {e}");
        return;
    }
    if let Some(w) = windows::focused_window(app) {
        windows::on_focus(&w);
    }
}

fn changed(app: &AppHandle) {
    let store = app.state::<SettingsStore>();
    // A click toggles the clicked check item by itself; this puts all of them right.
    menu::sync_choices(app);
    let _ = app.emit(PREFERENCES_EVENT, store.preferences());
}
