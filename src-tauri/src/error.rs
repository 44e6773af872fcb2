//! Errors as the UI receives them: `{code, message}`, a stable machine code and a
//! sentence for people.

use frontstage::edit::EditError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AppError {
    pub code: String,
    pub message: String,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError { code: code.to_owned(), message: message.into() }
    }

    pub fn no_session(label: &str) -> Self {
        AppError::new("no_document", format!("window \"{label}\" has no open document"))
    }
}

impl From<EditError> for AppError {
    fn from(e: EditError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for AppError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_errors_keep_their_code_and_message() {
        let e = AppError::from(EditError::SelfConnector);
        assert_eq!(e.code, "self_connector");
        assert_eq!(e.message, "a connector cannot start and end at the same card");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json, serde_json::json!({"code": "self_connector", "message": e.message}));
    }
}
