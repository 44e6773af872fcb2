#!/usr/bin/env bash
# Run every test: the core's unit, rule, golden, property and integration tests; doc and
# schema freshness; the UI's unit tests and type check; the desktop app's end-to-end test
# in the real binary under Xvfb; the freshness of the generated UI types
# (src-tauri/tests/types_fresh.rs); and the benchmarks once each in test mode (speed
# budgets are measured with `cargo bench`, not here; see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_build_tools
ensure_rust
./scripts/desktop-deps.sh          # WebKitGTK, Xvfb, WebKitWebDriver, fonts, Node, npm ci, tauri-driver

npm --prefix ui run build          # the app embeds ui/dist at compile time
npm --prefix ui run check          # svelte-check and TypeScript
npm --prefix ui test               # vitest: canvas engine, mirror, drag
cargo test --workspace --all-targets --locked --no-fail-fast
