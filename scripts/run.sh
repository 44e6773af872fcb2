#!/usr/bin/env bash
# Start Frontstage on an example blueprint (or the file given as the first argument).
# Installs what is missing, builds the UI and the desktop app, checks the blueprint with
# the command-line tool, then opens it in the app. Without a display (a server, an SSH
# session) it stops after the check and exports the blueprint as SVG and JSON instead.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_build_tools
ensure_rust
./scripts/desktop-deps.sh

example="${1:-examples/restaurant-en.frontstage}"
npm --prefix ui run build
# Debug builds, the same the tests use, so Tauri compiles once for both.
# Everything the test command builds, with the same features: cargo unifies the
# features of dev-dependencies only when they are built (tokio's for the e2e test reach
# Tauri), so building the bins alone would compile Tauri a second time for the tests.
cargo build --workspace --all-targets --locked

status=0
target/debug/frontstage check "$example" || status=$?
[ "$status" -le 1 ] || exit "$status"   # 1 = the blueprint has problems: a finding, go on

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out="target/example"
  mkdir -p "$out"
  name="$(basename "$example" .frontstage)"
  target/debug/frontstage export "$example" --svg "$out/$name.svg" --json "$out/$name.json"
  echo
  echo "No display to open the app on: exported $out/$name.svg and $out/$name.json instead."
  echo "On a desktop, run this again there; on a server, try: xvfb-run ./scripts/run.sh"
  exit 0
fi
# A shipped example opens as a copy under target/example/, so saving it never changes the
# repository's own file (the tests compare against it); a file of your own opens in place.
case "$(realpath "$example")" in
  "$PWD"/examples/*)
    mkdir -p target/example
    copy="target/example/$(basename "$example")"
    cp "$example" "$copy"
    echo "Opening a copy of $example: $copy"
    example="$copy"
    ;;
esac
exec target/debug/frontstage-app "$example"
