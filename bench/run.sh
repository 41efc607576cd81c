#!/usr/bin/env bash
# Whole-process benchmarks of scp-mcp (docs/performance.md): builds the framework-dependent (FDD), ReadyToRun (R2R)
# and Native AOT builds (the full one and the stdio-only one that the MCPB bundle and the RID tool packages start, -p:ScpHttpTransport=false), installs the pinned peer (@ivotoby/openapi-mcp-server, bench/package-lock.json), then prints
#   - cold start: spawn -> first tools/list reply, median of $RUNS runs, interleaved, peer serving
#     specs/baremetal-blockstorage/1.2.json side by side; with each server's CPU ms (all threads) and minor page
#     faults by the reply (medians), which other processes' load disturbs less than wall time;
#   - peak RSS (VmHWM) after $CALLS successful tool calls: the server talking over loopback to the emulator run as its
#     own process (the server's memory alone), and with --emulator (emulator inside the same process);
#   - tools/list size in bytes, full and discover mode.
# Usage: bench/run.sh [--no-build]      env: RUNS (default 9), CALLS (default 1000), CONFIG (default Release)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
RUNS=${RUNS:-9}
CALLS=${CALLS:-1000}
CONFIG=${CONFIG:-Release}
PROJECT=src/Scp.Mcp.Server/Scp.Mcp.Server.csproj
SPEC=$ROOT/specs/baremetal-blockstorage/1.2.json

log() { printf '%s\n' "$*" >&2; }

if [[ "${1:-}" != "--no-build" ]]; then
  # Native AOT needs a C toolchain: clang (apt-get install clang) or gcc as the linker.
  linker=()
  if ! command -v clang >/dev/null 2>&1; then
    if command -v gcc >/dev/null 2>&1; then
      linker=(-p:CppCompilerAndLinker=gcc)
    else
      log "installing clang (Native AOT linker)"; apt-get install -y clang zlib1g-dev >/dev/null
    fi
  fi
  log "building FDD";  dotnet publish "$PROJECT" -c "$CONFIG" -p:PublishAot=false -o "$OUT/fdd" -nologo -v q
  log "building R2R";  dotnet publish "$PROJECT" -c "$CONFIG" -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$OUT/r2r" -nologo -v q
  log "building emulator"; dotnet publish src/Scp.Emulator.Host/Scp.Emulator.Host.csproj -c "$CONFIG" -p:PublishAot=false -o "$OUT/emulator" -nologo -v q
  log "building AOT";  dotnet publish "$PROJECT" -c "$CONFIG" -r linux-x64 "${linker[@]}" -o "$OUT/aot" -nologo 2>&1 | tee "$OUT/aot-publish.log" | grep -E "warning|error" >&2 || true
  log "building AOT stdio-only"; dotnet publish "$PROJECT" -c "$CONFIG" -r linux-x64 -p:ScpHttpTransport=false "${linker[@]}" -o "$OUT/aot-stdio" -nologo 2>&1 | tee "$OUT/aot-stdio-publish.log" | grep -E "warning|error" >&2 || true
  (cd bench && npm ci --no-audit --no-fund --silent)
fi

PEER_JS=$ROOT/bench/node_modules/@ivotoby/openapi-mcp-server/bin/mcp-server.js
PEER_VERSION=$(node -p "require('$ROOT/bench/node_modules/@ivotoby/openapi-mcp-server/package.json').version")
json() { node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "$@"; }
FDD=$(json "$OUT/fdd/scp-mcp")
R2R=$(json "$OUT/r2r/scp-mcp")
AOT=$(json "$OUT/aot/scp-mcp")
PEER=$(json node "$PEER_JS" --transport stdio --api-base-url http://127.0.0.1:9 --openapi-spec "$SPEC")
M="node $ROOT/bench/mcp-measure.mjs"
# Cold start as a user with credentials runs it (no network at start-up; without credentials scp-mcp would start
# its embedded emulator instead, measured as its own row).
CRED=(env SCP_ACCESS_KEY=bench-access-key SCP_SECRET_KEY=bench-secret-key)
FDD_C=$(json "${CRED[@]}" "$OUT/fdd/scp-mcp")
R2R_C=$(json "${CRED[@]}" "$OUT/r2r/scp-mcp")
AOT_C=$(json "${CRED[@]}" "$OUT/aot/scp-mcp")
AOT_E=$(json "$OUT/aot/scp-mcp" --emulator)
STDIO_C=$(json "${CRED[@]}" "$OUT/aot-stdio/scp-mcp")

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dotnet $(dotnet --version), node $(node --version), peer @ivotoby/openapi-mcp-server $PEER_VERSION"
echo "AOT binary: $(stat -c %s "$OUT/aot/scp-mcp") bytes; stdio-only AOT binary: $(stat -c %s "$OUT/aot-stdio/scp-mcp") bytes"
echo

echo "## Cold start: spawn -> first tools/list reply ($RUNS runs each, interleaved)"
$M startup "$RUNS" "fdd=$FDD_C" "r2r=$R2R_C" "aot=$AOT_C" "aot --emulator=$AOT_E" "aot discover=$(json "${CRED[@]}" "$OUT/aot/scp-mcp" --tool-mode discover)" "aot bmblock (the peer's 41 operations)=$(json "${CRED[@]}" "$OUT/aot/scp-mcp" --toolsets bmblock)" \
  "aot stdio-only=$STDIO_C" "aot stdio-only discover=$(json "${CRED[@]}" "$OUT/aot-stdio/scp-mcp" --tool-mode discover)" \
  "aot stdio-only --emulator=$(json "$OUT/aot-stdio/scp-mcp" --emulator)" "peer=$PEER" > "$OUT/startup.json"
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).rows;
const peer = r.find(x => x.name === "peer").median;
console.log("| build | median ms | min | max | server CPU ms | minor faults | peer / this |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const x of r) console.log(`| ${x.name} | ${x.median.toFixed(1)} | ${x.min.toFixed(1)} | ${x.max.toFixed(1)} | ${x.cpuMs.toFixed(1)} | ${x.minorFaults} | ${(peer / x.median).toFixed(1)}x |`);
' "$OUT/startup.json"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## tools/list size (bytes of the JSON-RPC result)"
for mode in full discover; do
  printf "%s: " "$mode"; $M size "$(json "${CRED[@]}" "$OUT/aot/scp-mcp" --tool-mode "$mode")"
done
printf 'peer (bm-block 1.2 only): '; $M size "$PEER"
echo

echo "## Peak RSS after $CALLS tool calls (bmblock_list_volumes, each a signed HTTP call answered by the emulator)"
EMU_PORT=${EMU_PORT:-9317}
"$OUT/emulator/Scp.Emulator.Host" --urls "http://127.0.0.1:$EMU_PORT" > "$OUT/emulator.log" 2>&1 &
EMU_PID=$!
trap 'kill $EMU_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$EMU_PORT/" && break; sleep 0.2; done
EMU=(env SCP_ENDPOINT_OVERRIDE="http://127.0.0.1:$EMU_PORT" SCP_ACCESS_KEY=SCPEMULATORACCESSKEY0 SCP_SECRET_KEY=scp-emulator-secret-key-not-for-production)
for build in aot-stdio aot r2r fdd; do
  printf '%s, emulator process on loopback: ' "$build"; $M rss "$CALLS" bmblock_list_volumes '{}' "$(json "${EMU[@]}" "$OUT/$build/scp-mcp")"
  printf '%s --emulator (in process): ' "$build"; $M rss "$CALLS" bmblock_list_volumes '{}' "$(json "$OUT/$build/scp-mcp" --emulator)"
done
