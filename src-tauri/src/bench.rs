//! The benchmark build (feature `bench`, never the product): what the editor benchmark
//! needs of the app. Its UI guest (ui/src/bench/) opens a generated blueprint of N cards
//! shaped like the peer benchmark's diagram (docs/editor-benchmark.md).

use crate::sessions::Sessions;
use crate::{windows, AppError};
use frontstage::generate::synthetic_at_most;
use frontstage::view::Session;
use tauri::ipc::InvokeResponseBody;
use tauri::{State, WebviewWindow};

/// Replace the window's document with a generated one of `cards` cards.
#[tauri::command]
pub fn bench_document(
    window: WebviewWindow,
    sessions: State<'_, Sessions>,
    cards: usize,
) -> Result<InvokeResponseBody, AppError> {
    let doc = synthetic_at_most(cards).map_err(|e| AppError::new("invalid_argument", e))?;
    windows::replace_session(&window, Session::untitled(doc));
    sessions.view(window.label())
}
