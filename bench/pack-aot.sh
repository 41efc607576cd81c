#!/usr/bin/env bash
# RID-specific Native AOT tool packages of scp-mcp (docs/packaging.md), hybrid layout:
#   Scp.Mcp.<version>.nupkg            pointer package (DotnetTool + McpServer, .mcp/server.json)
#   Scp.Mcp.linux-x64.<version>.nupkg  Native AOT: scp-mcp (stdio-only build) + scp-mcp-http (full build) (built here;
#                                      other RIDs need their own OS, see RIDS)
#   Scp.Mcp.any.<version>.nupkg        framework-dependent fallback for every other platform
# `dotnet tool install Scp.Mcp` then picks the AOT package on linux-x64 and the fallback elsewhere.
# Usage: bench/pack-aot.sh [output folder, default artifacts/packages]   env: RIDS (default: linux-x64)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-artifacts/packages}
RIDS=${RIDS:-linux-x64}
PROJECT=src/Scp.Mcp.Server/Scp.Mcp.Server.csproj
linker=()
if ! command -v clang >/dev/null 2>&1; then linker=(-p:CppCompilerAndLinker=gcc); fi

# Packing takes the whole publish folder: start from empty ones so no file of an earlier build slips in.
rm -rf src/Scp.Mcp.Server/bin/Release/net10.0/*/publish src/Scp.Mcp.Server/bin/Release/net10.0/publish
dotnet pack "$PROJECT" -c Release -p:ScpRidPackages=true -o "$OUT" -nologo
# Each RID package carries two executables of one version: scp-mcp, the stdio-only build (what stdio clients start:
# a smaller image, faster start, less memory), and scp-mcp-http, the full build, to which scp-mcp hands --transport http
# and --redis (src/Scp.Mcp.Server/Hosting/HttpCompanion.cs). Each publish has its own bin/obj (--artifacts-path): the two
# builds differ only in a feature switch, which an incremental native compile in one obj folder would not always see.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for rid in $RIDS; do
  ext=""; [[ $rid == win-* ]] && ext=".exe"
  dotnet publish "$PROJECT" -c Release -p:ScpRidPackages=true -r "$rid" "${linker[@]}" \
    --artifacts-path "$WORK/$rid-full" -o "$WORK/$rid-full/out" -nologo
  dotnet pack "$PROJECT" -c Release -p:ScpRidPackages=true -r "$rid" "${linker[@]}" -p:ScpHttpTransport=false \
    -p:ScpHttpCompanion="$WORK/$rid-full/out/scp-mcp$ext" --artifacts-path "$WORK/$rid-stdio" -o "$OUT" -nologo
done
dotnet pack "$PROJECT" -c Release -p:ScpRidPackages=true -r any -p:PublishAot=false -o "$OUT" -nologo
ls -l "$OUT"/Scp.Mcp*.nupkg
