// Checks Kubernetes objects against the Kubernetes schemas (kubernetes-models), driven by Scp.Mcp.Deployment.Tests.
// Usage: node check-manifests.mjs <rendered.yaml>
// Prints one JSON object: { "objects": [ { "apiVersion", "kind", "name", "error": null | "<what is wrong>" } ] }
// and decides nothing: the C# test asserts on it (every object known and valid, and the settings it requires).
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const text = readFileSync(process.argv[2], 'utf8');
const objects = [];
for (const document of parseAllDocuments(text)) {
  if (document.errors.length > 0) {
    objects.push({ apiVersion: null, kind: null, name: null, error: 'YAML: ' + document.errors.map((e) => e.message).join('; ') });
    continue;
  }
  const object = document.toJS();
  if (!object) continue;
  const entry = { apiVersion: object.apiVersion ?? null, kind: object.kind ?? null, name: object.metadata?.name ?? null, error: null, object };
  try {
    const group = object.apiVersion.includes('/') ? object.apiVersion : `core/${object.apiVersion}`;
    // kubernetes-models lays its models out as <group>/<version>/<Kind> (core group as v1/<Kind>).
    const path = group.startsWith('core/') ? `kubernetes-models/${object.apiVersion}/${object.kind}` : `kubernetes-models/${group}/${object.kind}`;
    const module = await import(path);
    const Model = module[object.kind] ?? module.default;
    new Model(object).validate();
  } catch (error) {
    entry.error = error instanceof Error ? error.message : String(error);
  }
  objects.push(entry);
}
process.stdout.write(JSON.stringify({ objects }) + '\n');
