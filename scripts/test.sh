#!/usr/bin/env bash
# Run every test: formatting and lints (rustfmt, clippy with -D warnings; the UI's
# eslint, prettier and import layers); the core's unit, rule, golden, property,
# integration and architecture tests; doc and schema freshness; the UI's unit tests and
# type check; the desktop app's end-to-end test in the real binary under Xvfb; the
# freshness of the generated UI types (src-tauri/tests/types_fresh.rs); and the
# benchmarks once each in test mode (speed budgets are measured with `cargo bench`, not
# here; see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_build_tools
ensure_rust
./scripts/desktop-deps.sh          # WebKitGTK, Xvfb, WebKitWebDriver, fonts, Node, npm ci, tauri-driver

cargo fmt --all --check            # rustfmt.toml; `cargo fmt --all` fixes it
npm --prefix ui run build          # the app embeds ui/dist at compile time
npm --prefix ui run check          # svelte-check and TypeScript
npm --prefix ui run lint           # eslint, prettier --check, import layers (dependency-cruiser)
npm --prefix ui test               # vitest: canvas engine, mirror, drag
# The benchmark build's feature too, so its code is linted; deny every warning.
cargo clippy --workspace --all-targets --locked --features frontstage-app/bench -- -D warnings
cargo test --workspace --all-targets --locked --no-fail-fast
