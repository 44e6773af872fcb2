//! The bridge's two kinds of request: static files of the built UI, and commands.

use frontstage::generate::synthetic_at_most;
use frontstage::model::Language;
use frontstage::templates::{load_in, DEFAULT};
use frontstage::view::{lane_kind_catalogue, parse_command, rule_catalogue, Error as AppError, Session};
use serde_json::{json, Value};
use std::path::{Component, Path, PathBuf};
use tiny_http::{Header, Method, Request, Response};

/// The bridge has no settings to follow: its documents are English, like the app's under
/// the benchmark's English environment.
const BRIDGE_LANGUAGE: Language = Language::English;

/// One document, as in the app's main window.
pub struct Bridge {
    dist: PathBuf,
    session: Session,
}

impl Bridge {
    pub fn new(dist: PathBuf) -> Self {
        let doc = load_in(DEFAULT, BRIDGE_LANGUAGE).expect("the default template loads");
        Bridge { dist, session: Session::untitled(doc) }
    }

    pub fn handle(&mut self, mut request: Request) {
        let url = request.url().split('?').next().unwrap_or("/").to_owned();
        let response = match (request.method(), url.strip_prefix("/ipc/")) {
            (Method::Post, Some(cmd)) => {
                let mut body = String::new();
                let args = match request.as_reader().read_to_string(&mut body) {
                    Ok(_) if body.trim().is_empty() => Ok(json!({})),
                    Ok(_) => serde_json::from_str::<Value>(&body)
                        .map_err(|e| AppError::new("invalid_argument", format!("arguments are not JSON: {e}"))),
                    Err(e) => Err(AppError::new("invalid_argument", format!("cannot read the request: {e}"))),
                };
                let result = args.and_then(|a| self.command(cmd, a));
                let (status, body) = match result {
                    Ok(v) => (200, v),
                    Err(e) => (400, json!({"code": e.code, "message": e.message}).to_string()),
                };
                Response::from_string(body).with_status_code(status).with_header(header("application/json"))
            }
            (Method::Get, _) => self.file(&url),
            _ => Response::from_string("not found").with_status_code(404),
        };
        // The client may have gone away; nothing to do about it.
        let _ = request.respond(response);
    }

    /// The commands of src-tauri/src/commands.rs the UI invokes, over the same core
    /// methods, and the benchmark build's `bench_document`. The answer is JSON text,
    /// serialized straight from the view protocol's types (as Tauri does).
    fn command(&mut self, name: &str, args: Value) -> Result<String, AppError> {
        let s = &mut self.session;
        let command = || parse_command(args.get("command").cloned().unwrap_or(Value::Null));
        let flag = |name: &str| args.get(name).and_then(Value::as_bool).unwrap_or(false);
        let out = match name {
            "view" => to_json(&s.view()),
            "status" => to_json(&s.status()),
            "bench_document" => {
                let cards = args.get("cards").and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok());
                let cards = cards.ok_or_else(|| AppError::new("invalid_argument", "cards must be a number"))?;
                let doc = synthetic_at_most(cards).map_err(|e| AppError::new("invalid_argument", e))?;
                *s = Session::untitled(doc);
                to_json(&s.view())
            }
            "execute" => to_json(&s.execute(&command()?, args.get("drawn").and_then(Value::as_u64))?),
            "anticipate" => to_json(&s.prepare(&command()?, flag("measures"))?),
            "preview" => to_json(&s.preview(&command()?)?),
            // Nobody to ask: a destructive edit goes ahead, as if confirmed.
            "confirm" => "true".to_owned(),
            "measures" => to_json(&s.measures()),
            "figure_cards" => {
                let figure = serde_json::from_value(args.get("figure").cloned().unwrap_or(Value::Null))
                    .map_err(|e| AppError::new("invalid_argument", format!("not a figure: {e}")))?;
                to_json(&s.figure_cards(&figure)?)
            }
            "rules" => to_json(&rule_catalogue()),
            "lane_kinds" => to_json(&lane_kind_catalogue()),
            "undo" => to_json(&s.undo()),
            "redo" => to_json(&s.redo()),
            "seal" => {
                s.seal();
                "null".to_owned()
            }
            // No recovery folder behind the bridge.
            "recovered" => "[]".to_owned(),
            _ => return Err(AppError::new("unknown_command", format!("the bridge does not answer `{name}`"))),
        };
        Ok(out)
    }

    fn file(&self, url: &str) -> Response<std::io::Cursor<Vec<u8>>> {
        let rel = url.trim_start_matches('/');
        let rel = if rel.is_empty() { "index.html" } else { rel };
        match safe_join(&self.dist, rel).and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
            Some((p, bytes)) => Response::from_data(bytes).with_header(header(content_type(&p))),
            None => Response::from_data(b"not found".to_vec()).with_status_code(404),
        }
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("IPC types serialize")
}

fn header(content_type: &str) -> Header {
    Header::from_bytes(&b"Content-Type"[..], content_type.as_bytes()).expect("a valid header")
}

/// `rel` inside `root`, refusing anything that climbs out of it.
fn safe_join(root: &Path, rel: &str) -> Option<PathBuf> {
    let rel = Path::new(rel);
    rel.components().all(|c| matches!(c, Component::Normal(_))).then(|| root.join(rel))
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("woff2") => "font/woff2",
        // The bundled fonts (ui/src/fonts.css).
        Some("ttf") => "font/ttf",
        Some("otf") => "font/otf",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_folder() {
        let root = Path::new("/srv/dist");
        assert_eq!(safe_join(root, "assets/a.js"), Some(root.join("assets/a.js")));
        assert_eq!(safe_join(root, "../secret"), None);
        assert_eq!(safe_join(root, "/etc/passwd"), None);
    }

    #[test]
    fn commands_run_on_the_session() {
        let mut b = Bridge::new(PathBuf::from("/nonexistent"));
        let run = |b: &mut Bridge, name: &str, args: Value| {
            b.command(name, args).map(|s| serde_json::from_str::<Value>(&s).unwrap())
        };
        let v = run(&mut b, "bench_document", json!({"cards": 40})).unwrap();
        assert_eq!(v["scene"]["cards"].as_array().unwrap().len(), 40);
        let a = run(&mut b, "execute", json!({"command": {"type": "rename_stage", "stage": "s1", "name": "Arrive"}}))
            .unwrap();
        assert_eq!(a["status"]["can_undo"], json!(true));
        let u = run(&mut b, "undo", json!({})).unwrap();
        assert_eq!(u["status"]["can_undo"], json!(false));
        assert_eq!(b.command("execute", json!({"command": {"type": "teleport"}})).unwrap_err().code, "invalid_command");
        assert_eq!(b.command("launch", json!({})).unwrap_err().code, "unknown_command");
        let p = run(&mut b, "preview", json!({"command": {"type": "delete_cards", "cards": ["c00001"]}})).unwrap();
        assert!(p.is_object(), "{p}");
        assert_eq!(run(&mut b, "status", json!({})).unwrap()["can_undo"], json!(false), "a preview is no edit");
        assert!(!run(&mut b, "rules", json!({})).unwrap().is_null());
        assert!(run(&mut b, "lane_kinds", json!({})).unwrap().is_array());
        assert!(run(&mut b, "measures", json!({})).unwrap()["stages"].is_array());
        let path = run(&mut b, "figure_cards", json!({"figure": {"figure": "critical_path"}})).unwrap();
        assert!(path["cards"].is_array(), "{path}");
        assert_eq!(
            b.command("figure_cards", json!({"figure": {"figure": "all"}})).unwrap_err().code,
            "invalid_argument"
        );
        assert_eq!(b.command("bench_document", json!({"cards": "many"})).unwrap_err().code, "invalid_argument");
        assert_eq!(b.command("bench_document", json!({"cards": 20_001})).unwrap_err().code, "invalid_argument");
    }
}
