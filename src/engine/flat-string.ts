// Keys that caches keep for a long time, made into one piece of memory.
//
// V8 joins strings lazily: `a + b` and template literals make a node pointing at both parts,
// and Kysely builds a statement's SQL one fragment at a time, so a count's memo key was a tree
// of about 160 such nodes, 32 bytes each, kept as long as the key (tens of megabytes for the
// thousands of searches a busy server remembers). A hash lookup does not join them.

/** The same text as one flat string: exactly equal, lone surrogates included. */
export function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
