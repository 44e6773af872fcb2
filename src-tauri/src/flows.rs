//! File flows that involve the user: the native Open, Save As and Export dialogs, Open
//! Recent, templates, and the Save / Don't Save / Cancel question on Close and Quit.
//! Dialogs run from the Rust side (tauri-plugin-dialog), so the UI needs no file access.
//!
//! Where a document opens: in the focused window when that holds an untitled document
//! nobody has edited (what a new window starts with), otherwise in a new window. A file
//! that is already open is brought to the front instead of being opened twice.

use crate::files::{self, Format, EXTENSION};
use crate::menu::fill_recent_menu;
use crate::recent::Recent;
use crate::recovery::Recovery;
use crate::sessions::Sessions;
use crate::settings::locale;
use crate::texts::{self, fill, get};
use crate::windows;
use crate::AppError;
use frontstage::view::Session;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, MessageDialogButtons, MessageDialogKind, MessageDialogResult};

pub fn with_focused(app: &AppHandle, f: impl FnOnce(&WebviewWindow)) {
    if let Some(w) = windows::focused_window(app) {
        f(&w);
    }
}

pub fn show_error(app: &AppHandle, parent: Option<&WebviewWindow>, title: &str, err: &AppError) {
    let mut d = app.dialog().message(err.message.clone()).title(title).kind(MessageDialogKind::Error);
    if let Some(p) = parent {
        d = d.parent(p);
    }
    d.show(|_| {});
}

pub fn file_dialog(app: &AppHandle, parent: Option<&WebviewWindow>) -> FileDialogBuilder<tauri::Wry> {
    let mut d = app.dialog().file();
    if let Some(p) = parent {
        d = d.set_parent(p);
    }
    d
}

/// File › Open…
pub fn open_dialog(app: &AppHandle) {
    let handle = app.clone();
    let parent = windows::focused_window(app);
    let l = locale(app);
    file_dialog(app, parent.as_ref())
        .set_title(get(l, texts::OPEN_TITLE))
        .add_filter(get(l, texts::BLUEPRINT_FILTER), &[EXTENSION])
        .pick_file(move |picked| {
            let Some(path) = picked.and_then(|p| p.into_path().ok()) else { return };
            if let Err(e) = open_path(&handle, &path) {
                show_error(&handle, None, get(l, texts::CANNOT_OPEN), &e);
            }
        });
}

/// Open a file (menu, command line, file association, recent list). A bad file gives
/// the core's message and changes nothing. Returns the label of the window showing it.
pub fn open_path(app: &AppHandle, path: &Path) -> Result<String, AppError> {
    let doc = files::open(path)?;
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    remember(app, &path);
    if let Some(w) = window_showing(app, &path) {
        let _ = w.set_focus();
        return Ok(w.label().to_owned());
    }
    place(app, Session::opened(doc, path))
}

/// Show `session` in the focused window if that is blank, else in a new window.
pub fn place(app: &AppHandle, session: Session) -> Result<String, AppError> {
    let sessions = app.state::<Sessions>();
    if let Some(w) = windows::focused_window(app) {
        if sessions.with(w.label(), |s| s.is_blank()).unwrap_or(false) {
            windows::replace_session(&w, session);
            return Ok(w.label().to_owned());
        }
    }
    windows::open_window(app, session)
        .map(|w| w.label().to_owned())
        .map_err(|e| AppError::new("window", format!("could not open a window: {e}")))
}

/// Restore the recovered work `id` as an unsaved document named "Recovered …" (Save asks
/// where to put it), in the focused window if that is blank, else in a new one. Its
/// recovery copy becomes the restored session's own. Returns the window's label.
pub fn restore(app: &AppHandle, id: &str) -> Result<String, AppError> {
    let recovery = app.state::<Recovery>();
    let (doc, orphan) = recovery.read(id)?;
    let name = fill(locale(app), texts::RECOVERED, &[("name", &orphan.name)]);
    let label = place(app, Session::restored(doc, name))?;
    recovery.adopt(&orphan, &app.state::<Sessions>().recovery_id(&label)?);
    Ok(label)
}

fn window_showing(app: &AppHandle, path: &Path) -> Option<WebviewWindow> {
    let sessions = app.state::<Sessions>();
    app.webview_windows().into_values().find(|w| sessions.with(w.label(), |s| s.path() == Some(path)).unwrap_or(false))
}

/// File › Open Recent › (entry `i`). A file that is gone is removed from the list, and
/// the user is told.
pub fn open_recent(app: &AppHandle, i: usize) {
    let Some(path) = app.state::<Recent>().list().get(i).cloned() else { return };
    if !path.is_file() {
        app.state::<Recent>().remove(&path);
        refresh_recent_menu(app);
        let l = locale(app);
        let err =
            AppError::new("not_found", fill(l, texts::GONE_FROM_RECENT, &[("path", &path.display().to_string())]));
        show_error(app, windows::focused_window(app).as_ref(), get(l, texts::FILE_NOT_FOUND), &err);
        return;
    }
    if let Err(e) = open_path(app, &path) {
        show_error(app, windows::focused_window(app).as_ref(), get(locale(app), texts::CANNOT_OPEN), &e);
    }
}

pub fn clear_recent(app: &AppHandle) {
    app.state::<Recent>().clear();
    refresh_recent_menu(app);
}

fn remember(app: &AppHandle, path: &Path) {
    app.state::<Recent>().add(path);
    refresh_recent_menu(app);
}

pub fn refresh_recent_menu(app: &AppHandle) {
    let list = app.state::<Recent>().list();
    if let Err(e) = fill_recent_menu(app, &list) {
        eprintln!("Frontstage: could not update Open Recent: {e}");
    }
}

/// File › New from Template › name.
/// The blank templates start in the UI's language; the worked examples keep their own.
pub fn new_from_template(app: &AppHandle, name: &str) {
    let lang = app.state::<Sessions>().language();
    let Ok(doc) = frontstage::templates::load_in(name, lang) else { return };
    if let Err(e) = place(app, Session::untitled(doc)) {
        show_error(app, None, get(locale(app), texts::NEW_FROM_TEMPLATE), &e);
    }
}

/// File › Save: to the document's file, or through Save As when it has none. `then`
/// learns whether the document was saved.
pub fn save(window: &WebviewWindow, then: impl FnOnce(bool) + Send + 'static) {
    let path =
        window.app_handle().state::<Sessions>().with(window.label(), |s| s.path().map(PathBuf::from)).ok().flatten();
    match path {
        Some(p) => then(save_reporting(window, &p)),
        None => save_as(window, then),
    }
}

/// File › Save As…
pub fn save_as(window: &WebviewWindow, then: impl FnOnce(bool) + Send + 'static) {
    let app = window.app_handle();
    let Ok((path, title)) =
        app.state::<Sessions>().with(window.label(), |s| (s.path().map(PathBuf::from), s.doc().title.clone()))
    else {
        return then(false);
    };
    let name = path
        .as_deref()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| files::suggested_name(&title, EXTENSION));
    let mut d = file_dialog(app, Some(window))
        .set_title(get(locale(app), texts::SAVE_TITLE))
        .add_filter(get(locale(app), texts::BLUEPRINT_FILTER), &[EXTENSION])
        .set_file_name(name);
    if let Some(dir) = path.as_deref().and_then(Path::parent) {
        d = d.set_directory(dir);
    }
    let w = window.clone();
    d.save_file(move |picked| match picked.and_then(|p| p.into_path().ok()) {
        Some(p) => then(save_reporting(&w, &with_extension(p, EXTENSION))),
        None => then(false),
    });
}

fn save_reporting(window: &WebviewWindow, path: &Path) -> bool {
    match save_to(window, path) {
        Ok(()) => true,
        Err(e) => {
            show_error(window.app_handle(), Some(window), get(locale(window.app_handle()), texts::CANNOT_SAVE), &e);
            false
        }
    }
}

/// Save the window's document to `path`; on failure it stays dirty and keeps its file.
pub fn save_to(window: &WebviewWindow, path: &Path) -> Result<(), AppError> {
    let app = window.app_handle();
    let sessions = app.state::<Sessions>();
    sessions.with(window.label(), |s| s.save(path))??;
    app.state::<Recovery>().forget(&sessions.recovery_id(window.label())?);
    remember(app, path);
    windows::refresh(window, &sessions);
    windows::send_status(window, &sessions);
    Ok(())
}

/// File › Export SVG… / Export JSON…
pub fn export_dialog(window: &WebviewWindow, format: Format) {
    let app = window.app_handle();
    let Ok((doc, path)) =
        app.state::<Sessions>().with(window.label(), |s| (s.doc().clone(), s.path().map(PathBuf::from)))
    else {
        return;
    };
    let l = locale(app);
    let mut d = file_dialog(app, Some(window))
        .set_title(fill(l, texts::EXPORT_TITLE, &[("format", &format.extension().to_uppercase())]))
        .add_filter(format.filter_name(l), &[format.extension()])
        .set_file_name(files::suggested_name(&doc.title, format.extension()));
    if let Some(dir) = path.as_deref().and_then(Path::parent) {
        d = d.set_directory(dir);
    }
    let w = window.clone();
    d.save_file(move |picked| {
        let Some(p) = picked.and_then(|p| p.into_path().ok()) else { return };
        let p = with_extension(p, format.extension());
        let written = match &path {
            Some(blueprint) => files::refuse_overwriting(&p, blueprint).and_then(|()| files::export(&doc, format, &p)),
            None => files::export(&doc, format, &p),
        };
        if let Err(e) = written {
            show_error(w.app_handle(), Some(&w), get(l, texts::CANNOT_EXPORT), &e);
        }
    });
}

/// Dialogs on Linux return the name as typed: add the extension when there is none and
/// nothing is there by that name (a device or a file the user chose keeps its name).
pub fn with_extension(p: PathBuf, ext: &str) -> PathBuf {
    if p.extension().is_some() || std::fs::symlink_metadata(&p).is_ok() {
        p
    } else {
        p.with_extension(ext)
    }
}

/// The answer to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Save,
    DontSave,
    Cancel,
}

/// Custom buttons answer with their label, in the language they were shown in.
fn answer_of(r: &MessageDialogResult, l: crate::locale::Locale) -> Answer {
    match r {
        MessageDialogResult::Yes => Answer::Save,
        MessageDialogResult::No => Answer::DontSave,
        MessageDialogResult::Custom(s) if s == get(l, texts::SAVE) => Answer::Save,
        MessageDialogResult::Custom(s) if s == get(l, texts::DONT_SAVE) => Answer::DontSave,
        _ => Answer::Cancel,
    }
}

fn ask_to_save(window: &WebviewWindow, f: impl FnOnce(Answer) + Send + 'static) {
    let app = window.app_handle();
    let name = app.state::<Sessions>().with(window.label(), |s| s.file_name()).unwrap_or_default();
    let l = locale(app);
    app.dialog()
        .message(fill(l, texts::SAVE_CHANGES, &[("name", &name)]))
        .title(get(l, texts::SAVE_CHANGES_TITLE))
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::YesNoCancelCustom(
            get(l, texts::SAVE).into(),
            get(l, texts::DONT_SAVE).into(),
            get(l, texts::CANCEL).into(),
        ))
        .parent(window)
        .show_with_result(move |r| f(answer_of(&r, l)));
}

fn is_dirty(app: &AppHandle, label: &str) -> bool {
    app.state::<Sessions>().with(label, |s| s.is_dirty()).unwrap_or(false)
}

/// The window is asked to close. With unsaved changes, ask Save / Don't Save / Cancel
/// (Save runs Save As for an untitled document). Returns whether the close must wait:
/// the caller prevents it, and the window is destroyed once the answer allows.
pub fn confirm_close(window: &WebviewWindow) -> bool {
    if !is_dirty(window.app_handle(), window.label()) {
        return false;
    }
    let w = window.clone();
    ask_to_save(window, move |answer| match answer {
        Answer::Save => {
            let w2 = w.clone();
            save(&w, move |saved| {
                if saved {
                    let _ = w2.destroy();
                }
            })
        }
        Answer::DontSave => {
            windows::forget_recovery(&w);
            let _ = w.destroy();
        }
        Answer::Cancel => {}
    });
    true
}

/// File › Quit: ask about each document with unsaved changes in turn; Cancel stops.
pub fn quit(app: &AppHandle) {
    let labels: Vec<String> = app.webview_windows().keys().filter(|l| is_dirty(app, l)).cloned().collect();
    quit_next(app.clone(), labels);
}

fn quit_next(app: AppHandle, mut labels: Vec<String>) {
    let Some(label) = labels.pop() else {
        app.state::<Recovery>().stop();
        app.exit(0);
        return;
    };
    let Some(window) = app.get_webview_window(&label).filter(|_| is_dirty(&app, &label)) else {
        return quit_next(app, labels);
    };
    let _ = window.set_focus();
    let w = window.clone();
    ask_to_save(&window, move |answer| match answer {
        Answer::Save => save(&w, move |saved| {
            if saved {
                quit_next(app, labels);
            }
        }),
        Answer::DontSave => quit_next(app, labels),
        Answer::Cancel => {}
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_map_from_both_button_styles() {
        use crate::locale::Locale;
        let en = Locale::En;
        assert_eq!(answer_of(&MessageDialogResult::Yes, en), Answer::Save);
        assert_eq!(answer_of(&MessageDialogResult::No, en), Answer::DontSave);
        assert_eq!(answer_of(&MessageDialogResult::Custom("Save".into()), en), Answer::Save);
        assert_eq!(answer_of(&MessageDialogResult::Custom("Don't Save".into()), en), Answer::DontSave);
        assert_eq!(answer_of(&MessageDialogResult::Custom("Cancel".into()), en), Answer::Cancel);
        assert_eq!(answer_of(&MessageDialogResult::Cancel, en), Answer::Cancel);
        // Chinese buttons answer with their Chinese labels.
        let zh = Locale::ZhCn;
        assert_eq!(answer_of(&MessageDialogResult::Custom("保存".into()), zh), Answer::Save);
        assert_eq!(answer_of(&MessageDialogResult::Custom("不保存".into()), zh), Answer::DontSave);
        assert_eq!(answer_of(&MessageDialogResult::Custom("取消".into()), zh), Answer::Cancel);
    }

    #[test]
    fn dialog_paths_get_their_extension() {
        assert_eq!(with_extension("/a/plan".into(), "svg"), PathBuf::from("/a/plan.svg"));
        assert_eq!(with_extension("/a/plan.frontstage".into(), "frontstage"), PathBuf::from("/a/plan.frontstage"));
        // What is there keeps its name: /dev/null stays /dev/null, not a new /dev/null.svg.
        assert_eq!(with_extension("/dev/null".into(), "svg"), PathBuf::from("/dev/null"));
    }
}
