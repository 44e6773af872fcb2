//! The native menu bar. The shell handles File actions (windows and documents); Edit
//! and View actions go to the focused window's UI as a `menu` event, because what they
//! act on (the selection, the zoom) lives there. Cut, Copy, Paste and Select All are the
//! platform's own items so that text fields behave natively; the canvas answers the DOM
//! clipboard events they raise.

use crate::shell;
use tauri::menu::{Menu, MenuEvent, MenuItem, MenuItemBuilder, PredefinedMenuItem, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Wry};

pub const NEW: &str = "file.new";
pub const NEW_WINDOW: &str = "file.new_window";
pub const OPEN: &str = "file.open";
pub const RECENT_NONE: &str = "file.recent.none";
pub const SAVE: &str = "file.save";
pub const SAVE_AS: &str = "file.save_as";
pub const EXPORT_SVG: &str = "file.export_svg";
pub const EXPORT_JSON: &str = "file.export_json";
pub const CLOSE: &str = "file.close";
pub const QUIT: &str = "file.quit";
pub const UNDO: &str = "edit.undo";
pub const REDO: &str = "edit.redo";
pub const DELETE: &str = "edit.delete";
pub const ZOOM_IN: &str = "view.zoom_in";
pub const ZOOM_OUT: &str = "view.zoom_out";
pub const ZOOM_FIT: &str = "view.fit";
pub const ZOOM_ACTUAL: &str = "view.actual_size";

/// Actions forwarded to the UI as they are named here.
pub const UI_ACTIONS: [&str; 7] = [UNDO, REDO, DELETE, ZOOM_IN, ZOOM_OUT, ZOOM_FIT, ZOOM_ACTUAL];

/// The Edit items whose label and state follow the focused document.
pub struct EditItems {
    pub undo: MenuItem<Wry>,
    pub redo: MenuItem<Wry>,
}

fn item(app: &AppHandle, id: &str, text: &str, accelerator: Option<&str>) -> tauri::Result<MenuItem<Wry>> {
    let mut b = MenuItemBuilder::with_id(id, text);
    if let Some(a) = accelerator {
        b = b.accelerator(a);
    }
    b.build(app)
}

/// An item whose action needs the core's file support, which the shell does not have
/// yet: shown, but disabled.
fn pending(app: &AppHandle, id: &str, text: &str, accelerator: Option<&str>) -> tauri::Result<MenuItem<Wry>> {
    let mut b = MenuItemBuilder::with_id(id, text).enabled(false);
    if let Some(a) = accelerator {
        b = b.accelerator(a);
    }
    b.build(app)
}

pub fn build(app: &AppHandle) -> tauri::Result<(Menu<Wry>, EditItems)> {
    let recent = SubmenuBuilder::new(app, "Open Recent")
        .item(&pending(app, RECENT_NONE, "No Recent Files", None)?)
        .build()?;
    let mut file = SubmenuBuilder::new(app, "File")
        .item(&item(app, NEW, "New", Some("CmdOrCtrl+N"))?)
        .item(&item(app, NEW_WINDOW, "New Window", Some("CmdOrCtrl+Shift+N"))?)
        .separator()
        .item(&pending(app, OPEN, "Open…", Some("CmdOrCtrl+O"))?)
        .item(&recent)
        .separator()
        .item(&pending(app, SAVE, "Save", Some("CmdOrCtrl+S"))?)
        .item(&pending(app, SAVE_AS, "Save As…", Some("CmdOrCtrl+Shift+S"))?)
        .separator()
        .item(&pending(app, EXPORT_SVG, "Export SVG…", Some("CmdOrCtrl+E"))?)
        .item(&pending(app, EXPORT_JSON, "Export JSON…", None)?)
        .separator()
        .item(&item(app, CLOSE, "Close", Some("CmdOrCtrl+W"))?);
    // On macOS Quit lives in the application menu.
    if !cfg!(target_os = "macos") {
        file = file.item(&item(app, QUIT, "Quit", Some("CmdOrCtrl+Q"))?);
    }
    let file = file.build()?;

    let undo = item(app, UNDO, "Undo", Some("CmdOrCtrl+Z"))?;
    let redo = item(app, REDO, "Redo", Some("CmdOrCtrl+Shift+Z"))?;
    // No accelerator on Delete: a bare Delete key in the menu would take the key away
    // from text fields. The canvas handles Delete and Backspace itself.
    let edit = SubmenuBuilder::new(app, "Edit")
        .item(&undo)
        .item(&redo)
        .separator()
        .cut()
        .copy()
        .paste()
        .item(&item(app, DELETE, "Delete", None)?)
        .separator()
        .select_all()
        .build()?;

    let view = SubmenuBuilder::new(app, "View")
        .item(&item(app, ZOOM_IN, "Zoom In", Some("CmdOrCtrl+="))?)
        .item(&item(app, ZOOM_OUT, "Zoom Out", Some("CmdOrCtrl+-"))?)
        .item(&item(app, ZOOM_FIT, "Fit", Some("CmdOrCtrl+1"))?)
        .item(&item(app, ZOOM_ACTUAL, "Actual Size", Some("CmdOrCtrl+0"))?)
        .build()?;

    let about = PredefinedMenuItem::about(app, Some("About Frontstage"), Some(shell::about_metadata(app)))?;
    let menu = Menu::new(app)?;
    if cfg!(target_os = "macos") {
        menu.append(&app_menu(app, &about)?)?;
    }
    menu.append(&file)?;
    menu.append(&edit)?;
    menu.append(&view)?;
    if !cfg!(target_os = "macos") {
        let help = SubmenuBuilder::new(app, "Help").item(&about).build()?;
        menu.append(&help)?;
    }
    Ok((menu, EditItems { undo, redo }))
}

fn app_menu(app: &AppHandle, about: &PredefinedMenuItem<Wry>) -> tauri::Result<Submenu<Wry>> {
    SubmenuBuilder::new(app, "Frontstage")
        .item(about)
        .separator()
        .services()
        .separator()
        .hide()
        .hide_others()
        .show_all()
        .separator()
        .item(&item(app, QUIT, "Quit Frontstage", Some("CmdOrCtrl+Q"))?)
        .build()
}

/// Route a menu click.
pub fn handle(app: &AppHandle, event: MenuEvent) {
    let id = event.id().as_ref();
    match id {
        NEW => shell::new_in_focused_window(app),
        NEW_WINDOW => shell::new_window(app),
        CLOSE => shell::close_focused_window(app),
        QUIT => shell::quit(app),
        _ if UI_ACTIONS.contains(&id) => shell::send_menu_action(app, id),
        _ => {}
    }
}
