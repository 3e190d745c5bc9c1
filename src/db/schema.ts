// The relational shape of the models: which tables and columns they need. Migrations
// freeze a snapshot of it (scripts/print-schema.ts prints one); a test checks that the
// migrated database still holds every column the models read.
import { type Migration, sql } from 'kysely';
import type { Model, ScalarType } from '../engine/spec.ts';
import type { Db } from './connect.ts';
import type { SqlDialect } from './dialect.ts';

export interface TableShape {
  /** Column → type. `id` is the primary key; link tables get a generated `id` that keeps link order. */
  columns: Record<string, ScalarType>;
  link?: boolean;
  /** Columns that get an index of their own. */
  indexes?: string[];
}

export type SchemaShape = Record<string, TableShape>;

export function schemaFromModels(models: Model[]): SchemaShape {
  const schema: SchemaShape = {};
  const ensure = (table: string, shape: TableShape) => {
    schema[table] ??= shape;
    return schema[table];
  };
  for (const model of models) {
    const idType: ScalarType = model.idType;
    const table = ensure(model.table, { columns: { id: idType }, indexes: [] });
    for (const field of Object.values(model.fields)) {
      if (field.kind === 'scalar' && field.column !== 'id') table.columns[field.column] = field.type;
      if (field.kind === 'one' || field.kind === 'nameOf') {
        table.columns[field.column] = field.target().idType;
        table.indexes?.push(field.column);
      }
      if (field.kind === 'nameOf') table.columns[field.fallbackColumn] = 'text';
      if (field.kind === 'manyToMany') {
        const link = ensure(field.through, { columns: {}, link: true, indexes: [] });
        link.columns[field.from] = idType;
        link.columns[field.to] = field.target().idType;
        for (const column of [field.from, field.to]) {
          if (!link.indexes?.includes(column)) link.indexes?.push(column);
        }
      }
    }
    for (const [column, type] of Object.entries(model.extraColumns)) {
      table.columns[column] = type;
      if (column.endsWith('_id')) table.indexes?.push(column);
    }
  }
  return schema;
}

export async function createTables(db: Db, dialect: SqlDialect, schema: SchemaShape): Promise<void> {
  for (const [name, shape] of Object.entries(schema)) {
    let builder = db.schema.createTable(name);
    if (shape.link) {
      builder =
        dialect.name === 'sqlite'
          ? builder.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
          : builder.addColumn('id', 'integer', (column) => column.primaryKey().generatedByDefaultAsIdentity());
    }
    for (const [column, type] of Object.entries(shape.columns)) {
      builder = builder.addColumn(column, sql.raw(dialect.columnType(type)), (definition) =>
        column === 'id' && !shape.link ? definition.primaryKey() : definition,
      );
    }
    await builder.execute();
    for (const column of shape.indexes ?? []) {
      await db.schema.createIndex(`${name}_${column}_idx`).on(name).column(column).execute();
    }
  }
}

/** A migration that creates new tables and adds columns (with an index on each new key). */
export function schemaChange(dialect: SqlDialect, tables: SchemaShape, columns: Record<string, Record<string, ScalarType>>): Migration {
  return {
    async up(db) {
      await createTables(db, dialect, tables);
      for (const [table, added] of Object.entries(columns)) {
        for (const [column, type] of Object.entries(added)) {
          await db.schema.alterTable(table).addColumn(column, sql.raw(dialect.columnType(type))).execute();
          if (column.endsWith('_id')) await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
        }
      }
    },
  };
}
