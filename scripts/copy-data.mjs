// Part of `npm run build`: the compiled server reads the bundled JSON files next to its code.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/data/bundled/', import.meta.url), new URL('../dist/data/bundled/', import.meta.url), { recursive: true });
