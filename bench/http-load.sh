#!/usr/bin/env bash
# HTTP load benchmark (docs/performance.md): this server's Native AOT and framework-dependent (FDD) builds and the
# pinned peer (@ivotoby/openapi-mcp-server, bench/package-lock.json) serving specs/baremetal-blockstorage/1.2.json,
# each over Streamable HTTP on loopback against the same fake SCP (bench/http-load.mjs fake), driven by the official
# TypeScript SDK client: $SESSIONS concurrent sessions x $CALLS calls of bmblock_list_volume_snapshots (the peer's
# lst-volume-snapshots), $ROUNDS interleaved rounds. Prints calls/s, p50/p99 latency, server CPU ms per call, peak RSS,
# errors and cross-talk per server; exits 1 when this server has an error or any cross-talk.
# Usage: bench/http-load.sh [--no-build]   env: ROUNDS (default 5), SESSIONS (32), CALLS (40), CONFIG (Release),
#   BUILDS ("aot fdd"); AOT_BASE=<path to another scp-mcp> adds a row "aot-base" (e.g. main's AOT binary, for an A/B);
#   AOT_ENV="NAME=value ...[;NAME=value ...]" adds a row "aot+envN" per ';'-separated set: the aot binary with these extra
#   environment variables (runtime knobs, measured in the same interleaved run).
# Takes ~3 min with --no-build on a quiet 2-core machine, ~8 min under heavy load (builds: +2 min FDD, +4-12 min AOT).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
ROUNDS=${ROUNDS:-5}
SESSIONS=${SESSIONS:-32}
CALLS=${CALLS:-40}
CONFIG=${CONFIG:-Release}
PROJECT=src/Scp.Mcp.Server/Scp.Mcp.Server.csproj
SPEC=$ROOT/specs/baremetal-blockstorage/1.2.json
FAKE_PORT=${FAKE_PORT:-9331}
mkdir -p "$OUT"
log() { printf '%s\n' "$*" >&2; }

if [[ "${1:-}" != "--no-build" ]]; then
  linker=()
  if ! command -v clang >/dev/null 2>&1; then linker=(-p:CppCompilerAndLinker=gcc); fi
  log "building FDD"; dotnet publish "$PROJECT" -c "$CONFIG" -p:PublishAot=false -o "$OUT/fdd" -nologo -v q
  log "building AOT"; dotnet publish "$PROJECT" -c "$CONFIG" -r linux-x64 "${linker[@]}" -o "$OUT/aot" -nologo 2>&1 | tee "$OUT/aot-publish.log" | grep -E "warning|error" >&2 || true
  (cd bench && npm ci --no-audit --no-fund --silent)
fi

node bench/http-load.mjs fake "$FAKE_PORT" 2> "$OUT/fake-scp.log" &
FAKE_PID=$!
trap 'kill $FAKE_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$FAKE_PORT/" && break; sleep 0.1; done

PEER_JS=$ROOT/bench/node_modules/@ivotoby/openapi-mcp-server/bin/mcp-server.js
# this server: credentials (never real ones) and every product's base URL pointed at the fake SCP
ours() {  # <name> <binary> <port> [extra env "NAME=value ..."]
  node -e 'const [bin, port, fake, extra] = process.argv.slice(1); console.log(JSON.stringify({
    cmd: [bin, "serve", "--transport", "http", "--urls", `http://127.0.0.1:${port}`],
    env: { SCP_ACCESS_KEY: "bench-access-key", SCP_SECRET_KEY: "bench-secret-key", SCP_ENDPOINT_OVERRIDE: `http://127.0.0.1:${fake}`,
      ...Object.fromEntries((extra || "").split(/\s+/).filter(Boolean).map(kv => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])) },
    url: `http://127.0.0.1:${port}/mcp`, tool: "bmblock_list_volume_snapshots" }))' -- "$2" "$3" "$FAKE_PORT" "${4:-}"
}
PEER=$(node -e 'const [js, spec, port, fake] = process.argv.slice(1); console.log(JSON.stringify({
  cmd: ["node", js, "--transport", "http", "--port", port, "--api-base-url", `http://127.0.0.1:${fake}`, "--openapi-spec", spec],
  env: { VERBOSE: "false" }, url: `http://127.0.0.1:${port}/mcp`, tool: "lst-volume-snapshots" }))' -- "$PEER_JS" "$SPEC" 9334 "$FAKE_PORT")
VARIANTS=()
for b in ${BUILDS:-aot fdd}; do VARIANTS+=("$b=$(ours "$b" "$OUT/$b/scp-mcp" $((9340 + ${#VARIANTS[@]})))"); done
IFS=';' read -r -a AOT_ENVS <<< "${AOT_ENV:-}"
for i in "${!AOT_ENVS[@]}"; do VARIANTS+=("aot+env$((i + 1))=$(ours aot "$OUT/aot/scp-mcp" $((9340 + ${#VARIANTS[@]})) "${AOT_ENVS[$i]}")"); done
if [[ -n "${AOT_BASE:-}" ]]; then VARIANTS+=("aot-base=$(ours aot-base "$AOT_BASE" $((9340 + ${#VARIANTS[@]})))"); fi
VARIANTS+=("peer=$PEER")

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dotnet $(dotnet --version), node $(node --version), peer @ivotoby/openapi-mcp-server $(node -p "require('$ROOT/bench/node_modules/@ivotoby/openapi-mcp-server/package.json').version"), client @modelcontextprotocol/sdk $(node -p "require('$ROOT/bench/node_modules/@modelcontextprotocol/sdk/package.json').version")"
echo
for i in "${!AOT_ENVS[@]}"; do echo "aot+env$((i + 1)): the aot binary with ${AOT_ENVS[$i]}"; done
if [[ -n "${AOT_BASE:-}" ]]; then echo "aot-base: $AOT_BASE"; fi
echo "## Streamable HTTP: $SESSIONS sessions x $CALLS calls, $ROUNDS interleaved rounds (medians of rounds; latency over all calls)"
node bench/http-load.mjs run "$ROUNDS" "$SESSIONS" "$CALLS" "${VARIANTS[@]}" > "$OUT/http-load.json"
node -e '
const { summary } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const peer = summary.find(x => x.name === "peer");
console.log("| server | calls/s | p50 ms | p99 ms | CPU ms/call (min-max) | peer CPU / this | peak RSS MiB | errors | cross-talk |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const x of summary) console.log(`| ${x.name} | ${x.callsPerSecond.toFixed(0)} | ${x.p50.toFixed(1)} | ${x.p99.toFixed(1)} | ${x.cpuMsPerCall.toFixed(3)} (${x.cpuMsPerCallRange.map(v => v.toFixed(3)).join("-")}) | ${(peer.cpuMsPerCall / x.cpuMsPerCall).toFixed(1)}x | ${x.peakRssMiB.toFixed(1)} | ${x.errors} | ${x.crosstalk} |`);
const bad = summary.filter(x => x.name !== "peer" && (x.errors || x.crosstalk));
if (bad.length) { console.error(`FAILED: errors or cross-talk in ${bad.map(x => x.name).join(", ")}`); process.exit(1); }
' "$OUT/http-load.json"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
