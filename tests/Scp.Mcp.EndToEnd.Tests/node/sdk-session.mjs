// One MCP client session with the official TypeScript SDK (@modelcontextprotocol/sdk), driven by the
// xunit tests. Usage: node sdk-session.mjs <session.json>
//
// session.json:
//   { "transport": "stdio" | "http",
//     "command": "dotnet", "args": [...], "env": {...},       // stdio: the server process
//     "url": "http://127.0.0.1:5100/mcp",                      // http
//     "elicitation": "accept" | "decline" | "cancel" | null,   // null: the client declares no elicitation
//     "listTools": true,                                       // print the full tools/list in the result
//     "calls": [ { "name": "file_list_volumes", "arguments": {...} }, ... ] }
// A string argument "$call[N].a.b" is replaced by field a.b of call N's structuredContent (an earlier call
// of the same session), so a session can create a resource and then act on its id.
//
// Prints exactly one JSON object on stdout and decides nothing: the C# tests assert on it.
// Every call goes through Client.callTool, which validates structuredContent against the tool's
// outputSchema (from the preceding tools/list); a validation failure is reported in that call's "error".
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const session = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const result = { connected: false, calls: [], elicitations: [] };

function resolve(value, calls) {
  if (typeof value === 'string') {
    const match = /^\$call\[(\d+)\]\.(.+)$/.exec(value);
    if (!match) return value;
    let node = calls[Number(match[1])]?.result?.structuredContent;
    for (const key of match[2].split('.')) node = node?.[key];
    if (node === undefined) throw new Error(`${value}: no such field in that call's structuredContent`);
    return node;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, calls));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, calls)]));
  }
  return value;
}

function describeError(error) {
  return { message: error instanceof Error ? error.message : String(error), code: error?.code ?? null };
}

const capabilities = session.elicitation ? { elicitation: { form: {} } } : {};
const client = new Client({ name: 'scp-mcp-e2e-sdk-client', version: '1.0.0' }, { capabilities });
if (session.elicitation) {
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    result.elicitations.push({ message: request.params.message, requestedSchema: request.params.requestedSchema ?? null });
    return session.elicitation === 'accept' ? { action: 'accept', content: {} } : { action: session.elicitation };
  });
}

const transport = session.transport === 'http'
  ? new StreamableHTTPClientTransport(new URL(session.url))
  : new StdioClientTransport({
      command: session.command,
      args: session.args ?? [],
      env: { ...process.env, ...(session.env ?? {}) },
      stderr: 'pipe',
    });

let stderr = '';
if (transport.stderr) {
  transport.stderr.on('data', (chunk) => { if (stderr.length < 20000) stderr += chunk.toString(); });
}

try {
  await client.connect(transport);
  result.connected = true;
  result.protocolVersion = transport.protocolVersion ?? null;
  result.serverInfo = client.getServerVersion() ?? null;
  result.serverCapabilities = client.getServerCapabilities() ?? null;

  // tools/list, following pagination; callTool needs it first to know every outputSchema.
  const tools = [];
  let cursor;
  do {
    const page = await client.listTools(cursor ? { cursor } : {});
    tools.push(...page.tools);
    cursor = page.nextCursor;
  } while (cursor);
  result.toolCount = tools.length;
  if (session.listTools) {
    result.tools = tools;
  }

  for (const call of session.calls ?? []) {
    const entry = { name: call.name, elicitationsBefore: result.elicitations.length };
    try {
      entry.arguments = resolve(call.arguments ?? {}, result.calls);
      const answer = await client.callTool({ name: call.name, arguments: entry.arguments });
      entry.result = answer;
      entry.hasOutputSchema = tools.some((t) => t.name === call.name && t.outputSchema);
    } catch (error) {
      entry.error = describeError(error);
    }
    entry.elicitationsAfter = result.elicitations.length;
    result.calls.push(entry);
  }
} catch (error) {
  result.error = describeError(error);
} finally {
  try { await client.close(); } catch { /* already closed */ }
  result.serverStderr = stderr;
}

process.stdout.write(JSON.stringify(result) + '\n');
