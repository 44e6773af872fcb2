# Shared by run.sh and test.sh: install what a fresh Debian/Ubuntu machine is missing.

# apt-get as root, or through sudo when there is one.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# A Rust toolchain new enough for the workspace (rust-version in Cargo.toml).
ensure_rust() {
  [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
  if ! command -v cargo >/dev/null 2>&1; then
    apt_install curl ca-certificates build-essential pkg-config
    echo "Installing Rust with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    . "$HOME/.cargo/env"
  fi
  # The test command checks formatting and lints.
  if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    echo "Adding rustfmt and clippy to the Rust toolchain"
    rustup component add rustfmt clippy
  fi
}

ensure_build_tools() {
  command -v cc >/dev/null 2>&1 || apt_install build-essential pkg-config
}

# Node.js new enough for the UI's Vite (^20.19 or >= 22.12). Debian 12 ships 18: then the
# `node` package from the npm registry brings a current Node alongside it.
ensure_node() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)||(a===20&&b>=19)?0:1)'; then
    echo "Node $(node --version) is too old for the UI; installing Node 22 from the npm registry"
    npm install -g --no-audit --no-fund node@22
    hash -r
  fi
}
