//! Which renderer WebKitGTK uses on Linux. Without a GPU render node (a virtual machine, a
//! remote desktop) its DMA-BUF renderer drives Mesa's software GL, which is slower there
//! than WebKitGTK's own CPU path — measured on such a machine: a card drag at 40 against 55
//! frames/s and the first paint of 5,000 cards 292 against ~210 ms
//! (docs/editor-benchmark.md) — and is known to leave blank windows on some of them. So
//! without a render node the app asks for the CPU path, unless the user set the variable
//! either way (`WEBKIT_DISABLE_DMABUF_RENDERER=0` keeps the DMA-BUF renderer).

use std::ffi::OsString;
use std::path::Path;

/// The variable WebKitGTK reads when it starts.
pub const DMABUF_VAR: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";

/// The value to give `DMABUF_VAR`, if any: "1" when there is no render node and the
/// user left the variable unset.
pub fn dmabuf_override(has_render_node: bool, user_value: Option<&OsString>) -> Option<&'static str> {
    (!has_render_node && user_value.is_none()).then_some("1")
}

/// Whether `dri` (normally /dev/dri) holds a render node (`renderD128`…).
pub fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri)
        .map(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false)
}

/// Choose before anything starts WebKitGTK (and before other threads exist, which
/// setting the environment requires).
pub fn choose_renderer() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let user = std::env::var_os(DMABUF_VAR);
    if let Some(value) = dmabuf_override(has_render_node(Path::new("/dev/dri")), user.as_ref()) {
        std::env::set_var(DMABUF_VAR, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_path_only_without_a_render_node_and_without_the_users_choice() {
        assert_eq!(dmabuf_override(false, None), Some("1"));
        assert_eq!(dmabuf_override(true, None), None);
        assert_eq!(dmabuf_override(false, Some(&OsString::from("0"))), None);
        assert_eq!(dmabuf_override(false, Some(&OsString::from("1"))), None);
    }

    #[test]
    fn finds_render_nodes_only() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(dir.path()));
        assert!(!has_render_node(&dir.path().join("missing")));
        std::fs::write(dir.path().join("card0"), "").unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(has_render_node(dir.path()));
    }
}
