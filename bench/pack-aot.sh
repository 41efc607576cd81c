#!/usr/bin/env bash
# RID-specific Native AOT tool packages of scp-mcp (docs/packaging.md), hybrid layout:
#   Scp.Mcp.<version>.nupkg            pointer package (DotnetTool + McpServer, .mcp/server.json)
#   Scp.Mcp.linux-x64.<version>.nupkg  Native AOT binary (built here; other RIDs need their own OS, see RIDS)
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
for rid in $RIDS; do
  dotnet pack "$PROJECT" -c Release -p:ScpRidPackages=true -r "$rid" "${linker[@]}" -o "$OUT" -nologo
done
dotnet pack "$PROJECT" -c Release -p:ScpRidPackages=true -r any -p:PublishAot=false -o "$OUT" -nologo
ls -l "$OUT"/Scp.Mcp*.nupkg
