//! The export dialog's requests (ui/src/panels/ExportDialog.svelte): the remembered
//! choices, what they would make, and making it: a PNG or PDF where the user says, or a
//! PDF for the printer handed to the operating system, so printing never depends on the
//! web view. The drawing runs off the main thread; the file is written atomically.

use crate::export_memory::ExportMemory;
use crate::exports::{self, ExportChoices, Outcome, Target};
use crate::sessions::Sessions;
use crate::settings::locale;
use crate::texts::{self, fill, get};
use crate::{files, flows, AppError};
use frontstage::model::Blueprint;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, WebviewWindow};

/// The choices the window's document was last exported with.
pub fn choices(window: &WebviewWindow) -> Result<ExportChoices, AppError> {
    let app = window.app_handle();
    let path = app.state::<Sessions>().with(window.label(), |s| s.path().map(PathBuf::from))?;
    Ok(app.state::<ExportMemory>().get(window.label(), path.as_deref()))
}

/// What `choices` would make of the window's document, drawing nothing.
pub fn outcome(window: &WebviewWindow, target: Target, choices: ExportChoices) -> Result<Outcome, AppError> {
    let choices = choices.normalized();
    window.app_handle().state::<Sessions>().with(window.label(), |s| exports::outcome(&s.scene(), target, &choices))
}

/// Make the file: remember the choices, refuse what cannot be made before asking where,
/// ask where (not for printing), draw, write, and for printing hand it over. `None` when
/// the user cancelled the file dialog; otherwise the file written.
pub async fn export(window: WebviewWindow, target: Target, choices: ExportChoices) -> Result<Option<String>, AppError> {
    let choices = choices.normalized();
    let app = window.app_handle().clone();
    let (doc, scene, path) = app
        .state::<Sessions>()
        .with(window.label(), |s| (s.doc().clone(), s.scene().into_owned(), s.path().map(PathBuf::from)))?;
    app.state::<ExportMemory>().remember(window.label(), path.as_deref(), choices);
    if let Outcome::Refused { error } = exports::outcome(&scene, target, &choices) {
        return Err(error);
    }
    let dest = match target {
        Target::Print => print_file(&app, &doc)?,
        _ => match ask_where(&window, target, &doc, path.as_deref()).await? {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    if let Some(blueprint) = &path {
        files::refuse_overwriting(&dest, blueprint)?;
    }
    let bytes = tauri::async_runtime::spawn_blocking(move || exports::render(&scene, &doc, target, &choices))
        .await
        .map_err(|e| AppError::new("internal", format!("the export stopped: {e}")))??;
    frontstage::io::write_atomically(&dest, &bytes)?;
    if target == Target::Print {
        hand_over(&app, &dest)?;
    }
    Ok(Some(dest.display().to_string()))
}

/// The native Save dialog, beside the blueprint, named after its title.
async fn ask_where(
    window: &WebviewWindow,
    target: Target,
    doc: &Blueprint,
    blueprint: Option<&Path>,
) -> Result<Option<PathBuf>, AppError> {
    #[cfg(feature = "test-hooks")]
    if let Some(p) = crate::hooks::answer_save_dialog() {
        return Ok(Some(p));
    }
    let app = window.app_handle();
    let l = locale(app);
    let ext = target.extension();
    let filter = get(l, if target == Target::Png { texts::PNG_FILTER } else { texts::PDF_FILTER });
    let mut d = flows::file_dialog(app, Some(window))
        .set_title(fill(l, texts::EXPORT_TITLE, &[("format", &ext.to_uppercase())]))
        .add_filter(filter, &[ext])
        .set_file_name(files::suggested_name(&doc.title, ext));
    if let Some(dir) = blueprint.and_then(Path::parent) {
        d = d.set_directory(dir);
    }
    // The blocking dialog waits for the user on a worker thread; GTK shows it on the main one.
    let picked = tauri::async_runtime::spawn_blocking(move || d.blocking_save_file())
        .await
        .map_err(|e| AppError::new("internal", format!("the file dialog stopped: {e}")))?;
    Ok(picked.and_then(|p| p.into_path().ok()).map(|p| flows::with_extension(p, ext)))
}

/// Where the PDF for the printer goes: the system's temporary folder, named after the
/// blueprint, so the viewer shows a name the user recognises.
fn print_file(app: &AppHandle, doc: &Blueprint) -> Result<PathBuf, AppError> {
    let dir = app.path().temp_dir().unwrap_or_else(|_| std::env::temp_dir()).join("frontstage-print");
    std::fs::create_dir_all(&dir)
        .map_err(|e| AppError::new("io", format!("cannot make the folder {}: {e}", dir.display())))?;
    Ok(dir.join(files::suggested_name(&doc.title, "pdf")))
}

/// Give the PDF to the operating system: its viewer prints (with its print dialog).
fn hand_over(app: &AppHandle, pdf: &Path) -> Result<(), AppError> {
    #[cfg(feature = "test-hooks")]
    if crate::hooks::record_print(pdf) {
        return Ok(());
    }
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_path(pdf.to_string_lossy(), None::<&str>)
        .map_err(|e| AppError::new("print_failed", format!("no program opened {}: {e}", pdf.display())))
}
