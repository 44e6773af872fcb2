//! The native menu bar. The shell handles File actions (windows and documents); Edit
//! and View actions go to the focused window's UI as a `menu` event, because what they
//! act on (the selection, the zoom) lives there. Cut, Copy, Paste and Select All are the
//! platform's own items so that text fields behave natively; the canvas answers the DOM
//! clipboard events they raise. Texts come from the `TEXTS` table in the chosen
//! language (View › Language); switching builds the bar all windows share again.

use crate::files::Format;
use crate::locale::Locale;
use crate::settings::{LanguageChoice, SettingsStore, ThemeChoice};
use crate::{flows, preferences, shell};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use tauri::menu::{
    CheckMenuItem, CheckMenuItemBuilder, IsMenuItem, Menu, MenuEvent, MenuItem, MenuItemBuilder, PredefinedMenuItem,
    Submenu, SubmenuBuilder,
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
pub const MINIMAP: &str = "view.minimap";
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

/// Actions forwarded to the UI as they are named here: the ids of the UI's action
/// registry (ui/src/actions.ts), which decides whether each applies to the selection.
pub const UI_ACTIONS: [&str; 22] = [
    UNDO,
    REDO,
    DELETE,
    ZOOM_IN,
    ZOOM_OUT,
    ZOOM_FIT,
    ZOOM_ACTUAL,
    MINIMAP,
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
const SUB_LANGUAGE: &str = "view.language";
const SUB_THEME: &str = "view.theme";
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

/// Every menu text: key (the item's id where it has one), English, Simplified Chinese.
/// A new item gets a row here and its key in `build`; `{}` is filled in by `text_with`.
const TEXTS: &[(&str, &str, &str)] = &[
    (MENU_APP, "Frontstage", "Frontstage"),
    (MENU_FILE, "File", "文件"),
    (MENU_EDIT, "Edit", "编辑"),
    (MENU_VIEW, "View", "视图"),
    (MENU_INSERT, "Insert", "插入"),
    (MENU_ARRANGE, "Arrange", "排列"),
    (MENU_HELP, "Help", "帮助"),
    (NEW, "New", "新建"),
    (SUB_TEMPLATES, "New from Template", "从模板新建"),
    (NEW_WINDOW, "New Window", "新建窗口"),
    (OPEN, "Open…", "打开…"),
    (SUB_RECENT, "Open Recent", "最近打开"),
    (RECENT_NONE, "No Recent Files", "没有最近的文件"),
    (RECENT_CLEAR, "Clear Menu", "清除菜单"),
    (SAVE, "Save", "保存"),
    (SAVE_AS, "Save As…", "另存为…"),
    (EXPORT_SVG, "Export SVG…", "导出 SVG…"),
    (EXPORT_JSON, "Export JSON…", "导出 JSON…"),
    (CLOSE, "Close", "关闭"),
    (QUIT, "Quit", "退出"),
    (UNDO, "Undo", "撤销"),
    (REDO, "Redo", "重做"),
    (UNDO_NAMED, "Undo {}", "撤销 {}"),
    (REDO_NAMED, "Redo {}", "重做 {}"),
    (CUT, "Cut", "剪切"),
    (COPY, "Copy", "复制"),
    (PASTE, "Paste", "粘贴"),
    (DELETE, "Delete", "删除"),
    (DUPLICATE, "Duplicate", "创建副本"),
    (NEW_CARD, "New Card", "新建卡片"),
    (EDIT_CARD_TEXT, "Edit Card Text", "编辑卡片文字"),
    (ADD_LANE, "Lane", "泳道"),
    (ADD_STAGE, "Stage", "阶段"),
    (RENAME, "Rename Lane or Stage", "重命名泳道或阶段"),
    (LANE_UP, "Move Lane Up", "泳道上移"),
    (LANE_DOWN, "Move Lane Down", "泳道下移"),
    (STAGE_LEFT, "Move Stage Left", "阶段左移"),
    (STAGE_RIGHT, "Move Stage Right", "阶段右移"),
    (LANE_COLLAPSE, "Collapse or Expand Lane", "折叠或展开泳道"),
    (CONNECTOR_DIRECTION, "One-Way or Two-Way Arrow", "单向或双向箭头"),
    (CONNECTOR_REVERSE, "Reverse Arrow", "反转箭头"),
    (CONNECTOR_LABEL, "Edit Arrow Label", "编辑箭头标签"),
    (SELECT_ALL, "Select All", "全选"),
    (ZOOM_IN, "Zoom In", "放大"),
    (ZOOM_OUT, "Zoom Out", "缩小"),
    (ZOOM_FIT, "Fit", "适合窗口"),
    (ZOOM_ACTUAL, "Actual Size", "实际大小"),
    (MINIMAP, "Minimap", "缩略图"),
    (SUB_LANGUAGE, "Language", "语言"),
    ("view.language.system", "System", "跟随系统"),
    // Each language is named in itself, so it can be found in either.
    ("view.language.en", "English", "English"),
    ("view.language.zh-CN", "简体中文", "简体中文"),
    (SUB_THEME, "Theme", "主题"),
    ("view.theme.system", "System", "跟随系统"),
    ("view.theme.light", "Light", "浅色"),
    ("view.theme.dark", "Dark", "深色"),
    (ABOUT, "About Frontstage", "关于 Frontstage"),
    (APP_SERVICES, "Services", "服务"),
    (APP_HIDE, "Hide Frontstage", "隐藏 Frontstage"),
    (APP_HIDE_OTHERS, "Hide Others", "隐藏其他"),
    (APP_SHOW_ALL, "Show All", "全部显示"),
    (APP_QUIT, "Quit Frontstage", "退出 Frontstage"),
];

/// File › New from Template in Chinese, by template name; English is the core's own
/// description (`frontstage::templates::describe`).
const TEMPLATES_ZH: &[(&str, &str)] = &[
    ("bitner", "Bitner / NN/g：五条泳道，含互动线、可视线和内部互动线（默认）"),
    ("shostack", "Shostack（1984）：客户、台前与后台，仅含可视线"),
    ("18f", "18F：四行（客户、前台、后台、支持），有形展示并入前台"),
    ("fliess", "Fliess 与 Kleinaltenkamp：五条线，含订单渗透线和执行线"),
    ("restaurant", "示例：餐厅晚餐，四个阶段，英文"),
    ("restaurant-zh", "示例：餐厅堂食晚餐（中文）"),
];

fn template_text(locale: Locale, name: &'static str) -> &'static str {
    let zh = || TEMPLATES_ZH.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
    match locale {
        Locale::ZhCn => zh(),
        Locale::En => None,
    }
    .or_else(|| frontstage::templates::describe(name))
    .unwrap_or(name)
}

/// The text of `key` in `locale`; the key itself when it has none (a test keeps every
/// key `build` uses in the table).
pub fn text(locale: Locale, key: &str) -> &'static str {
    match TEXTS.iter().find(|(k, ..)| *k == key) {
        Some((_, en, zh)) => match locale {
            Locale::En => en,
            Locale::ZhCn => zh,
        },
        None => {
            debug_assert!(false, "menu text {key} is missing");
            ""
        }
    }
}

fn text_with(locale: Locale, key: &str, arg: &str) -> String {
    text(locale, key).replacen("{}", arg, 1)
}

/// Chinese names of the core's edits ("Move Card"), shared with the UI's toolbar.
const EDIT_NAMES_ZH: &str = include_str!("../../ui/src/i18n/edit-names.zh-CN.json");

fn edit_names_zh() -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    // A damaged table costs the translation of edit names, not the menu.
    NAMES.get_or_init(|| serde_json::from_str(EDIT_NAMES_ZH).unwrap_or_default())
}

/// An edit's name in `locale`; names the table lacks (batch labels) stay as they are.
pub fn edit_name(locale: Locale, name: &str) -> &str {
    match locale {
        Locale::ZhCn => edit_names_zh().get(name).map_or(name, |s| s.as_str()),
        Locale::En => name,
    }
}

/// Edit › Undo / Redo, with the name of the edit they would undo or redo.
pub fn undo_text(locale: Locale, edit: Option<&str>) -> String {
    edit.map_or_else(|| text(locale, UNDO).to_owned(), |e| text_with(locale, UNDO_NAMED, edit_name(locale, e)))
}

pub fn redo_text(locale: Locale, edit: Option<&str>) -> String {
    edit.map_or_else(|| text(locale, REDO).to_owned(), |e| text_with(locale, REDO_NAMED, edit_name(locale, e)))
}

/// The language the menus speak now.
pub fn locale(app: &AppHandle) -> Locale {
    app.try_state::<SettingsStore>().map_or_else(Locale::default, |s| s.locale())
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

/// The parts of the menu bar that change after it is built.
#[derive(Clone)]
pub struct Parts {
    pub edit: EditItems,
    pub recent: Submenu<Wry>,
    choices: Choices,
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
        menu.append(&item(app, &format!("{RECENT_PREFIX}{i}"), &format!("{name} — {dir}"), None)?)?;
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
        template_items.push(item(app, &format!("{TEMPLATE_PREFIX}{name}"), template_text(m.locale, name), None)?);
    }
    let template_refs: Vec<&dyn IsMenuItem<Wry>> = template_items.iter().map(|i| i as &dyn IsMenuItem<Wry>).collect();
    let templates = m.submenu(SUB_TEMPLATES, &template_refs)?;
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
        Box::new(m.item(EXPORT_SVG, Some("CmdOrCtrl+E"))?),
        Box::new(m.item(EXPORT_JSON, None)?),
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
    let edit_card_text = m.item(EDIT_CARD_TEXT, None)?;
    let rename = m.item(RENAME, None)?;
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
        ],
    )?;

    // Keys for these live in the UI's registry (Insert, arrows, Alt+arrows), where they
    // can leave text fields alone; menu accelerators would take them everywhere.
    let (new_card, add_lane, add_stage) = (m.item(NEW_CARD, None)?, m.item(ADD_LANE, None)?, m.item(ADD_STAGE, None)?);
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
    let zoom = [
        m.item(ZOOM_IN, Some("CmdOrCtrl+="))?,
        m.item(ZOOM_OUT, Some("CmdOrCtrl+-"))?,
        m.item(ZOOM_FIT, Some("CmdOrCtrl+1"))?,
        m.item(ZOOM_ACTUAL, Some("CmdOrCtrl+0"))?,
    ];
    let minimap = m.item(MINIMAP, Some("CmdOrCtrl+Shift+M"))?;
    let view = m.submenu(
        MENU_VIEW,
        &[&zoom[0], &zoom[1], &zoom[2], &zoom[3], &sep()?, &minimap, &sep()?, &language_menu, &theme_menu],
    )?;

    let about = PredefinedMenuItem::about(app, Some(m.text(ABOUT)), Some(shell::about_metadata(app)))?;
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
    if !cfg!(target_os = "macos") {
        let help = m.submenu(MENU_HELP, &[&about])?;
        menu.append(&help)?;
    }
    Ok((menu, Parts { edit: EditItems { undo, redo }, recent, choices: Choices { language, theme } }))
}

/// The static id of a View › Language or View › Theme item (a key of `TEXTS`).
fn choice_id(prefix: &str, tag: &str) -> &'static str {
    TEXTS.iter().map(|(k, ..)| *k).find(|k| k.strip_prefix(prefix) == Some(tag)).unwrap_or_else(|| {
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

/// Give the menu bar (all windows share it) the texts of the current language.
pub fn relabel(app: &AppHandle) {
    let recent = app.try_state::<crate::recent::Recent>().map(|r| r.list()).unwrap_or_default();
    if let Err(e) = install(app, &recent) {
        eprintln!("Frontstage: could not rebuild the menus: {e}");
        return;
    }
    if let Some(w) = shell::focused_window(app) {
        shell::on_focus(&w);
    }
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
            } else if let Some(c) = id.strip_prefix(LANGUAGE_PREFIX).and_then(LanguageChoice::from_tag) {
                preferences::choose_language(app, c);
            } else if let Some(c) = id.strip_prefix(THEME_PREFIX).and_then(ThemeChoice::from_tag) {
                preferences::choose_theme(app, c);
            }
        }
    }
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
        NEW,
        SUB_TEMPLATES,
        NEW_WINDOW,
        OPEN,
        SUB_RECENT,
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
            let row = TEXTS.iter().find(|(k, ..)| k == key);
            let Some((_, en, zh)) = row else { panic!("no menu text for {key}") };
            assert!(!en.trim().is_empty() && !zh.trim().is_empty(), "{key}");
            assert_eq!(en.matches("{}").count(), zh.matches("{}").count(), "{key}: placeholders differ");
        }
        // The table holds nothing else, and no key twice.
        for (i, (k, ..)) in TEXTS.iter().enumerate() {
            assert!(keys.iter().any(|x| x == k), "{k} is in TEXTS but no menu shows it");
            assert!(TEXTS[..i].iter().all(|(j, ..)| j != k), "{k} twice");
        }
        // Every action the menu forwards to the UI is translated.
        for id in UI_ACTIONS {
            assert!(keys.iter().any(|k| k == id), "{id}");
        }
    }

    #[test]
    fn chinese_is_translated_where_english_words_are() {
        // Only names (the app's, the languages' own) read the same in both.
        let same: Vec<&str> = TEXTS.iter().filter(|(_, en, zh)| en == zh).map(|(k, ..)| *k).collect();
        assert_eq!(same, [MENU_APP, "view.language.en", "view.language.zh-CN"]);
        assert_eq!(text(Locale::ZhCn, SAVE), "保存");
        assert_eq!(text(Locale::En, SAVE), "Save");
    }

    #[test]
    fn undo_and_redo_name_the_edit_in_either_language() {
        assert_eq!(undo_text(Locale::En, None), "Undo");
        assert_eq!(undo_text(Locale::En, Some("Move Card")), "Undo Move Card");
        assert_eq!(redo_text(Locale::ZhCn, None), "重做");
        assert_eq!(redo_text(Locale::ZhCn, Some("Move Card")), "重做 移动卡片");
        assert_eq!(undo_text(Locale::ZhCn, Some("Add Lanes from Paste")), "撤销 Add Lanes from Paste");
        // Only the first placeholder is filled: braces in a name stay as they are.
        assert_eq!(undo_text(Locale::En, Some("{}")), "Undo {}");
    }

    #[test]
    fn the_edit_names_table_is_read() {
        let names = edit_names_zh();
        assert!(names.len() >= 20, "{} names", names.len());
        assert!(names.values().all(|v| !v.trim().is_empty()));
        assert_eq!(edit_name(Locale::ZhCn, "Typing"), "输入");
        assert_eq!(edit_name(Locale::En, "Typing"), "Typing");
    }

    #[test]
    fn every_template_has_a_chinese_label() {
        for name in frontstage::templates::names() {
            assert!(TEMPLATES_ZH.iter().any(|(n, _)| n == name), "template {name}: add it to TEMPLATES_ZH");
            assert_eq!(template_text(Locale::En, name), frontstage::templates::describe(name).unwrap());
        }
        assert_eq!(template_text(Locale::ZhCn, "18f"), "18F：四行（客户、前台、后台、支持），有形展示并入前台");
        assert!(
            TEMPLATES_ZH.iter().all(|(n, _)| frontstage::templates::names().contains(n)),
            "a row for a template that is gone"
        );
    }

    #[test]
    fn choice_ids_are_the_texts_keys() {
        assert_eq!(choice_id(LANGUAGE_PREFIX, "zh-CN"), "view.language.zh-CN");
        assert_eq!(choice_id(THEME_PREFIX, "dark"), "view.theme.dark");
    }
}
