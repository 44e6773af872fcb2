//! Errors as a view receives them: `{code, message}`, a stable machine code and a sentence
//! for people. Every refusal of the core (an edit, a file, a malformed command) becomes
//! one, so a UI shows one shape for all of them, whichever shell carries it.

use crate::edit::{Command, EditError};
use crate::io::{LoadError, SaveError};
use crate::model::Language;
use serde::Serialize;

/// The UI knows it as `AppError`: the desktop shell's own failures (a dialog, a window)
/// take the same shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "AppError"))]
pub struct Error {
    pub code: String,
    pub message: String,
}

impl Error {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Error { code: code.to_owned(), message: message.into() }
    }
}

impl Error {
    /// A refused edit as a view shows it: its code, and the reason in the view's language.
    pub fn refused(e: &EditError, lang: Language) -> Self {
        Error::new(e.code(), e.message(lang))
    }
}

impl From<EditError> for Error {
    fn from(e: EditError) -> Self {
        Error::new(e.code(), e.to_string())
    }
}

impl From<LoadError> for Error {
    fn from(e: LoadError) -> Self {
        Error::new(e.code(), e.to_string())
    }
}

impl From<SaveError> for Error {
    fn from(e: SaveError) -> Self {
        Error::new(e.code(), e.to_string())
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for Error {}

/// Commands come from a UI as JSON, tagged by `type`; a malformed one is refused with the
/// reason.
pub fn parse_command(value: serde_json::Value) -> Result<Command, Error> {
    serde_json::from_value(value).map_err(|e| Error::new("invalid_command", format!("not a valid command: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn edit_errors_keep_their_code_and_message() {
        let e = Error::from(EditError::SelfConnector);
        assert_eq!(e.code, "self_connector");
        assert_eq!(e.message, "a connector cannot start and end at the same card");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json, serde_json::json!({"code": "self_connector", "message": e.message}));
    }

    #[test]
    fn parses_a_tagged_command() {
        let cmd = parse_command(json!({"type": "rename_stage", "stage": "s1", "name": "Arrive"})).unwrap();
        assert_eq!(cmd, Command::RenameStage { stage: "s1".into(), name: "Arrive".into() });
    }

    #[test]
    fn refuses_a_malformed_command_with_a_code() {
        let err = parse_command(json!({"type": "teleport_card"})).unwrap_err();
        assert_eq!(err.code, "invalid_command");
        assert!(err.message.contains("teleport_card"), "{}", err.message);
        let err = parse_command(json!({"type": "rename_stage", "stage": "s1"})).unwrap_err();
        assert!(err.message.contains("name"), "{}", err.message);
    }
}
