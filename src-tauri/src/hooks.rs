//! Test hooks: what the end-to-end test needs and native dialogs cannot give it (GTK file
//! dialogs cannot be driven through WebDriver). They work only when the app was started
//! with `FRONTSTAGE_TEST_HOOKS=1`; otherwise each refuses with code `not_available`.

use crate::files::{self, Format};
use crate::sessions::Sessions;
use crate::{flows, AppError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{AppHandle, State, WebviewWindow};

pub const ENV: &str = "FRONTSTAGE_TEST_HOOKS";

fn enabled() -> Result<(), AppError> {
    if std::env::var(ENV).as_deref() == Ok("1") {
        Ok(())
    } else {
        Err(AppError::new("not_available", format!("test hooks are off (set {ENV}=1 to enable them)")))
    }
}

/// Save As to `path`, as if chosen in the dialog.
#[tauri::command]
pub fn test_save_as(window: WebviewWindow, path: PathBuf) -> Result<(), AppError> {
    enabled()?;
    flows::save_to(&window, &path)
}

/// Export to `path`, as if chosen in the dialog.
#[tauri::command]
pub fn test_export(
    window: WebviewWindow,
    sessions: State<'_, Sessions>,
    format: Format,
    path: PathBuf,
) -> Result<(), AppError> {
    enabled()?;
    let doc = sessions.with(window.label(), |s| s.doc().clone())?;
    files::export(&doc, format, &path)
}

/// Open `path`, as if chosen in the Open dialog. Returns the label of its window.
#[tauri::command]
pub async fn test_open(app: AppHandle, path: PathBuf) -> Result<String, AppError> {
    enabled()?;
    flows::open_path(&app, &path)
}

/// The app's process id, for the test that kills it.
#[tauri::command]
pub fn test_pid() -> Result<u32, AppError> {
    enabled()?;
    Ok(std::process::id())
}

/// Replace the window's document with the blueprint `text`, new and untitled, as File ›
/// New does with the default template (the UI is told to reload).
#[tauri::command]
pub fn test_new_from(window: WebviewWindow, text: String) -> Result<(), AppError> {
    enabled()?;
    let doc = frontstage::io::load_str(&text)?;
    crate::windows::replace_session(&window, frontstage::view::Session::untitled(doc));
    Ok(())
}

/// Paths the next Save dialogs answer with, in order (`test_answer_save_dialog`).
static SAVE_ANSWERS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// The PDFs handed to the operating system for printing, instead of opening a viewer.
static PRINTED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The next Save dialog answers `path` without showing itself.
#[tauri::command]
pub fn test_answer_save_dialog(path: PathBuf) -> Result<(), AppError> {
    enabled()?;
    SAVE_ANSWERS.lock().unwrap_or_else(|p| p.into_inner()).insert(0, path);
    Ok(())
}

/// A queued answer for the Save dialog the app is about to show.
pub fn answer_save_dialog() -> Option<PathBuf> {
    enabled().ok()?;
    SAVE_ANSWERS.lock().unwrap_or_else(|p| p.into_inner()).pop()
}

/// Keep `pdf` as printed instead of opening it (a test machine has no viewer); `false`
/// when the hooks are off, so the product opens it.
pub fn record_print(pdf: &Path) -> bool {
    if enabled().is_err() {
        return false;
    }
    PRINTED.lock().unwrap_or_else(|p| p.into_inner()).push(pdf.to_path_buf());
    true
}

/// The PDFs handed over for printing so far.
#[tauri::command]
pub fn test_printed() -> Result<Vec<PathBuf>, AppError> {
    enabled()?;
    Ok(PRINTED.lock().unwrap_or_else(|p| p.into_inner()).clone())
}

/// Choose the menu item `id`, as a click on it does (native menus cannot be driven
/// through WebDriver).
#[tauri::command]
pub fn test_menu(app: AppHandle, id: String) -> Result<(), AppError> {
    enabled()?;
    crate::dispatch::route(&app, &id);
    Ok(())
}

/// The window's menu items drawn as radio items, with whether each is chosen (Linux: GTK
/// draws them; elsewhere none are).
#[tauri::command]
pub fn test_menu_radio(window: WebviewWindow) -> Result<Vec<(String, bool)>, AppError> {
    enabled()?;
    Ok(crate::menu_look::radio_items(&window))
}
