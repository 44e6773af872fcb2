//! The benchmark build (feature `bench`, never the product): what the editor benchmark
//! needs of the app. Its UI guest (ui/src/bench/) opens a generated blueprint of N cards
//! shaped like the peer benchmark's diagram (docs/editor-benchmark.md).

use crate::sessions::Sessions;
use crate::{windows, AppError};
use frontstage::view::{Session, View};
use tauri::{State, WebviewWindow};

/// Largest generated document the benchmark may ask for.
pub const MAX_CARDS: usize = 20_000;

/// Replace the window's document with a generated one of `cards` cards.
#[tauri::command]
pub fn bench_document(window: WebviewWindow, sessions: State<'_, Sessions>, cards: usize) -> Result<View, AppError> {
    if cards > MAX_CARDS {
        let message = format!("{cards} cards is more than the {MAX_CARDS} a generated document may have");
        return Err(AppError::new("invalid_argument", message));
    }
    windows::replace_session(&window, Session::untitled(frontstage::generate::synthetic(cards)));
    sessions.with(window.label(), Session::view)
}
