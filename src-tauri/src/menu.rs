//! The native menu bar. The shell handles File actions (windows and documents); Edit
//! and View actions go to the focused window's UI as a `menu` event, because what they
//! act on (the selection, the zoom) lives there. Cut, Copy, Paste and Select All are the
//! platform's own items so that text fields behave natively; the canvas answers the DOM
//! clipboard events they raise.

use crate::files::Format;
use crate::{flows, shell};
use tauri::menu::{Menu, MenuEvent, MenuItem, MenuItemBuilder, PredefinedMenuItem, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Wry};

pub const NEW: &str = "file.new";
pub const NEW_WINDOW: &str = "file.new_window";
pub const OPEN: &str = "file.open";
pub const RECENT_NONE: &str = "file.recent.none";
pub const RECENT_PREFIX: &str = "file.recent.";
pub const RECENT_CLEAR: &str = "file.recent_clear";
pub const TEMPLATE_PREFIX: &str = "file.template.";
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

/// The Open Recent submenu, rebuilt whenever the list changes.
pub struct RecentMenu(pub Submenu<Wry>);

/// Fill Open Recent from `paths` (most recent first).
pub fn fill_recent(app: &AppHandle, menu: &Submenu<Wry>, paths: &[std::path::PathBuf]) -> tauri::Result<()> {
    for old in menu.items()? {
        menu.remove(&old)?;
    }
    if paths.is_empty() {
        menu.append(&MenuItemBuilder::with_id(RECENT_NONE, "No Recent Files").enabled(false).build(app)?)?;
        return Ok(());
    }
    for (i, p) in paths.iter().enumerate() {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let dir = p.parent().map(|d| d.display().to_string()).unwrap_or_default();
        menu.append(&item(app, &format!("{RECENT_PREFIX}{i}"), &format!("{name} — {dir}"), None)?)?;
    }
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&item(app, RECENT_CLEAR, "Clear Menu", None)?)?;
    Ok(())
}

pub fn build(app: &AppHandle, recent_paths: &[std::path::PathBuf]) -> tauri::Result<(Menu<Wry>, EditItems, RecentMenu)> {
    let recent = SubmenuBuilder::new(app, "Open Recent").build()?;
    fill_recent(app, &recent, recent_paths)?;
    let mut templates = SubmenuBuilder::new(app, "New from Template");
    for name in frontstage::templates::names() {
        let label = frontstage::templates::describe(name).unwrap_or(name);
        templates = templates.item(&item(app, &format!("{TEMPLATE_PREFIX}{name}"), label, None)?);
    }
    let templates = templates.build()?;
    let mut file = SubmenuBuilder::new(app, "File")
        .item(&item(app, NEW, "New", Some("CmdOrCtrl+N"))?)
        .item(&templates)
        .item(&item(app, NEW_WINDOW, "New Window", Some("CmdOrCtrl+Shift+N"))?)
        .separator()
        .item(&item(app, OPEN, "Open…", Some("CmdOrCtrl+O"))?)
        .item(&recent)
        .separator()
        .item(&item(app, SAVE, "Save", Some("CmdOrCtrl+S"))?)
        .item(&item(app, SAVE_AS, "Save As…", Some("CmdOrCtrl+Shift+S"))?)
        .separator()
        .item(&item(app, EXPORT_SVG, "Export SVG…", Some("CmdOrCtrl+E"))?)
        .item(&item(app, EXPORT_JSON, "Export JSON…", None)?)
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
    Ok((menu, EditItems { undo, redo }, RecentMenu(recent)))
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
        OPEN => flows::open_dialog(app),
        SAVE => flows::with_focused(app, |w| flows::save(w, |_| {})),
        SAVE_AS => flows::with_focused(app, |w| flows::save_as(w, |_| {})),
        EXPORT_SVG => flows::with_focused(app, |w| flows::export_dialog(w, Format::Svg)),
        EXPORT_JSON => flows::with_focused(app, |w| flows::export_dialog(w, Format::Json)),
        RECENT_CLEAR => flows::clear_recent(app),
        CLOSE => shell::close_focused_window(app),
        QUIT => shell::quit(app),
        _ if UI_ACTIONS.contains(&id) => shell::send_menu_action(app, id),
        _ => {
            if let Some(i) = id.strip_prefix(RECENT_PREFIX).and_then(|i| i.parse::<usize>().ok()) {
                flows::open_recent(app, i);
            } else if let Some(name) = id.strip_prefix(TEMPLATE_PREFIX) {
                flows::new_from_template(app, name);
            }
        }
    }
}
