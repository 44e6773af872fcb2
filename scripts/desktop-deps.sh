#!/usr/bin/env bash
# Install what building and testing the desktop app needs on a fresh Debian/Ubuntu:
# WebKitGTK and the C toolchain (build), Xvfb and WebKitWebDriver (end-to-end tests),
# CJK and Latin fonts (so blueprints render the same as in the exports), poppler-utils
# (pdftotext, pdffonts, pdfinfo, pdftoppm: the PDF export's tests read what it wrote),
# the UI's npm packages, and tauri-driver. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

apt_install \
  libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev \
  xvfb xauth webkit2gtk-driver fonts-noto-cjk fonts-dejavu-core poppler-utils \
  ca-certificates curl

ensure_rust

ensure_node

# The UI's dependencies exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm --prefix ui ci --no-audit --no-fund
fi

# tauri-driver bridges WebDriver clients to WebKitWebDriver; pinned to 2.x like Tauri.
if ! command -v tauri-driver >/dev/null 2>&1; then
  # Its own temporary target dir: a shared CARGO_TARGET_DIR would gain a release tree.
  env -u CARGO_TARGET_DIR cargo install tauri-driver --locked --version '^2'
fi
