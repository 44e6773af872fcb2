//! Frontstage desktop shell: per-window document sessions over the `frontstage` core's
//! view protocol, native menus and dialogs, recent files, settings and recovery copies.
//! The UI (ui/) draws; the core edits and answers; this crate connects them and owns
//! what needs a native window (docs/architecture.md).

#[cfg(feature = "bench")]
pub mod bench;
pub mod commands;
pub mod dispatch;
pub mod export_flows;
pub mod export_memory;
pub mod exports;
pub mod files;
pub mod flows;
#[cfg(feature = "test-hooks")]
pub mod hooks;
pub mod locale;
pub mod menu;
pub mod menu_look;
pub mod preferences;
pub mod recent;
pub mod recovery;
pub mod rendering;
pub mod sessions;
pub mod settings;
pub mod texts;
pub mod windows;

/// Errors as the UI receives them, `{code, message}`: the core's view errors, and the
/// shell's own (a dialog, a window) in the same shape.
pub use frontstage::view::Error as AppError;

use frontstage::view::Session;
use recent::Recent;
use recovery::Recovery;
use sessions::Sessions;
use std::path::PathBuf;
use tauri::{AppHandle, Manager, RunEvent, WindowEvent};

/// Label of the window the configuration opens at start.
pub const MAIN_WINDOW: &str = "main";
/// Overrides the app's data folder (recent files, settings, recovery copies); tests use it.
pub const DATA_DIR_ENV: &str = "FRONTSTAGE_DATA_DIR";

/// The file to open from the command line: the first argument that is not an option.
/// On Linux the file association starts the app this way too (`Exec=frontstage-app %f`).
pub fn file_argument(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    args.into_iter().skip(1).find(|a| !a.starts_with('-')).map(PathBuf::from)
}

fn data_dir(app: &AppHandle) -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => app.path().app_data_dir().ok(),
    }
}

/// The commands the UI may invoke, with `$extra` for those of a feature's build.
macro_rules! handlers_with {
    ($($extra:path),*) => {
        tauri::generate_handler![
            commands::view,
            commands::status,
            commands::execute,
            commands::anticipate,
            commands::preview,
            commands::confirm,
            commands::undo,
            commands::redo,
            commands::seal,
            commands::recovered,
            commands::restore_recovered,
            commands::discard_recovered,
            commands::measures,
            commands::figure_cards,
            commands::rules,
            commands::lane_kinds,
            commands::export_choices,
            commands::export_outcome,
            commands::export_file,
            preferences::preferences,
            $($extra),*
        ]
    };
}

/// The commands with the test hooks (feature `test-hooks`) and `$extra`.
#[cfg(feature = "test-hooks")]
macro_rules! handlers_and_hooks {
    ($($extra:path),*) => {
        handlers_with!(
            hooks::test_save_as,
            hooks::test_export,
            hooks::test_open,
            hooks::test_pid,
            hooks::test_new_from,
            hooks::test_answer_save_dialog,
            hooks::test_printed,
            hooks::test_menu,
            hooks::test_menu_radio
            $(, $extra)*
        )
    };
}

#[cfg(not(feature = "test-hooks"))]
macro_rules! handlers_and_hooks {
    ($($extra:path),*) => {
        handlers_with!($($extra),*)
    };
}

#[cfg(not(feature = "bench"))]
fn with_handlers(builder: tauri::Builder<tauri::Wry>) -> tauri::Builder<tauri::Wry> {
    builder.invoke_handler(handlers_and_hooks!())
}

/// A benchmark build (feature `bench`) also answers `bench_document`.
#[cfg(feature = "bench")]
fn with_handlers(builder: tauri::Builder<tauri::Wry>) -> tauri::Builder<tauri::Wry> {
    builder.invoke_handler(handlers_and_hooks!(bench::bench_document))
}

pub fn run() {
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(Sessions::default())
        .manage(windows::LastFocused::default())
        .setup(|app| {
            let handle = app.handle().clone();
            let data = data_dir(&handle);
            let (recent, gone) = Recent::load(data.as_ref().map(|d| d.join("recent.json")));
            for p in gone {
                eprintln!("Frontstage: {} no longer exists; removed from Open Recent", p.display());
            }
            let settings_file = data.as_ref().map(|d| d.join("settings.json"));
            app.manage(settings::SettingsStore::load(settings_file, locale::Locale::system()));
            app.manage(export_memory::ExportMemory::load(data.as_ref().map(|d| d.join("export-choices.json"))));
            // Diagnostics are written in the UI's language from the first document on.
            app.state::<Sessions>().set_language(settings::locale(&handle).language());
            preferences::apply_at_start(&handle);
            menu::install(&handle, &recent.list())?;
            app.manage(recent);
            let recovery_dir = data.unwrap_or_else(std::env::temp_dir).join("recovery");
            app.manage(Recovery::new(recovery_dir));

            // The main window shows the file named on the command line, or a new document.
            let mut open_error = None;
            let session = match file_argument(std::env::args()) {
                Some(path) => match files::open(&path) {
                    Ok(doc) => {
                        let path = std::fs::canonicalize(&path).unwrap_or(path);
                        app.state::<Recent>().add(&path);
                        flows::refresh_recent_menu(&handle);
                        Session::opened(doc, path)
                    }
                    Err(e) => {
                        open_error = Some(e);
                        Session::untitled(files::new_blueprint(app.state::<Sessions>().language())?)
                    }
                },
                None => Session::untitled(files::new_blueprint(app.state::<Sessions>().language())?),
            };
            app.state::<Sessions>().insert(MAIN_WINDOW, session);
            if let Some(main) = app.get_webview_window(MAIN_WINDOW) {
                windows::on_focus(&main);
                windows::refresh(&main, &app.state::<Sessions>());
                if let Some(e) = open_error {
                    flows::show_error(
                        &handle,
                        Some(&main),
                        texts::get(settings::locale(&handle), texts::CANNOT_OPEN),
                        &e,
                    );
                }
            }
            recovery::spawn(handle);
            Ok(())
        })
        .on_menu_event(dispatch::handle)
        .on_window_event(|window, event| {
            let app = window.app_handle();
            match event {
                WindowEvent::Focused(true) => {
                    if let Some(w) = app.get_webview_window(window.label()) {
                        windows::on_focus(&w);
                    }
                }
                WindowEvent::CloseRequested { api, .. } => {
                    if let Some(w) = app.get_webview_window(window.label()) {
                        if flows::confirm_close(&w) {
                            api.prevent_close();
                        }
                    }
                }
                WindowEvent::Destroyed => {
                    // Every way to destroy a window with unsaved work asked first.
                    if let Some(recovery_id) = app.state::<Sessions>().remove(window.label()) {
                        app.state::<Recovery>().forget(&recovery_id);
                    }
                    if let Some(memory) = app.try_state::<export_memory::ExportMemory>() {
                        memory.forget_window(window.label());
                    }
                }
                _ => {}
            }
        });
    let built = with_handlers(builder).build(tauri::generate_context!("../tauri.conf.json"));
    let app = match built {
        Ok(app) => app,
        Err(e) => {
            eprintln!("Frontstage could not start: {e}");
            std::process::exit(1);
        }
    };
    app.run(|app, event| match event {
        RunEvent::Exit => app.state::<Recovery>().stop(),
        #[cfg(target_os = "macos")]
        RunEvent::Opened { urls } => {
            // macOS hands files from the Finder (file association) over as URLs.
            for url in urls {
                if let Ok(path) = url.to_file_path() {
                    if let Err(e) = flows::open_path(app, &path) {
                        flows::show_error(app, None, texts::get(settings::locale(app), texts::CANNOT_OPEN), &e);
                    }
                }
            }
        }
        _ => {}
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_argument_is_the_first_non_option() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(file_argument(args(&["app"])), None);
        assert_eq!(file_argument(args(&["app", "plan.frontstage"])), Some(PathBuf::from("plan.frontstage")));
        assert_eq!(
            file_argument(args(&["app", "--automation", "/x/a b.frontstage"])),
            Some(PathBuf::from("/x/a b.frontstage"))
        );
    }
}
