#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 in the browser) from npm into .cache/code-server for the real-editor tests.
# Idempotent: does nothing when the pinned version is already installed completely.
# Works offline from everything but the npm registry: @vscode/ripgrep's download is served from Debian's /usr/bin/rg.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
RIPGREP_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
install_dir="${LITDUMP_CODE_SERVER_DIR:-$repo_root/.cache/code-server}"
package_dir="$install_dir/node_modules/code-server"
vscode_dir="$package_dir/lib/vscode"

is_installed() {
	[ -f "$package_dir/package.json" ] || return 1
	local version
	version="$(node -p "require(process.argv[1]).version" "$package_dir/package.json")" || return 1
	[ "$version" = "$CODE_SERVER_VERSION" ] || return 1
	# The postinstall step fills lib/vscode: its modules, the asar link, the built-in extensions' modules and ripgrep.
	[ -L "$vscode_dir/node_modules.asar" ] || return 1
	[ -d "$vscode_dir/extensions/node_modules" ] || return 1
	[ -x "$vscode_dir/node_modules/@vscode/ripgrep/bin/rg" ] || return 1
}

if is_installed; then
	echo "code-server $CODE_SERVER_VERSION already installed in $install_dir"
	exit 0
fi

command -v rg >/dev/null || { echo "ripgrep (rg) is missing: apt-get install ripgrep" >&2; exit 1; }
[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || { echo "code-server $CODE_SERVER_VERSION needs Node 20" >&2; exit 1; }

echo "Installing code-server $CODE_SERVER_VERSION into $install_dir"
rm -rf "$install_dir"
mkdir -p "$install_dir"

# @vscode/ripgrep's postinstall downloads from GitHub unless the asset is in $TMPDIR/<cache>/; put Debian's rg there.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/$RIPGREP_CACHE_NAME" "$scratch/rg"
cp "$(command -v rg)" "$scratch/rg/rg"
tar -czf "$scratch/$RIPGREP_CACHE_NAME/$RIPGREP_ASSET" -C "$scratch/rg" rg

cd "$install_dir"
echo '{"name":"litdump-code-server","private":true}' > package.json
# As root, code-server's postinstall insists on unsafe-perm; npm 11 runs dependency scripts only when allowed.
allow_scripts=()
if npm install --help 2>/dev/null | grep -q -- '--dangerously-allow-all-scripts'; then
	allow_scripts=(--dangerously-allow-all-scripts)
fi
npm_config_unsafe_perm=true npm_config_yes=true TMPDIR="$scratch" \
	npm install --no-audit --no-fund --save-exact "${allow_scripts[@]}" "code-server@$CODE_SERVER_VERSION"

is_installed || { echo "code-server install is incomplete in $install_dir (postinstall did not finish)" >&2; exit 1; }
echo "code-server $CODE_SERVER_VERSION installed in $install_dir"
