// HTTP load benchmark of MCP servers over Streamable HTTP (docs/performance.md, bench/http-load.sh).
//   node http-load.mjs fake <port>
//       a loopback fake SCP: GET /v1/volumes/{volume_id}/snapshots answers Block Storage (BM) ListVolumeSnapshots
//       with the volume id of the path echoed in the body, so every answer shows which session asked for it.
//   node http-load.mjs run <rounds> <sessions> <calls> <name>=<server json> ...
//       server json: {"cmd":[...], "env":{...}, "url":"http://127.0.0.1:P/mcp", "tool":"<tool name>"}
//       For each round, for each server in turn (interleaved): spawn it, wait for its port, open <sessions> sessions
//       with the official TypeScript SDK client, one warm-up call each, then <calls> calls per session, all sessions
//       at once. Server CPU (utime+stime of /proc/<pid>/stat) is read around the measured calls only; peak RSS is
//       VmHWM at the end. Every answer must carry its own session's volume id: another session's id is cross-talk,
//       none is an error. Prints one JSON document (rounds and a summary per server) on stdout.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const CLK_TCK = 100; // Linux USER_HZ, the unit of /proc/<pid>/stat times

function fake(port) {
  let served = 0;
  const server = createServer((req, res) => {
    const m = /^\/v1\/volumes\/([^/?]+)\/snapshots(?:\?.*)?$/.exec(req.url);
    req.resume();
    served++;
    if (req.method !== 'GET' || !m) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'NotFound', title: 'Not found', status: 404, detail: `fake SCP serves only GET /v1/volumes/{id}/snapshots, not ${req.method} ${req.url}` }] }));
      return;
    }
    const body = JSON.stringify({ is_snapshot_policy: false, snapshot_capacity_mb: 0, snapshot_capacity_rate: 0, snapshot_total_usage: 0, snapshots: [], volume_id: decodeURIComponent(m[1]) });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60000;
  server.listen(port, '127.0.0.1', () => process.stderr.write(`fake SCP on http://127.0.0.1:${port}\n`));
  process.on('SIGTERM', () => { process.stderr.write(`fake SCP served ${served} requests\n`); process.exit(0); });
}

const cpuTicks = pid => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return Number(f[11]) + Number(f[12]); };
const statusKiB = (pid, key) => Number((readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm')) || [])[1]);
const sleep = ms => new Promise(r => setTimeout(r, ms));
const pct = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))] : NaN;
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function waitForPort(url, child, stderr, timeoutMs = 60000) {
  const { hostname, port } = new URL(url);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr()}`);
    const ok = await new Promise(resolve => { const s = connect(Number(port), hostname, () => { s.end(); resolve(true); }); s.on('error', () => resolve(false)); });
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`server did not listen on ${url} within ${timeoutMs} ms: ${stderr()}`);
}

function textOf(result) {
  return (result.content ?? []).map(c => c.text ?? '').join('\n') + (result.structuredContent ? JSON.stringify(result.structuredContent) : '');
}

async function oneRound(name, server, sessions, calls) {
  const child = spawn(server.cmd[0], server.cmd.slice(1), { env: { ...process.env, ...(server.env ?? {}) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', d => { err += d; if (err.length > 20000) err = err.slice(-10000); });
  const exited = new Promise(resolve => child.on('exit', resolve));
  try {
    await waitForPort(server.url, child, () => err.slice(-2000));
    const ids = Array.from({ length: sessions }, () => randomBytes(16).toString('hex'));
    const idPattern = /[0-9a-f]{32}/g;
    const clients = await Promise.all(ids.map(async () => {
      const client = new Client({ name: 'scp-mcp-http-load', version: '1' });
      await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
      return client;
    }));
    const call = async (client, id) => {
      const t = process.hrtime.bigint();
      let outcome = 'ok';
      let detail;
      try {
        const result = await client.callTool({ name: server.tool, arguments: { volume_id: id } });
        const seen = new Set(textOf(result).match(idPattern) ?? []);
        if ([...seen].some(x => x !== id && ids.includes(x))) outcome = 'crosstalk';
        else if (result.isError || !seen.has(id)) { outcome = 'error'; detail = textOf(result).slice(0, 300); }
      } catch (e) { outcome = 'error'; detail = String(e).slice(0, 300); }
      return { ms: Number(process.hrtime.bigint() - t) / 1e6, outcome, detail };
    };
    await Promise.all(clients.map((c, i) => call(c, ids[i])));           // warm-up, not counted
    const cpu0 = cpuTicks(child.pid);
    const t0 = process.hrtime.bigint();
    const results = (await Promise.all(clients.map(async (c, i) => {
      const out = [];
      for (let k = 0; k < calls; k++) out.push(await call(c, ids[i]));
      return out;
    }))).flat();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpuMs = (cpuTicks(child.pid) - cpu0) * 1000 / CLK_TCK;
    const vmHwmKiB = statusKiB(child.pid, 'VmHWM');
    await Promise.all(clients.map(c => c.close().catch(() => {})));
    const latencies = results.map(r => r.ms).sort((a, b) => a - b);
    const firstError = results.find(r => r.outcome === 'error')?.detail;
    return {
      name, calls: results.length, seconds, callsPerSecond: results.length / seconds,
      p50: pct(latencies, 50), p99: pct(latencies, 99), cpuMsPerCall: cpuMs / results.length, vmHwmKiB,
      errors: results.filter(r => r.outcome === 'error').length, crosstalk: results.filter(r => r.outcome === 'crosstalk').length,
      firstError, latencies,
    };
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}

async function run(rounds, sessions, calls, servers) {
  const all = [];
  for (let r = 0; r < rounds; r++) {
    for (const { name, server } of servers) {   // interleaved, so a burst of load hits every server alike
      const row = await oneRound(name, server, sessions, calls);
      process.stderr.write(`round ${r + 1} ${name}: ${row.callsPerSecond.toFixed(0)} calls/s, ${row.cpuMsPerCall.toFixed(3)} ms CPU/call, p50 ${row.p50.toFixed(1)} ms, errors ${row.errors}, cross-talk ${row.crosstalk}${row.firstError ? ` (first error: ${row.firstError})` : ''}\n`);
      all.push({ round: r + 1, ...row });
    }
  }
  const summary = servers.map(({ name }) => {
    const mine = all.filter(x => x.name === name);
    const lat = mine.flatMap(x => x.latencies).sort((a, b) => a - b);
    return {
      name, rounds: mine.length, calls: mine.reduce((a, x) => a + x.calls, 0),
      callsPerSecond: median(mine.map(x => x.callsPerSecond)), p50: pct(lat, 50), p99: pct(lat, 99),
      cpuMsPerCall: median(mine.map(x => x.cpuMsPerCall)), cpuMsPerCallRange: [Math.min(...mine.map(x => x.cpuMsPerCall)), Math.max(...mine.map(x => x.cpuMsPerCall))],
      peakRssMiB: Math.max(...mine.map(x => x.vmHwmKiB)) / 1024,
      errors: mine.reduce((a, x) => a + x.errors, 0), crosstalk: mine.reduce((a, x) => a + x.crosstalk, 0),
    };
  });
  console.log(JSON.stringify({ kind: 'http-load', sessions, callsPerSession: calls, summary, rounds: all.map(({ latencies, ...x }) => x) }));
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'fake') {
  fake(Number(rest[0]));
} else if (mode === 'run') {
  const [rounds, sessions, calls, ...specs] = rest;
  const servers = specs.map(s => { const i = s.indexOf('='); return { name: s.slice(0, i), server: JSON.parse(s.slice(i + 1)) }; });
  await run(Number(rounds), Number(sessions), Number(calls), servers);
} else {
  process.stderr.write('usage: node http-load.mjs fake <port> | run <rounds> <sessions> <calls> <name>=<server json> ...\n');
  process.exit(2);
}
