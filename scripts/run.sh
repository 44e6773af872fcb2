#!/usr/bin/env bash
# Start Frontstage on an example blueprint. Until the desktop app lands this runs the
# command-line tool: check the example and export it as SVG and JSON into target/example/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_build_tools
ensure_rust

example="${1:-examples/restaurant-en.frontstage}"
out="target/example"
mkdir -p "$out"
cargo build --release --bin frontstage
bin=target/release/frontstage
name="$(basename "$example" .frontstage)"
status=0
"$bin" check "$example" || status=$?
"$bin" export "$example" --svg "$out/$name.svg" --json "$out/$name.json"
echo
echo "Exported $out/$name.svg and $out/$name.json (open the SVG in a browser)."
# check exits 1 when the example has problems at error severity; that is a finding, not a failure.
[ "$status" -le 1 ]
