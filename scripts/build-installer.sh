#!/usr/bin/env bash
# Build the Linux installer of the desktop app: a .deb with the release binary, the
# icons, a desktop entry and the .frontstage file association (MIME type
# application/x-frontstage+json). Prints the path of what it built.
#
#   scripts/build-installer.sh             # .deb
#   BUNDLES=deb,appimage scripts/build-installer.sh
#
# AppImage needs linuxdeploy and its plugins, which the bundler downloads: it works
# only with network access, so it is not built by default.
#
# tauri.conf.json stays at the repository root. The Tauri CLI then takes the root
# package (the core, binary `frontstage`) for the app, so the script builds the app
# crate itself and hands the CLI only the bundling, naming the binary to package.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

# Same major.minor as the `tauri` crate in Cargo.lock; the CLI checks they match.
TAURI_CLI_VERSION=2.12.5
BUNDLES=${BUNDLES:-deb}

apt_install libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev ca-certificates curl
ensure_rust
ensure_node

target_dir=$(cargo metadata --format-version 1 --no-deps \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')

# 1. The UI, embedded into the binary at compile time.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm --prefix ui ci --no-audit --no-fund
fi
npm --prefix ui run build

# 2. The release binary, serving ui/dist over the tauri:// protocol. Built alone, so no
# test hook or benchmark command is in it (src-tauri/build/acl.rs); checked, not assumed.
cargo build --release --locked -p frontstage-app --features custom-protocol
for name in test_save_as test_export test_open test_pid test_new_from bench_document; do
  if grep -q -a "$name" "$target_dir/release/frontstage-app"; then
    echo "The release binary has the $name command: it must not (src-tauri/build/acl.rs)." >&2
    exit 1
  fi
done

# 3. The Tauri CLI, kept out of ui/package.json (its native binary comes as a
# per-platform optional package) and cached beside the build output.
cli_dir="$target_dir/tools/tauri-cli-$TAURI_CLI_VERSION"
if [ ! -x "$cli_dir/node_modules/.bin/tauri" ]; then
  mkdir -p "$cli_dir"
  npm install --prefix "$cli_dir" --no-audit --no-fund --no-save "@tauri-apps/cli@$TAURI_CLI_VERSION"
fi

# 4. Bundle the binary built above (no rebuild). `mainBinaryName` names it; the rest
# (product name, version, icons, file association, deb dependencies) is the root config.
rm -rf "$target_dir/release/bundle/deb" "$target_dir/release/bundle/appimage"
"$cli_dir/node_modules/.bin/tauri" bundle --ci --bundles "$BUNDLES" \
  --config '{"mainBinaryName": "frontstage-app"}'

echo
echo "Built:"
find "$target_dir/release/bundle" -maxdepth 2 -type f \( -name '*.deb' -o -name '*.AppImage' \) -print
