// Whole-process measurements of stdio MCP servers (docs/performance.md). No dependencies: speaks JSON-RPC lines.
//   node mcp-measure.mjs startup <runs> <name>=<cmd json array> ...   spawn -> first tools/list reply, median of <runs>
//   node mcp-measure.mjs rss <calls> <tool> <args json> <cmd json>       peak RSS (VmHWM) after <calls> tools/call
//   node mcp-measure.mjs size <cmd json>                                 bytes of the tools/list result
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const INIT = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'scp-mcp-bench', version: '1' } } };

function start(cmd) {
  const t0 = process.hrtime.bigint();
  const child = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  const waiters = new Map();
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', chunk => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      let msg;
      try { msg = JSON.parse(line); } catch { continue; }
      if (msg.id !== undefined && waiters.has(msg.id)) { waiters.get(msg.id)({ msg, bytes: Buffer.byteLength(line, 'utf8') }); waiters.delete(msg.id); }
    }
  });
  let stderr = '';
  child.stderr.on('data', d => { stderr += d; if (stderr.length > 20000) stderr = stderr.slice(-10000); });
  const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
  const request = (msg) => new Promise((resolve, reject) => {
    waiters.set(msg.id, resolve);
    child.stdin.write(JSON.stringify(msg) + '\n');
    exited.then(code => reject(new Error(`${cmd.join(' ')} exited ${code} before answering ${msg.method}: ${stderr.slice(-2000)}`)));
  });
  const notify = (msg) => child.stdin.write(JSON.stringify(msg) + '\n');
  const stop = async () => { child.stdin.end(); const timer = setTimeout(() => child.kill('SIGKILL'), 3000); await exited; clearTimeout(timer); };
  return { t0, child, request, notify, stop };
}

async function handshake(server) {
  await server.request(INIT);
  server.notify({ jsonrpc: '2.0', method: 'notifications/initialized' });
  return server.request({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function startup(runs, variants) {
  const times = Object.fromEntries(variants.map(v => [v.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const v of variants) {            // interleaved, so a burst of load hits every variant alike
      const server = start(v.cmd);
      const reply = await handshake(server);
      const ms = Number(process.hrtime.bigint() - server.t0) / 1e6;
      if (!reply.msg.result || !Array.isArray(reply.msg.result.tools)) throw new Error(`${v.name}: bad tools/list reply`);
      times[v.name].push(ms);
      await server.stop();
    }
  }
  const rows = variants.map(v => ({ name: v.name, tools: null, median: median(times[v.name]), min: Math.min(...times[v.name]), max: Math.max(...times[v.name]), runs: times[v.name] }));
  console.log(JSON.stringify({ kind: 'startup', rows }));
}

async function rss(calls, tool, args, cmd) {
  const server = start(cmd);
  await handshake(server);
  let errors = 0;
  let firstError = null;
  for (let i = 0; i < calls; i++) {
    const reply = await server.request({ jsonrpc: '2.0', id: 10 + i, method: 'tools/call', params: { name: tool, arguments: args } });
    if (reply.msg.error || reply.msg.result?.isError) { errors++; firstError ??= JSON.stringify(reply.msg).slice(0, 400); }
  }
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const kib = key => Number((status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm')) || [])[1]);
  console.log(JSON.stringify({ kind: 'rss', calls, errors, firstError, vmHwmKiB: kib('VmHWM'), vmRssKiB: kib('VmRSS') }));
  await server.stop();
}

async function size(cmd) {
  const server = start(cmd);
  const reply = await handshake(server);
  const resultBytes = Buffer.byteLength(JSON.stringify(reply.msg.result), 'utf8');
  console.log(JSON.stringify({ kind: 'size', tools: reply.msg.result.tools.length, lineBytes: reply.bytes, resultBytes }));
  await server.stop();
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'startup') {
  const runs = Number(rest[0]);
  const variants = rest.slice(1).map(arg => { const i = arg.indexOf('='); return { name: arg.slice(0, i), cmd: JSON.parse(arg.slice(i + 1)) }; });
  await startup(runs, variants);
} else if (mode === 'rss') {
  await rss(Number(rest[0]), rest[1], JSON.parse(rest[2]), JSON.parse(rest[3]));
} else if (mode === 'size') {
  await size(JSON.parse(rest[0]));
} else {
  console.error('usage: node mcp-measure.mjs startup|rss|size ...');
  process.exit(2);
}
