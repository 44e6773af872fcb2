//! Frontstage desktop shell: per-window document sessions over the `frontstage` core,
//! native menus and dialogs. The UI (ui/) draws; the core edits; this crate connects them.

pub mod commands;
pub mod error;
pub mod menu;
pub mod session;
pub mod shell;

pub use error::AppError;
pub use session::{Session, Sessions, Status};

use tauri::{Manager, WindowEvent};

/// Label of the window the configuration opens at start.
pub const MAIN_WINDOW: &str = "main";

pub fn run() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Sessions::default())
        .manage(shell::LastFocused::default())
        .setup(|app| {
            let handle = app.handle();
            let doc = commands::new_blueprint(None)?;
            app.state::<Sessions>().insert(MAIN_WINDOW, Session::untitled(doc));
            let (menu, edit_items) = menu::build(handle)?;
            app.manage(edit_items);
            app.set_menu(menu)?;
            if let Some(main) = app.get_webview_window(MAIN_WINDOW) {
                shell::on_focus(&main);
                shell::refresh(&main, &app.state::<Sessions>());
            }
            Ok(())
        })
        .on_menu_event(menu::handle)
        .on_window_event(|window, event| {
            let app = window.app_handle();
            match event {
                WindowEvent::Focused(true) => {
                    if let Some(w) = app.get_webview_window(window.label()) {
                        shell::on_focus(&w);
                    }
                }
                WindowEvent::CloseRequested { api, .. } => {
                    if let Some(w) = app.get_webview_window(window.label()) {
                        if shell::confirm_close(&w) {
                            api.prevent_close();
                        }
                    }
                }
                WindowEvent::Destroyed => {
                    app.state::<Sessions>().remove(window.label());
                }
                _ => {}
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::document,
            commands::status,
            commands::new_document,
            commands::execute,
            commands::undo,
            commands::redo,
            commands::seal,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"));
    if let Err(e) = result {
        eprintln!("Frontstage could not start: {e}");
        std::process::exit(1);
    }
}
