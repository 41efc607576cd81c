#!/usr/bin/env bash
# Builds the MCP Bundle (.mcpb) of scp-mcp (docs/packaging.md): the stdio-only Native AOT binary (MCPB hosts speak stdio;
# -p:ScpHttpTransport=false leaves the HTTP transport, Kestrel, OAuth and Redis out), a manifest.json (server type binary)
# and the zip, packed and validated by the official MCPB CLI pinned in package.json / package-lock.json.
# Usage: deploy/mcpb/pack.sh [output folder, default artifacts/mcpb]   env: RID (default linux-x64; Native AOT builds
# for the OS it runs on)
# Prints the path of the .mcpb on its last line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mkdir -p "${1:-$root/artifacts/mcpb}" && cd "${1:-$root/artifacts/mcpb}" && pwd)"
rid="${RID:-linux-x64}"
exe=scp-mcp
case "$rid" in win-*) exe=scp-mcp.exe ;; esac
linker=()
if ! command -v clang >/dev/null 2>&1; then linker=(-p:CppCompilerAndLinker=gcc); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/bundle"
mkdir -p "$stage/server"

echo "pack.sh: Native AOT publish (stdio-only build) for $rid (minutes)" >&2
# Its own bin/obj (--artifacts-path): a RID-specific restore must not rewrite the project.assets.json of a build or
# test run going on in the source tree at the same time (NETSDK1047), and the bundle never picks up stale outputs.
dotnet publish "$root/src/Scp.Mcp.Server/Scp.Mcp.Server.csproj" -c Release -r "$rid" -p:ScpHttpTransport=false "${linker[@]}" \
  --artifacts-path "$work/artifacts" -o "$work/publish" -nologo -v q >&2
# The executable only: no native .dbg symbols (tens of MB) and no other publish leftovers.
cp "$work/publish/$exe" "$stage/server/$exe"

echo "pack.sh: npm ci (pinned @anthropic-ai/mcpb)" >&2
npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >&2
mcpb="$here/node_modules/.bin/mcpb"

version="$("$stage/server/$exe" --version)"
version="${version%%+*}"
"$stage/server/$exe" tools --json > "$work/tools.json"
node "$here/make-manifest.mjs" "$here/manifest.template.json" "$work/tools.json" "$version" "$rid" "$stage/manifest.json"

"$mcpb" validate "$stage/manifest.json" >&2
bundle="$out/scp-mcp-$version-$rid.mcpb"
rm -f "$bundle"
"$mcpb" pack "$stage" "$bundle" >&2
echo "$bundle"
