import { defineResource } from '../engine/spec.ts';
import { program } from '../models/programs.ts';

// LL2 documents no filters, search fields or ordering fields here: `search` is accepted and
// ignored, `ordering` takes DRF's default fields (docs/COMPATIBILITY.md).
export default defineResource({
  path: 'programs',
  model: program,
  modes: { normal: 'ProgramNormal', list: 'ProgramMini' },
  retrieve: 'ProgramNormal',
  examples: { mode: 'list' },
});
