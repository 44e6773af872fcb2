//! Test hooks: what the end-to-end test needs and native dialogs cannot give it (GTK file
//! dialogs cannot be driven through WebDriver). They work only when the app was started
//! with `FRONTSTAGE_TEST_HOOKS=1`; otherwise each refuses with code `not_available`.

use crate::files::{self, Format};
use crate::sessions::Sessions;
use crate::{flows, AppError};
use std::path::PathBuf;
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
