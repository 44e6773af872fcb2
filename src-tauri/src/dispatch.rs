//! What a menu click does. File items run in the shell (windows and documents), View ›
//! Language and Theme change the preferences, and the Edit, View, Insert and Arrange
//! items go to the focused window's UI, whose action registry (ui/src/actions/) acts on
//! its selection.

use crate::files::Format;
use crate::menu::*;
use crate::settings::{LanguageChoice, ThemeChoice};
use crate::{flows, preferences, windows};
use tauri::menu::MenuEvent;
use tauri::AppHandle;

/// Route a menu click.
pub fn handle(app: &AppHandle, event: MenuEvent) {
    route(app, event.id().as_ref());
}

/// What the menu item `id` does.
pub fn route(app: &AppHandle, id: &str) {
    match id {
        NEW => windows::new_in_focused_window(app),
        NEW_WINDOW => windows::new_window(app),
        OPEN => flows::open_dialog(app),
        SAVE => flows::with_focused(app, |w| flows::save(w, |_| {})),
        SAVE_AS => flows::with_focused(app, |w| flows::save_as(w, |_| {})),
        EXPORT_SVG => flows::with_focused(app, |w| flows::export_dialog(w, Format::Svg)),
        EXPORT_JSON => flows::with_focused(app, |w| flows::export_dialog(w, Format::Json)),
        RECENT_CLEAR => flows::clear_recent(app),
        CLOSE => windows::close_focused_window(app),
        QUIT => flows::quit(app),
        EMOTION_CURVE | TIME_STRIP | LEGEND => windows::send_display_action(app, id),
        // Choosing the heat map or notes display shown already is no edit: the item that
        // unchecked itself is checked again at once.
        OVERLAY_NONE | OVERLAY_FAIL_POINTS | OVERLAY_WAITS | OVERLAY_TIME | NOTES_HIDDEN | NOTES_ON_CARD
        | NOTES_FOOTNOTES => windows::send_display_action(app, id),
        _ if UI_ACTIONS.contains(&id) => windows::send_menu_action(app, id),
        _ => {
            if let Some(i) = id.strip_prefix(RECENT_PREFIX).and_then(|i| i.parse::<usize>().ok()) {
                flows::open_recent(app, i);
            } else if let Some(name) = id.strip_prefix(TEMPLATE_PREFIX) {
                flows::new_from_template(app, name);
            } else if let Some(c) = id.strip_prefix(LANGUAGE_PREFIX).and_then(LanguageChoice::from_tag) {
                preferences::choose_language(app, c);
            } else if let Some(c) = id.strip_prefix(THEME_PREFIX).and_then(ThemeChoice::from_tag) {
                preferences::choose_theme(app, c);
            }
        }
    }
}
