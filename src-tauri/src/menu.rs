//! The native menu bar. The shell handles File actions (windows and documents); Edit
//! and View actions go to the focused window's UI as a `menu` event, because what they
//! act on (the selection, the zoom) lives there. Cut, Copy, Paste and Select All are the
//! platform's own items so that text fields behave natively; the canvas answers the DOM
//! clipboard events they raise. Texts come from `texts::MENU` in the chosen language
//! (View › Language); switching builds the bar all windows share again. What a click
//! does is routed in `dispatch.rs`.

use crate::locale::Locale;
use crate::settings::{locale, LanguageChoice, SettingsStore, ThemeChoice};
use crate::texts::{self, ABOUT_COMMENTS};
use frontstage::model::{NotesDisplay, Overlay};
use std::sync::Mutex;
use tauri::menu::{
    AboutMetadata, CheckMenuItem, CheckMenuItemBuilder, IsMenuItem, Menu, MenuItem, MenuItemBuilder,
    PredefinedMenuItem, Submenu, SubmenuBuilder,
};
use tauri::{AppHandle, Manager, Wry};

pub const NEW: &str = "file.new";
pub const NEW_WINDOW: &str = "file.new_window";
pub const OPEN: &str = "file.open";
pub const RECENT_NONE: &str = "file.recent.none";
pub const RECENT_PREFIX: &str = "file.recent.";
pub const RECENT_CLEAR: &str = "file.recent_clear";
pub const TEMPLATE_PREFIX: &str = "file.template.";
pub const SAVE: &str = "file.save";
pub const SAVE_AS: &str = "file.save_as";
pub const EXPORT_PNG: &str = "file.export_png";
pub const EXPORT_PDF: &str = "file.export_pdf";
pub const EXPORT_SVG: &str = "file.export_svg";
pub const EXPORT_JSON: &str = "file.export_json";
pub const PRINT: &str = "file.print";
pub const CLOSE: &str = "file.close";
pub const QUIT: &str = "file.quit";
pub const UNDO: &str = "edit.undo";
pub const REDO: &str = "edit.redo";
pub const DELETE: &str = "edit.delete";
pub const ZOOM_IN: &str = "view.zoom_in";
pub const ZOOM_OUT: &str = "view.zoom_out";
pub const ZOOM_FIT: &str = "view.fit";
pub const ZOOM_FIT_WIDTH: &str = "view.fit_width";
pub const ZOOM_FIT_STAGE: &str = "view.fit_stage";
pub const SHOW_INSPECTOR: &str = "view.inspector";
pub const CONNECT_TO: &str = "connector.connect_to";
pub const ZOOM_ACTUAL: &str = "view.actual_size";
pub const MINIMAP: &str = "view.minimap";
pub const PRESENT: &str = "view.present";
pub const OVERLAY_NONE: &str = "view.overlay.none";
pub const OVERLAY_FAIL_POINTS: &str = "view.overlay.fail_points";
pub const OVERLAY_WAITS: &str = "view.overlay.waits";
pub const OVERLAY_TIME: &str = "view.overlay.time";
/// View › Emotion Curve, Time Strip and Legend: check items that follow the document's
/// display settings; a click goes to the UI, which sends the edit.
pub const EMOTION_CURVE: &str = "view.emotion_curve";
pub const TIME_STRIP: &str = "view.time_strip";
pub const LEGEND: &str = "view.legend";
pub const NOTES_HIDDEN: &str = "view.notes.hidden";
pub const NOTES_ON_CARD: &str = "view.notes.on_card";
pub const NOTES_FOOTNOTES: &str = "view.notes.footnotes";
pub const DUPLICATE: &str = "edit.duplicate";
pub const NEW_CARD: &str = "cards.new";
pub const EDIT_CARD_TEXT: &str = "cards.edit_text";
pub const ADD_LANE: &str = "lane.add";
pub const ADD_STAGE: &str = "stage.add";
pub const RENAME: &str = "structure.rename";
pub const LANE_UP: &str = "lane.move_up";
pub const LANE_DOWN: &str = "lane.move_down";
pub const STAGE_LEFT: &str = "stage.move_left";
pub const STAGE_RIGHT: &str = "stage.move_right";
pub const LANE_COLLAPSE: &str = "lane.toggle_collapsed";
pub const CONNECTOR_DIRECTION: &str = "connector.toggle_direction";
pub const CONNECTOR_REVERSE: &str = "connector.reverse";
pub const CONNECTOR_LABEL: &str = "connector.edit_label";
pub const GETTING_STARTED: &str = "help.getting_started";
pub const SHORTCUTS: &str = "help.shortcuts";

/// Actions forwarded to the UI as they are named here: the ids of the UI's action
/// registry (ui/src/actions.ts), which decides whether each applies to the selection.
pub const UI_ACTIONS: [&str; 42] = [
    EXPORT_PNG,
    EXPORT_PDF,
    PRINT,
    UNDO,
    REDO,
    DELETE,
    ZOOM_IN,
    ZOOM_OUT,
    ZOOM_FIT,
    ZOOM_FIT_WIDTH,
    ZOOM_FIT_STAGE,
    SHOW_INSPECTOR,
    CONNECT_TO,
    ZOOM_ACTUAL,
    MINIMAP,
    PRESENT,
    OVERLAY_NONE,
    OVERLAY_FAIL_POINTS,
    OVERLAY_WAITS,
    OVERLAY_TIME,
    EMOTION_CURVE,
    TIME_STRIP,
    LEGEND,
    NOTES_HIDDEN,
    NOTES_ON_CARD,
    NOTES_FOOTNOTES,
    DUPLICATE,
    NEW_CARD,
    EDIT_CARD_TEXT,
    ADD_LANE,
    ADD_STAGE,
    RENAME,
    LANE_UP,
    LANE_DOWN,
    STAGE_LEFT,
    STAGE_RIGHT,
    LANE_COLLAPSE,
    CONNECTOR_DIRECTION,
    CONNECTOR_REVERSE,
    CONNECTOR_LABEL,
    GETTING_STARTED,
    SHORTCUTS,
];

/// View › Language and View › Theme: `view.language.<tag>`, `view.theme.<tag>`.
pub const LANGUAGE_PREFIX: &str = "view.language.";
pub const THEME_PREFIX: &str = "view.theme.";

// Keys of the texts that have no id of their own to act on.
const MENU_APP: &str = "menu.app";
const MENU_FILE: &str = "menu.file";
const MENU_EDIT: &str = "menu.edit";
const MENU_VIEW: &str = "menu.view";
const MENU_INSERT: &str = "menu.insert";
const MENU_ARRANGE: &str = "menu.arrange";
const MENU_HELP: &str = "menu.help";
const SUB_TEMPLATES: &str = "file.templates";
const SUB_RECENT: &str = "file.recent";
const SUB_EXPORT: &str = "file.export";
const SUB_LANGUAGE: &str = "view.language";
const SUB_THEME: &str = "view.theme";
const SUB_OVERLAY: &str = "view.overlay";
const SUB_NOTES: &str = "view.notes";

/// View › Notes: the focused document's choice, each with its item (a UI action: the
/// choice is an edit of the document).
const NOTES: [(NotesDisplay, &str); 3] = [
    (NotesDisplay::Hidden, NOTES_HIDDEN),
    (NotesDisplay::OnCard, NOTES_ON_CARD),
    (NotesDisplay::Footnotes, NOTES_FOOTNOTES),
];
const CUT: &str = "edit.cut";
const COPY: &str = "edit.copy";
const PASTE: &str = "edit.paste";
const SELECT_ALL: &str = "edit.select_all";
const ABOUT: &str = "help.about";
const APP_SERVICES: &str = "app.services";
const APP_HIDE: &str = "app.hide";
const APP_HIDE_OTHERS: &str = "app.hide_others";
const APP_SHOW_ALL: &str = "app.show_all";
const APP_QUIT: &str = "app.quit";
const UNDO_NAMED: &str = "edit.undo_named";
const REDO_NAMED: &str = "edit.redo_named";

/// `text` shown as it is in a native menu. Menus read `&` as the mark of a mnemonic (GTK
/// shows the next letter underlined and drops the `&`), so a template's or a file's
/// name ("Fliess & Kleinaltenkamp") doubles it; `_` is escaped by the menu library itself.
pub fn literal(text: &str) -> String {
    text.replace('&', "&&")
}

fn template_text(locale: Locale, name: &'static str) -> &'static str {
    frontstage::templates::describe_in(name, locale.language()).unwrap_or(name)
}

/// The menu text of `key` in `locale`.
pub fn text(locale: Locale, key: &str) -> &'static str {
    texts::menu(locale, key)
}

fn text_with(locale: Locale, key: &str, arg: &str) -> String {
    text(locale, key).replacen("{}", arg, 1)
}

/// Edit › Undo / Redo, with the name of the edit they would undo or redo (in the
/// session's language, which is the menus').
pub fn undo_text(locale: Locale, edit: Option<&str>) -> String {
    edit.map_or_else(|| text(locale, UNDO).to_owned(), |e| text_with(locale, UNDO_NAMED, e))
}

pub fn redo_text(locale: Locale, edit: Option<&str>) -> String {
    edit.map_or_else(|| text(locale, REDO).to_owned(), |e| text_with(locale, REDO_NAMED, e))
}

fn about_metadata(app: &AppHandle) -> AboutMetadata<'static> {
    let info = app.package_info();
    AboutMetadata {
        name: Some("Frontstage".into()),
        version: Some(info.version.to_string()),
        comments: Some(texts::get(locale(app), ABOUT_COMMENTS).into()),
        license: Some("MIT OR Apache-2.0".into()),
        // Without a logo GTK's About dialog draws the "image-missing" icon: it falls back
        // to the default window icon list, which Tauri never sets (it sets each window's).
        icon: app.default_window_icon().map(|i| i.clone().to_owned()),
        ..Default::default()
    }
}

/// The Edit items whose label and state follow the focused document.
#[derive(Clone)]
pub struct EditItems {
    pub undo: MenuItem<Wry>,
    pub redo: MenuItem<Wry>,
}

/// The View › Language and View › Theme choices, checked to match the settings.
#[derive(Clone)]
struct Choices {
    language: Vec<(LanguageChoice, CheckMenuItem<Wry>)>,
    theme: Vec<(ThemeChoice, CheckMenuItem<Wry>)>,
}

/// View › Emotion Curve, Time Strip and Legend, checked as the focused document draws.
#[derive(Clone)]
pub struct DisplayItems {
    pub emotion_curve: CheckMenuItem<Wry>,
    pub time_strip: CheckMenuItem<Wry>,
    pub legend: CheckMenuItem<Wry>,
    /// View › Overlay's items, in `OVERLAYS`' order: the one the document shows checked.
    pub overlay: Vec<(Overlay, CheckMenuItem<Wry>)>,
}

/// View › Overlay's items and what each shows, in the submenu's order.
pub const OVERLAYS: [(&str, Overlay); 4] = [
    (OVERLAY_NONE, Overlay::None),
    (OVERLAY_FAIL_POINTS, Overlay::FailPoints),
    (OVERLAY_WAITS, Overlay::Waits),
    (OVERLAY_TIME, Overlay::Time),
];

/// The parts of the menu bar that change after it is built.
#[derive(Clone)]
pub struct Parts {
    pub edit: EditItems,
    pub display: DisplayItems,
    pub recent: Submenu<Wry>,
    choices: Choices,
    /// View › Notes, checked as the focused document shows its notes.
    notes: Vec<(NotesDisplay, CheckMenuItem<Wry>)>,
}

/// The current menu bar's parts; replaced when a language switch rebuilds the bar.
#[derive(Default)]
pub struct MenuState(Mutex<Option<Parts>>);

fn parts(app: &AppHandle) -> Option<Parts> {
    let state = app.try_state::<MenuState>()?;
    let parts = state.0.lock().unwrap_or_else(|p| p.into_inner()).clone();
    parts
}

pub fn edit_items(app: &AppHandle) -> Option<EditItems> {
    parts(app).map(|p| p.edit)
}

pub fn display_items(app: &AppHandle) -> Option<DisplayItems> {
    parts(app).map(|p| p.display)
}

/// Check the View › Language and View › Theme items that match the settings.
pub fn sync_choices(app: &AppHandle) {
    let (Some(parts), Some(store)) = (parts(app), app.try_state::<SettingsStore>()) else { return };
    let settings = store.get();
    for (c, item) in &parts.choices.language {
        let _ = item.set_checked(*c == settings.language);
    }
    for (c, item) in &parts.choices.theme {
        let _ = item.set_checked(*c == settings.theme);
    }
}

/// Check the View › Notes item of the focused document's choice (a click checks the item
/// clicked at once; this puts the check where the document says).
pub fn sync_notes(app: &AppHandle, notes: NotesDisplay) {
    let Some(parts) = parts(app) else { return };
    for (n, item) in &parts.notes {
        let _ = item.set_checked(*n == notes);
    }
}

/// Builds items with the texts of one language.
struct Maker<'a> {
    app: &'a AppHandle,
    locale: Locale,
}

impl Maker<'_> {
    fn text(&self, key: &str) -> &'static str {
        text(self.locale, key)
    }

    fn item(&self, id: &'static str, accelerator: Option<&str>) -> tauri::Result<MenuItem<Wry>> {
        item(self.app, id, self.text(id), accelerator)
    }

    fn submenu(&self, key: &'static str, items: &[&dyn IsMenuItem<Wry>]) -> tauri::Result<Submenu<Wry>> {
        SubmenuBuilder::with_id(self.app, key, self.text(key)).items(items).build()
    }

    fn check(&self, id: &'static str, checked: bool) -> tauri::Result<CheckMenuItem<Wry>> {
        CheckMenuItemBuilder::with_id(id, self.text(id)).checked(checked).build(self.app)
    }

    fn predefined(
        &self,
        key: &'static str,
        make: fn(&AppHandle, Option<&str>) -> tauri::Result<PredefinedMenuItem<Wry>>,
    ) -> tauri::Result<PredefinedMenuItem<Wry>> {
        make(self.app, Some(self.text(key)))
    }
}

fn item(app: &AppHandle, id: &str, text: &str, accelerator: Option<&str>) -> tauri::Result<MenuItem<Wry>> {
    let mut b = MenuItemBuilder::with_id(id, text);
    if let Some(a) = accelerator {
        b = b.accelerator(a);
    }
    b.build(app)
}

/// Fill the current menu bar's Open Recent from `paths` (most recent first).
pub fn fill_recent_menu(app: &AppHandle, paths: &[std::path::PathBuf]) -> tauri::Result<()> {
    match parts(app) {
        Some(p) => fill_recent(app, &p.recent, paths),
        None => Ok(()),
    }
}

fn fill_recent(app: &AppHandle, menu: &Submenu<Wry>, paths: &[std::path::PathBuf]) -> tauri::Result<()> {
    let locale = locale(app);
    for old in menu.items()? {
        menu.remove(&old)?;
    }
    if paths.is_empty() {
        menu.append(&MenuItemBuilder::with_id(RECENT_NONE, text(locale, RECENT_NONE)).enabled(false).build(app)?)?;
        return Ok(());
    }
    for (i, p) in paths.iter().enumerate() {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let dir = p.parent().map(|d| d.display().to_string()).unwrap_or_default();
        menu.append(&item(app, &format!("{RECENT_PREFIX}{i}"), &literal(&format!("{name} — {dir}")), None)?)?;
    }
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&item(app, RECENT_CLEAR, text(locale, RECENT_CLEAR), None)?)?;
    Ok(())
}

/// Build the menu bar in the current language and put it on every window. A language
/// switch builds it again: GTK menu bars cannot relabel a submenu in place.
pub fn install(app: &AppHandle, recent_paths: &[std::path::PathBuf]) -> tauri::Result<()> {
    if app.try_state::<MenuState>().is_none() {
        app.manage(MenuState::default());
    }
    let (menu, parts) = build(app, recent_paths)?;
    app.set_menu(menu)?;
    *app.state::<MenuState>().0.lock().unwrap_or_else(|p| p.into_inner()) = Some(parts);
    for window in app.webview_windows().values() {
        crate::menu_look::draw_choices(window);
    }
    Ok(())
}

/// The menu bar in the current language (English until `SettingsStore` is managed).
fn build(app: &AppHandle, recent_paths: &[std::path::PathBuf]) -> tauri::Result<(Menu<Wry>, Parts)> {
    let settings = app.try_state::<SettingsStore>().map(|s| s.get()).unwrap_or_default();
    let m = Maker { app, locale: locale(app) };
    let sep = || PredefinedMenuItem::separator(app);

    let recent = m.submenu(SUB_RECENT, &[])?;
    fill_recent(app, &recent, recent_paths)?;
    let mut template_items = Vec::new();
    for name in frontstage::templates::names() {
        let label = literal(template_text(m.locale, name));
        template_items.push(item(app, &format!("{TEMPLATE_PREFIX}{name}"), &label, None)?);
    }
    let template_refs: Vec<&dyn IsMenuItem<Wry>> = template_items.iter().map(|i| i as &dyn IsMenuItem<Wry>).collect();
    let templates = m.submenu(SUB_TEMPLATES, &template_refs)?;
    // PNG and PDF open the UI's export dialog (their options); SVG and JSON have none.
    let export = m.submenu(
        SUB_EXPORT,
        &[
            &m.item(EXPORT_PNG, Some("CmdOrCtrl+E"))?,
            &m.item(EXPORT_PDF, Some("CmdOrCtrl+Shift+E"))?,
            &m.item(EXPORT_SVG, None)?,
            &m.item(EXPORT_JSON, None)?,
        ],
    )?;
    let mut file_items: Vec<Box<dyn IsMenuItem<Wry>>> = vec![
        Box::new(m.item(NEW, Some("CmdOrCtrl+N"))?),
        Box::new(templates),
        Box::new(m.item(NEW_WINDOW, Some("CmdOrCtrl+Shift+N"))?),
        Box::new(sep()?),
        Box::new(m.item(OPEN, Some("CmdOrCtrl+O"))?),
        Box::new(recent.clone()),
        Box::new(sep()?),
        Box::new(m.item(SAVE, Some("CmdOrCtrl+S"))?),
        Box::new(m.item(SAVE_AS, Some("CmdOrCtrl+Shift+S"))?),
        Box::new(sep()?),
        Box::new(export),
        Box::new(m.item(PRINT, Some("CmdOrCtrl+P"))?),
        Box::new(sep()?),
        Box::new(m.item(CLOSE, Some("CmdOrCtrl+W"))?),
    ];
    // On macOS Quit lives in the application menu.
    if !cfg!(target_os = "macos") {
        file_items.push(Box::new(m.item(QUIT, Some("CmdOrCtrl+Q"))?));
    }
    let file_refs: Vec<&dyn IsMenuItem<Wry>> = file_items.iter().map(|b| b.as_ref()).collect();
    let file = m.submenu(MENU_FILE, &file_refs)?;

    let undo = m.item(UNDO, Some("CmdOrCtrl+Z"))?;
    let redo = m.item(REDO, Some("CmdOrCtrl+Shift+Z"))?;
    // No accelerator on Delete: a bare Delete key in the menu would take the key away
    // from text fields. The canvas handles Delete and Backspace itself.
    let (cut, copy, paste) = (
        m.predefined(CUT, PredefinedMenuItem::cut)?,
        m.predefined(COPY, PredefinedMenuItem::copy)?,
        m.predefined(PASTE, PredefinedMenuItem::paste)?,
    );
    let (delete, select_all) = (m.item(DELETE, None)?, m.predefined(SELECT_ALL, PredefinedMenuItem::select_all)?);
    let duplicate = m.item(DUPLICATE, Some("CmdOrCtrl+D"))?;
    // F2 on both, as in the registry: GTK runs the first item's, and the UI hands the key
    // to the action it means for the selection (a card's text, or a lane's or stage's name).
    let edit_card_text = m.item(EDIT_CARD_TEXT, Some("F2"))?;
    let rename = m.item(RENAME, Some("F2"))?;
    let connect_to = m.item(CONNECT_TO, Some("CmdOrCtrl+Shift+K"))?;
    let edit = m.submenu(
        MENU_EDIT,
        &[
            &undo,
            &redo,
            &sep()?,
            &cut,
            &copy,
            &paste,
            &duplicate,
            &delete,
            &sep()?,
            &select_all,
            &sep()?,
            &edit_card_text,
            &rename,
            &connect_to,
        ],
    )?;

    // Insert is the one key of New Card a text field has no use for; Mod+Enter stays the
    // UI's (the card text field commits and opens the next card with it). The Arrange keys
    // (arrows, Alt+arrows) belong to the canvas only: menu accelerators would take them
    // from text fields, where they move the caret.
    let new_card = m.item(NEW_CARD, Some("Insert"))?;
    let (add_lane, add_stage) = (m.item(ADD_LANE, None)?, m.item(ADD_STAGE, None)?);
    let insert = m.submenu(MENU_INSERT, &[&new_card, &add_lane, &add_stage])?;
    let arrange_items = [
        m.item(LANE_UP, None)?,
        m.item(LANE_DOWN, None)?,
        m.item(STAGE_LEFT, None)?,
        m.item(STAGE_RIGHT, None)?,
        m.item(LANE_COLLAPSE, None)?,
        m.item(CONNECTOR_DIRECTION, None)?,
        m.item(CONNECTOR_REVERSE, None)?,
        m.item(CONNECTOR_LABEL, None)?,
    ];
    let a = &arrange_items;
    let arrange =
        m.submenu(MENU_ARRANGE, &[&a[0], &a[1], &a[2], &a[3], &sep()?, &a[4], &sep()?, &a[5], &a[6], &a[7]])?;

    let mut language = Vec::new();
    for c in LanguageChoice::ALL {
        let id: &'static str = choice_id(LANGUAGE_PREFIX, c.tag());
        language.push((c, m.check(id, c == settings.language)?));
    }
    let mut theme = Vec::new();
    for c in ThemeChoice::ALL {
        let id: &'static str = choice_id(THEME_PREFIX, c.tag());
        theme.push((c, m.check(id, c == settings.theme)?));
    }
    let language_refs: Vec<&dyn IsMenuItem<Wry>> = language.iter().map(|(_, i)| i as &dyn IsMenuItem<Wry>).collect();
    let language_menu = m.submenu(SUB_LANGUAGE, &language_refs)?;
    let theme_refs: Vec<&dyn IsMenuItem<Wry>> = theme.iter().map(|(_, i)| i as &dyn IsMenuItem<Wry>).collect();
    let theme_menu = m.submenu(SUB_THEME, &theme_refs)?;
    let mut notes = Vec::new();
    for (n, id) in NOTES {
        notes.push((n, m.check(id, n == NotesDisplay::default())?));
    }
    let notes_refs: Vec<&dyn IsMenuItem<Wry>> = notes.iter().map(|(_, i)| i as &dyn IsMenuItem<Wry>).collect();
    let notes_menu = m.submenu(SUB_NOTES, &notes_refs)?;
    let zoom = [
        m.item(ZOOM_IN, Some("CmdOrCtrl+="))?,
        m.item(ZOOM_OUT, Some("CmdOrCtrl+-"))?,
        m.item(ZOOM_FIT, Some("CmdOrCtrl+1"))?,
        m.item(ZOOM_FIT_WIDTH, Some("CmdOrCtrl+2"))?,
        m.item(ZOOM_FIT_STAGE, Some("CmdOrCtrl+3"))?,
        m.item(ZOOM_ACTUAL, Some("CmdOrCtrl+0"))?,
    ];
    let mut overlays = Vec::new();
    for (id, o) in OVERLAYS {
        overlays.push((o, m.check(id, o == Overlay::None)?));
    }
    let o = &overlays;
    let overlay = m.submenu(SUB_OVERLAY, &[&o[0].1, &sep()?, &o[1].1, &o[2].1, &o[3].1])?;
    let minimap = m.item(MINIMAP, Some("CmdOrCtrl+Shift+M"))?;
    let inspector = m.item(SHOW_INSPECTOR, Some("Alt+Enter"))?;
    // F5, as presentation programs have it; Escape, which leaves, is the UI's key alone.
    let present = m.item(PRESENT, Some("F5"))?;
    // Checked as the focused document draws once a window has the focus (windows.rs).
    let display = DisplayItems {
        emotion_curve: m.check(EMOTION_CURVE, true)?,
        time_strip: m.check(TIME_STRIP, true)?,
        legend: m.check(LEGEND, false)?,
        overlay: overlays,
    };
    let view = m.submenu(
        MENU_VIEW,
        &[
            &present,
            &sep()?,
            &zoom[0],
            &zoom[1],
            &zoom[2],
            &zoom[3],
            &zoom[4],
            &zoom[5],
            &sep()?,
            &minimap,
            &inspector,
            &sep()?,
            &display.emotion_curve,
            &display.time_strip,
            &display.legend,
            &overlay,
            &notes_menu,
            &sep()?,
            &language_menu,
            &theme_menu,
        ],
    )?;

    let about = PredefinedMenuItem::about(app, Some(m.text(ABOUT)), Some(about_metadata(app)))?;
    // F1, as help has it everywhere; Mod+/ as in most editors with a shortcut list.
    let getting_started = m.item(GETTING_STARTED, Some("F1"))?;
    let shortcuts = m.item(SHORTCUTS, Some("CmdOrCtrl+/"))?;
    let menu = Menu::new(app)?;
    if cfg!(target_os = "macos") {
        let app_menu = app_menu(&m, &about)?;
        menu.append(&app_menu)?;
    }
    menu.append(&file)?;
    menu.append(&edit)?;
    menu.append(&insert)?;
    menu.append(&arrange)?;
    menu.append(&view)?;
    // On macOS About is in the application menu.
    let help = if cfg!(target_os = "macos") {
        m.submenu(MENU_HELP, &[&getting_started, &shortcuts])?
    } else {
        m.submenu(MENU_HELP, &[&getting_started, &shortcuts, &sep()?, &about])?
    };
    menu.append(&help)?;
    Ok((menu, Parts { edit: EditItems { undo, redo }, display, recent, choices: Choices { language, theme }, notes }))
}

/// The static id of a View › Language or View › Theme item (a key of `texts::MENU`).
fn choice_id(prefix: &str, tag: &str) -> &'static str {
    texts::MENU.iter().map(|(k, _)| *k).find(|k| k.strip_prefix(prefix) == Some(tag)).unwrap_or_else(|| {
        debug_assert!(false, "no menu text for {prefix}{tag}");
        ""
    })
}

fn app_menu(m: &Maker, about: &PredefinedMenuItem<Wry>) -> tauri::Result<Submenu<Wry>> {
    let sep = || PredefinedMenuItem::separator(m.app);
    let items: Vec<Box<dyn IsMenuItem<Wry>>> = vec![
        Box::new(about.clone()),
        Box::new(sep()?),
        Box::new(m.predefined(APP_SERVICES, PredefinedMenuItem::services)?),
        Box::new(sep()?),
        Box::new(m.predefined(APP_HIDE, PredefinedMenuItem::hide)?),
        Box::new(m.predefined(APP_HIDE_OTHERS, PredefinedMenuItem::hide_others)?),
        Box::new(m.predefined(APP_SHOW_ALL, PredefinedMenuItem::show_all)?),
        Box::new(sep()?),
    ];
    let quit = item(m.app, QUIT, m.text(APP_QUIT), Some("CmdOrCtrl+Q"))?;
    let mut refs: Vec<&dyn IsMenuItem<Wry>> = items.iter().map(|b| b.as_ref()).collect();
    refs.push(&quit);
    m.submenu(MENU_APP, &refs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key `build` shows a text for (the recent list's two and the choices too).
    const SHOWN: &[&str] = &[
        MENU_APP,
        MENU_FILE,
        MENU_EDIT,
        MENU_VIEW,
        MENU_INSERT,
        MENU_ARRANGE,
        MENU_HELP,
        MINIMAP,
        SUB_OVERLAY,
        OVERLAY_NONE,
        OVERLAY_FAIL_POINTS,
        OVERLAY_WAITS,
        OVERLAY_TIME,
        ZOOM_FIT_WIDTH,
        ZOOM_FIT_STAGE,
        SHOW_INSPECTOR,
        CONNECT_TO,
        PRESENT,
        EMOTION_CURVE,
        TIME_STRIP,
        LEGEND,
        SUB_NOTES,
        NOTES_HIDDEN,
        NOTES_ON_CARD,
        NOTES_FOOTNOTES,
        DUPLICATE,
        NEW_CARD,
        EDIT_CARD_TEXT,
        ADD_LANE,
        ADD_STAGE,
        RENAME,
        LANE_UP,
        LANE_DOWN,
        STAGE_LEFT,
        STAGE_RIGHT,
        LANE_COLLAPSE,
        CONNECTOR_DIRECTION,
        CONNECTOR_REVERSE,
        CONNECTOR_LABEL,
        GETTING_STARTED,
        SHORTCUTS,
        NEW,
        SUB_TEMPLATES,
        NEW_WINDOW,
        OPEN,
        SUB_RECENT,
        SUB_EXPORT,
        EXPORT_PNG,
        EXPORT_PDF,
        PRINT,
        RECENT_NONE,
        RECENT_CLEAR,
        SAVE,
        SAVE_AS,
        EXPORT_SVG,
        EXPORT_JSON,
        CLOSE,
        QUIT,
        UNDO,
        REDO,
        UNDO_NAMED,
        REDO_NAMED,
        CUT,
        COPY,
        PASTE,
        DELETE,
        SELECT_ALL,
        ZOOM_IN,
        ZOOM_OUT,
        ZOOM_FIT,
        ZOOM_ACTUAL,
        SUB_LANGUAGE,
        SUB_THEME,
        ABOUT,
        APP_SERVICES,
        APP_HIDE,
        APP_HIDE_OTHERS,
        APP_SHOW_ALL,
        APP_QUIT,
    ];

    #[test]
    fn every_menu_id_has_a_text_in_both_languages() {
        let choices = LanguageChoice::ALL
            .iter()
            .map(|c| format!("{LANGUAGE_PREFIX}{}", c.tag()))
            .chain(ThemeChoice::ALL.iter().map(|c| format!("{THEME_PREFIX}{}", c.tag())));
        let keys: Vec<String> = SHOWN.iter().map(|k| k.to_string()).chain(choices).collect();
        for key in &keys {
            assert!(texts::MENU.iter().any(|(k, _)| k == key), "no menu text for {key}");
        }
        // The table holds nothing else.
        for (k, _) in texts::MENU {
            assert!(keys.iter().any(|x| x == k), "{k} is in texts::MENU but no menu shows it");
        }
        // Every action the menu forwards to the UI is translated.
        for id in UI_ACTIONS {
            assert!(keys.iter().any(|k| k == id), "{id}");
        }
        assert_eq!(text(Locale::ZhCn, SAVE), "保存");
    }

    #[test]
    fn undo_and_redo_name_the_edit() {
        assert_eq!(undo_text(Locale::En, None), "Undo");
        assert_eq!(undo_text(Locale::En, Some("Move Card")), "Undo Move Card");
        assert_eq!(redo_text(Locale::ZhCn, None), "重做");
        assert_eq!(redo_text(Locale::ZhCn, Some("移动卡片")), "重做 移动卡片");
        // Only the first placeholder is filled: braces in a name stay as they are.
        assert_eq!(undo_text(Locale::En, Some("{}")), "Undo {}");
    }

    #[test]
    fn every_template_has_a_label_in_both_languages() {
        for name in frontstage::templates::names() {
            assert_eq!(template_text(Locale::En, name), frontstage::templates::describe(name).unwrap());
        }
        assert_eq!(template_text(Locale::ZhCn, "18f"), "18F：四行（客户、前台、后台、支持），有形展示并入前台");
    }

    #[test]
    fn ampersands_in_menu_labels_stay_literal() {
        // Every template's label, in both languages, reads in the menu as it is written.
        for name in frontstage::templates::names() {
            for locale in [Locale::En, Locale::ZhCn] {
                let text = template_text(locale, name);
                assert_eq!(muda_shown(&literal(text)), text, "{name}");
            }
        }
        assert!(template_text(Locale::En, "fliess").contains('&'), "the case this guards");
        assert_eq!(literal("R&D plan — /home/a&b"), "R&&D plan — /home/a&&b");
        assert_eq!(muda_shown(&literal("a && b_c")), "a && b_c");
    }

    /// What a native menu shows for a label, by the menu library's rule: `&&` is a literal
    /// `&`, a single `&` marks the next letter as the mnemonic and is not shown.
    fn muda_shown(label: &str) -> String {
        let mut shown = String::new();
        let mut chars = label.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '&' {
                if chars.peek() == Some(&'&') {
                    chars.next();
                    shown.push('&');
                }
            } else {
                shown.push(c);
            }
        }
        shown
    }

    #[test]
    fn choice_ids_are_the_texts_keys() {
        assert_eq!(choice_id(LANGUAGE_PREFIX, "zh-CN"), "view.language.zh-CN");
        assert_eq!(choice_id(THEME_PREFIX, "dark"), "view.theme.dark");
    }
}
