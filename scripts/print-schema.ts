// Prints the table shapes the models need, as a TypeScript literal. A new migration starts
// from this output (diffed against the previous snapshot); existing migrations never change.
//   npx tsx scripts/print-schema.ts
import { schemaFromModels } from '../src/db/schema.ts';
import { models } from '../src/models/index.ts';

const schema = schemaFromModels(models);
const lines = Object.entries(schema).map(([table, shape]) => {
  const columns = Object.entries(shape.columns)
    .map(([column, type]) => `${column}: '${type}'`)
    .join(', ');
  const extras = [shape.link ? 'link: true' : '', shape.indexes?.length ? `indexes: [${shape.indexes.map((c) => `'${c}'`).join(', ')}]` : '']
    .filter(Boolean)
    .join(', ');
  return `  ${table}: { columns: { ${columns} }${extras ? `, ${extras}` : ''} },`;
});
console.log(`{\n${lines.join('\n')}\n}`);
