// How far V8 lets the JavaScript heap grow past what a full collection left alive.
//
// Under load V8 grows the heap by up to four times the live objects before it collects again,
// and keeps the memory while the load lasts: a node whose live heap is about 60 MB held 130 MB
// of old space after a flood of 1.8 MB pages, and its resident memory passed 300 MB. A smaller
// factor costs more frequent full collections, not a hard limit: the heap still grows as far
// as the live objects need (unlike --max-old-space-size, which ends the process there).
// docs/PERFORMANCE.md has the measurements.
import { setFlagsFromString } from 'node:v8';

/** Lets the heap grow to at most (1 + percent/100) × the live heap; 0 leaves V8's own factor. */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
