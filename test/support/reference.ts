// Access to the LL2 2.3.0 reference folder (LL2's own OpenAPI document and real upstream
// records). The folder lives outside the repository and a fresh clone does not have it, so
// every test that needs it must skip, saying where it looked, instead of failing.
// Nothing is copied out of the folder: it is only read in place.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenApiDocument } from './openapi-contract.ts';

export const REFERENCE_DIR_ENV = 'LL2_REFERENCE_DIR';
const OPENAPI_FILE = 'openapi-2.3.0.json';
const FIXTURES_DIR = 'fixtures';

/** The repository root: this file is `<root>/test/support/reference.ts`. */
function repositoryRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** Where the reference folder is expected, whether or not it exists. */
export function referenceDirCandidate(): string {
  const fromEnv = process.env[REFERENCE_DIR_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return resolve(fromEnv);
  return resolve(repositoryRoot(), '..', 'shared', 'll2');
}

/** The LL2 reference folder, or null when it (or the OpenAPI document in it) is missing. */
export function referenceDir(): string | null {
  const dir = referenceDirCandidate();
  return existsSync(join(dir, OPENAPI_FILE)) ? dir : null;
}

/**
 * The reason to skip reference-based tests, or false when the folder is present; shaped for
 * `test(name, { skip: referenceSkipReason() }, fn)`.
 */
export function referenceSkipReason(): string | false {
  if (referenceDir() !== null) return false;
  const dir = referenceDirCandidate();
  const source = process.env[REFERENCE_DIR_ENV]?.trim() ? `${REFERENCE_DIR_ENV}=${process.env[REFERENCE_DIR_ENV]}` : 'default location';
  return (
    `LL2 reference folder not found at ${dir} (${source}; looked for ${join(dir, OPENAPI_FILE)}): ` +
    `contract tests skipped. Set ${REFERENCE_DIR_ENV} to the folder holding ${OPENAPI_FILE} and ${FIXTURES_DIR}/ to run them.`
  );
}

/** Evaluated once at import time, which is when node:test reads the `skip` options anyway. */
export const SKIP_REASON: string | false = referenceSkipReason();

/** The reference folder; throws the skip reason when it is missing (for code that runs only when not skipped). */
export function requireReferenceDir(): string {
  const dir = referenceDir();
  if (dir === null) throw new Error(referenceSkipReason() || 'LL2 reference folder not found');
  return dir;
}

// The document is ~1 MB and every contract test needs it: parse it once per folder.
const openApiCache = new Map<string, OpenApiDocument>();

/** LL2's OpenAPI 3.0 document, parsed once and shared: callers must not mutate it. */
export function loadOpenApi(): OpenApiDocument {
  const dir = requireReferenceDir();
  let doc = openApiCache.get(dir);
  if (doc === undefined) {
    doc = JSON.parse(readFileSync(join(dir, OPENAPI_FILE), 'utf8')) as OpenApiDocument;
    openApiCache.set(dir, doc);
  }
  return doc;
}

/** A fixture file (`fixtures/<name>`), freshly parsed so callers may mutate their copy. */
export function loadFixture(name: string): unknown {
  const fixtures = join(requireReferenceDir(), FIXTURES_DIR);
  const file = resolve(fixtures, name);
  // A fixture name is a plain relative file name; refuse anything that walks out of fixtures/.
  const inside = relative(fixtures, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    throw new Error(`Fixture name ${JSON.stringify(name)} is outside ${fixtures}`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
