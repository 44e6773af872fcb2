//! View › Language and View › Theme in action: keep the choice, relabel the menus, set
//! the windows' theme, and tell every window's UI (the `preferences` event).

use crate::menu;
use crate::session::Sessions;
use crate::settings::{LanguageChoice, Preferences, SettingsStore, ThemeChoice};
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
    menu::relabel(app);
    let resend = app.state::<Sessions>().set_language(store.locale().language());
    for (label, diagnostics) in resend {
        let _ = app.emit_to(EventTarget::webview_window(&label), DIAGNOSTICS_EVENT, diagnostics);
    }
    changed(app);
}

pub fn choose_theme(app: &AppHandle, theme: ThemeChoice) {
    app.state::<SettingsStore>().set_theme(theme);
    app.set_theme(theme.window_theme());
    changed(app);
}

fn changed(app: &AppHandle) {
    let store = app.state::<SettingsStore>();
    // A click toggles the clicked check item by itself; this puts all of them right.
    menu::sync_choices(app);
    let _ = app.emit(PREFERENCES_EVENT, store.preferences());
}
