// Checks the bundled catalog (src/data/catalog): expands every part file it finds, listed in
// index.ts or not, against the bundled JSON files, and prints the problems or the counts.
//   npx tsx scripts/check-catalog.ts
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CatalogError, expandCatalog } from '../src/data/catalog/expand.ts';
import { catalogParts } from '../src/data/catalog/index.ts';
import type { CatalogPart } from '../src/data/catalog/types.ts';
import { readBundledFiles } from '../src/ingest/bundled-data.ts';

const dir = fileURLToPath(new URL('../src/data/catalog/', import.meta.url));
const listed = new Set(catalogParts.map(([file]) => file));
const parts: Array<[string, CatalogPart]> = [...catalogParts];
for (const file of readdirSync(dir).sort()) {
  if (!file.endsWith('.ts') || listed.has(file) || ['types.ts', 'expand.ts', 'index.ts'].includes(file)) continue;
  const module = (await import(new URL(file, `file://${dir}`).href)) as { part?: CatalogPart };
  if (!module.part) {
    console.error(`${file}: exports no \`part\``);
    process.exitCode = 1;
    continue;
  }
  console.log(`${file}: not yet listed in index.ts, checked anyway`);
  parts.push([file, module.part]);
}
try {
  const sets = expandCatalog(parts, readBundledFiles());
  for (const set of sets) console.log(`${set.model}: ${set.records.length}`);
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
