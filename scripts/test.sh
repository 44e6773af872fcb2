#!/usr/bin/env bash
# Run every test: unit, rule, golden, property and integration tests, doc/schema freshness,
# and the benchmarks once each in test mode (speed budgets are measured with
# `cargo bench`, not here; see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_build_tools
ensure_rust

cargo test --workspace --all-targets --locked
