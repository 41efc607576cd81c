// Writes an MCPB manifest.json: manifest.template.json (the hand-kept part: names, mcp_config, user_config) plus what
// only the build knows: the version and tool list of the binary just built, and the platform and entry point of its RID.
// Usage: node make-manifest.mjs <template> <tools.json from `scp-mcp tools --json`> <version> <rid> <output>
import { readFileSync, writeFileSync } from "node:fs";

const [template, toolsFile, version, rid, output] = process.argv.slice(2);
if (!output) {
  console.error("usage: node make-manifest.mjs <template> <tools.json> <version> <rid> <output>");
  process.exit(2);
}

const platforms = { linux: "linux", osx: "darwin", win: "win32" };
const platform = platforms[rid.split("-")[0]];
if (!platform) {
  console.error(`make-manifest: unknown runtime identifier '${rid}' (expected linux-*, osx-* or win-*)`);
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(template, "utf8"));
const executable = platform === "win32" ? "server/scp-mcp.exe" : "server/scp-mcp";
manifest.version = version;
manifest.server.entry_point = executable;
manifest.server.mcp_config.command = "${__dirname}/" + executable;
manifest.compatibility.platforms = [platform];
// The tool list a host shows before starting the server: name and title (the full descriptions come from tools/list).
manifest.tools = JSON.parse(readFileSync(toolsFile, "utf8")).tools.map((t) => ({ name: t.name, description: t.title ?? t.name }));
writeFileSync(output, JSON.stringify(manifest, null, 2) + "\n");
