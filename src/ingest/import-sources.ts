// Where `apogee import` reads from: files, folders (every .json below them, in name order)
// or standard input, and which model a document holds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../engine/spec.ts';
import { resources } from '../resources/index.ts';
import { RecordError } from './upsert.ts';

export interface Document {
  /** The file name, or "standard input". */
  source: string;
  records: unknown[];
  /** How a record is addressed in the document: `$[3]` or `$.results[3]`. */
  recordPath: (index: number) => string;
  /** The endpoint the document says it came from (a page's `next`/`previous`, a record's `url`). */
  endpointHint: string | null;
}

/** The files named, folders expanded; none (or "-") means standard input. */
export function expandSources(args: string[]): Array<string | 0> {
  if (args.length === 0) return [0];
  return args.flatMap((arg): Array<string | 0> => (arg === '-' ? [0] : statSync(arg).isDirectory() ? jsonFilesBelow(arg) : [arg]));
}

function jsonFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFilesBelow(path);
      return entry.name.endsWith('.json') ? [path] : [];
    });
}

export function readDocument(source: string | 0): Document {
  const name = source === 0 ? 'standard input' : source;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new RecordError(name, `not valid JSON (${(error as Error).message})`);
  }
  return documentOf(name, parsed);
}

/** An LL2 page (`{count, next, previous, results}`), a bare array or one object. */
export function documentOf(source: string, parsed: unknown): Document {
  const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  const page = isObject && Array.isArray((parsed as { results?: unknown }).results) ? (parsed as Record<string, unknown>) : null;
  const records = Array.isArray(parsed) ? parsed : page ? (page.results as unknown[]) : isObject ? [parsed] : null;
  if (!records) throw new RecordError(source, 'expected an LL2 page, an array or an object');
  const first = records[0] as { url?: unknown } | undefined;
  const hints = [page?.next, page?.previous, typeof first === 'object' && first !== null ? first.url : undefined];
  return {
    source,
    records,
    recordPath: (index) => (page ? `$.results[${index}]` : Array.isArray(parsed) ? `$[${index}]` : '$'),
    endpointHint: (hints.find((hint) => typeof hint === 'string') as string | undefined) ?? null,
  };
}

// `launches/upcoming` must be tried before `launches`.
const RESOURCES_LONGEST_PATH_FIRST = [...resources].sort((a, b) => b.path.length - a.path.length);

/**
 * The model of an endpoint, given as a path below /2.3.0/ (`spacecraft`, `config/orbits`), an
 * absolute path or a full URL (a page link or a record's own `url`).
 */
export function modelOfEndpoint(endpoint: string): Model | undefined {
  const path = endpoint
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .replace(/^\/?(2\.3\.0\/)?/, '')
    .replace(/\/+$/, '');
  const resource = RESOURCES_LONGEST_PATH_FIRST.find((candidate) => path === candidate.path || path.startsWith(`${candidate.path}/`));
  return resource?.model;
}
