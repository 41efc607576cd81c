// Prints, as JSON, the command, args and env an MCPB host starts for an unpacked bundle, resolved by the MCPB library's
// own getMcpConfigForManifest (the code hosts use: ${__dirname}, ${user_config.*} with defaults). Used by the packaging
// tests to start the bundled binary exactly as a host would; handy to debug a bundle by hand too.
// Usage: node host-config.mjs <unpacked bundle directory> ['{"access_key":"…"}']
import { readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { getMcpConfigForManifest } from "@anthropic-ai/mcpb";

const [directory, userConfigJson] = process.argv.slice(2);
if (!directory) {
  console.error("usage: node host-config.mjs <unpacked bundle directory> [user config JSON]");
  process.exit(2);
}

const extensionPath = resolve(directory);
const manifest = JSON.parse(readFileSync(join(extensionPath, "manifest.json"), "utf8"));
const config = await getMcpConfigForManifest({
  manifest,
  extensionPath,
  systemDirs: {},
  userConfig: userConfigJson ? JSON.parse(userConfigJson) : {},
  pathSeparator: sep,
});
if (!config) {
  console.error("host-config: the host would not start this bundle (required user configuration is missing)");
  process.exit(1);
}

console.log(JSON.stringify(config));
