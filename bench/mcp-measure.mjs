// Whole-process measurements of stdio MCP servers (docs/performance.md). No dependencies: speaks JSON-RPC lines.
//   node mcp-measure.mjs startup <runs> <name>=<cmd json array> ...   spawn -> first tools/list reply, median of <runs>;
//                                                                        also the server's CPU ms and minor page faults by then
//   node mcp-measure.mjs rss <calls> <tool> <args json> <cmd json>       peak RSS (VmHWM) after <calls> tools/call
//   node mcp-measure.mjs smaps <calls> <tool> <args json> <cmd json>     the same, then where the resident memory is
//                                                                        (/proc/<pid>/smaps grouped: image, GC heap, stacks, …)
//   node mcp-measure.mjs size <cmd json>                                 bytes of the tools/list result
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

// CPU time of every thread of <pid> so far, in ms (ns resolution from schedstat), and its minor page faults: less
// sensitive to other processes' load than wall-clock time.
function processCost(pid) {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try { ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]); } catch { /* thread ended */ }
  }
  const minflt = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[7]);
  return { cpuMs: ns / 1e6, minflt };
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function startup(runs, variants) {
  const times = Object.fromEntries(variants.map(v => [v.name, []]));
  const costs = Object.fromEntries(variants.map(v => [v.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const v of variants) {            // interleaved, so a burst of load hits every variant alike
      const server = start(v.cmd);
      const reply = await handshake(server);
      const ms = Number(process.hrtime.bigint() - server.t0) / 1e6;
      costs[v.name].push(processCost(server.child.pid));
      if (!reply.msg.result || !Array.isArray(reply.msg.result.tools)) throw new Error(`${v.name}: bad tools/list reply`);
      times[v.name].push(ms);
      await server.stop();
    }
  }
  const rows = variants.map(v => ({
    name: v.name, tools: null, median: median(times[v.name]), min: Math.min(...times[v.name]), max: Math.max(...times[v.name]), runs: times[v.name],
    cpuMs: median(costs[v.name].map(c => c.cpuMs)), minorFaults: median(costs[v.name].map(c => c.minflt)),
  }));
  console.log(JSON.stringify({ kind: 'startup', rows }));
}

// Resident memory of a process by kind, from /proc/<pid>/smaps: each file mapping by file name; anonymous mappings by
// size class: thread stacks (8 MiB reservations with a guard page), the GC's reservation (the largest anonymous
// mapping, its regions committed inside it), and the rest (runtime type data, native heaps, bookkeeping).
function smapsBreakdown(pid) {
  const text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const maps = [];
  let current = null;
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (head) {
      current = { size: (parseInt(head[2], 16) - parseInt(head[1], 16)) / 1024, perms: head[3], path: head[4], rss: 0, anon: 0 };
      maps.push(current);
      continue;
    }
    const field = /^(Rss|Anonymous):\s+(\d+) kB/.exec(line);
    if (field && current) current[field[1] === 'Rss' ? 'rss' : 'anon'] += Number(field[2]);
  }
  const largestAnon = Math.max(0, ...maps.filter(m => !m.path).map(m => m.size));
  const groups = new Map();
  const add = (name, m) => { const g = groups.get(name) ?? { rssKiB: 0, anonKiB: 0, mappings: 0 }; g.rssKiB += m.rss; g.anonKiB += m.anon; g.mappings++; groups.set(name, g); };
  for (const m of maps) {
    if (m.rss === 0) continue;
    if (m.path === '[stack]') add('main thread stack', m);
    else if (m.path.startsWith('[')) add(m.path, m);
    else if (m.path) add(m.path.split('/').pop() + (m.perms.includes('x') ? ' (code)' : m.perms.includes('w') ? ' (data, written)' : ' (read-only)'), m);
    else if (m.size === largestAnon && largestAnon >= 64 * 1024) add('anonymous: GC heap reservation (committed regions)', m);
    else if (m.size >= 8188 && m.size <= 8192) add('anonymous: thread stacks (8 MiB reservations)', m);
    else add('anonymous: other (runtime data, native heaps, GC bookkeeping)', m);
  }
  return [...groups.entries()].map(([name, g]) => ({ name, ...g })).sort((a, b) => b.rssKiB - a.rssKiB);
}

async function rss(calls, tool, args, cmd, breakdown = false) {
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
  if (breakdown) {
    const rollup = readFileSync(`/proc/${server.child.pid}/smaps_rollup`, 'utf8');
    console.log(rollup.split('\n').filter(l => /^(Rss|Pss|Shared_Clean|Private_Clean|Private_Dirty|Anonymous):/.test(l)).map(l => l.replace(/\s+/g, ' ')).join('; '));
    console.log('| resident | MiB | of it anonymous | mappings |');
    console.log('|---|---:|---:|---:|');
    for (const g of smapsBreakdown(server.child.pid)) {
      console.log(`| ${g.name} | ${(g.rssKiB / 1024).toFixed(1)} | ${(g.anonKiB / 1024).toFixed(1)} | ${g.mappings} |`);
    }
  }
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
} else if (mode === 'smaps') {
  await rss(Number(rest[0]), rest[1], JSON.parse(rest[2]), JSON.parse(rest[3]), true);
} else if (mode === 'size') {
  await size(JSON.parse(rest[0]));
} else {
  console.error('usage: node mcp-measure.mjs startup|rss|smaps|size ...');
  process.exit(2);
}
