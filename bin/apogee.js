#!/usr/bin/env node
// The `apogee` command: runs the TypeScript CLI through tsx (Node 20 cannot strip types).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
