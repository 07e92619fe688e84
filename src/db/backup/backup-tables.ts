import { is, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../schema';

/**
 * Statistics tables (`stats_*`) hold figures recomputed from the other tables. They are not backed
 * up; a restore empties them, and the first read of the figures recomputes them.
 */
const DERIVED_TABLE_PREFIX = 'stats_';

function schemaTables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
}

function isDerived(table: PgTable): boolean {
  return getTableConfig(table).name.startsWith(DERIVED_TABLE_PREFIX);
}

/** The derived statistics tables, which a restore empties (see `DERIVED_TABLE_PREFIX`). */
export function derivedTableIdentifiers(): SQL[] {
  return schemaTables()
    .filter(isDerived)
    .map((table) => sql`${sql.identifier(getTableConfig(table).name)}`);
}

/** What backup and restore need to know about one table, read from the Drizzle schema. */
export interface BackupTable {
  /** `schema.table` for messages and the file (`public` is left out). */
  qualifiedName: string;
  identifier: SQL;
  /** Columns that hold data (stored generated columns are left out: PostgreSQL computes them). */
  columns: string[];
  /** Primary-key columns with their SQL types, for keyset paging. */
  primaryKey: { name: string; sqlType: string }[];
  /** Tables this one references (other than itself). */
  dependsOn: string[];
  /** True when a foreign key points back at the table itself (e.g. `admin_units.parent_id`). */
  isSelfReferencing: boolean;
}

function qualifiedNameOf(table: PgTable): string {
  const config = getTableConfig(table);
  return config.schema && config.schema !== 'public' ? `${config.schema}.${config.name}` : config.name;
}

function describeTable(table: PgTable): BackupTable {
  const config = getTableConfig(table);
  const name = qualifiedNameOf(table);
  // A composite key lists stand-in columns of the table callback: look the real ones up by name.
  const compositeKey = config.primaryKeys[0]?.columns.map((key) =>
    config.columns.find((column) => column.name === key.name),
  );
  const keyColumns = compositeKey
    ? compositeKey.filter((column): column is PgColumn => column !== undefined)
    : config.columns.filter((column) => column.primary);
  if (keyColumns.length === 0) {
    throw new Error(`Table ${name} has no primary key: backups page through tables by primary key.`);
  }
  const references = config.foreignKeys.map((fk) => qualifiedNameOf(fk.reference().foreignTable));
  return {
    qualifiedName: name,
    identifier: config.schema
      ? sql`${sql.identifier(config.schema)}.${sql.identifier(config.name)}`
      : sql`${sql.identifier(config.name)}`,
    columns: config.columns
      .filter((column) => column.generated?.type !== 'always')
      .map((column) => column.name),
    primaryKey: keyColumns.map((column) => ({ name: column.name, sqlType: column.getSQLType() })),
    dependsOn: [...new Set(references.filter((reference) => reference !== name))].sort(),
    isSelfReferencing: references.includes(name),
  };
}

/**
 * Every table of `src/db/schema`, referenced tables before the tables that reference them, so
 * rows can be inserted in this order and deleted in the reverse. Throws on a cycle between tables.
 */
export function backupTables(): BackupTable[] {
  const described = schemaTables()
    .filter((table) => !isDerived(table))
    .map(describeTable)
    .sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName));
  const byName = new Map(described.map((table) => [table.qualifiedName, table]));
  const ordered: BackupTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: BackupTable, chain: string[]): void => {
    if (state.get(table.qualifiedName) === 'done') return;
    if (state.get(table.qualifiedName) === 'visiting') {
      throw new Error(`Foreign keys form a cycle: ${[...chain, table.qualifiedName].join(' → ')}`);
    }
    state.set(table.qualifiedName, 'visiting');
    for (const dependency of table.dependsOn) {
      const target = byName.get(dependency);
      if (target) visit(target, [...chain, table.qualifiedName]);
    }
    state.set(table.qualifiedName, 'done');
    ordered.push(table);
  };
  for (const table of described) visit(table, []);
  return ordered;
}
