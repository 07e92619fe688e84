import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import { backupTables, type BackupTable } from './backup-tables';
import {
  appliedMigration,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  rowsOf,
  type BackupHeader,
  type ControlLine,
} from './backup-format';

const DEFAULT_PAGE_SIZE = 2000;

export interface BackupSummary {
  file: string;
  migration: BackupHeader['migration'];
  tables: { name: string; rows: number }[];
  rows: number;
  bytes: number;
}

/** Writes lines to a gzip stream, waiting when the stream asks us to. */
class LineWriter {
  private readonly gzip = zlib.createGzip({ level: 6 });
  private readonly output: fs.WriteStream;

  constructor(file: string) {
    this.output = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
    this.gzip.pipe(this.output);
  }

  async write(line: string): Promise<void> {
    if (!this.gzip.write(`${line}\n`)) await once(this.gzip, 'drain');
  }

  async writeControl(line: ControlLine): Promise<void> {
    await this.write(JSON.stringify(line));
  }

  async close(): Promise<void> {
    this.gzip.end();
    await finished(this.output);
  }

  destroy(): void {
    this.gzip.destroy();
    this.output.destroy();
  }
}

function keysetQuery(table: BackupTable, after: string[] | undefined, pageSize: number): SQL {
  const keyColumns = table.primaryKey.map((key) => sql`t.${sql.identifier(key.name)}`);
  const keyTexts = table.primaryKey.map(
    (key, index) => sql`t.${sql.identifier(key.name)}::text as ${sql.identifier(`k${index}`)}`,
  );
  const where = after
    ? sql`where (${sql.join(keyColumns, sql`, `)}) > (${sql.join(
        table.primaryKey.map((key, index) => sql`${after[index]}::${sql.raw(key.sqlType)}`),
        sql`, `,
      )})`
    : sql``;
  return sql`select row_to_json(t)::text as "line", ${sql.join(keyTexts, sql`, `)}
    from ${table.identifier} t ${where}
    order by ${sql.join(keyColumns, sql`, `)} limit ${pageSize}`;
}

async function writeTable(
  db: Database,
  writer: LineWriter,
  table: BackupTable,
  pageSize: number,
): Promise<number> {
  await writer.writeControl({ $type: 'table', name: table.qualifiedName, columns: table.columns });
  let rows = 0;
  let after: string[] | undefined;
  for (;;) {
    const page = rowsOf<Record<string, string>>(await db.execute(keysetQuery(table, after, pageSize)));
    for (const row of page) await writer.write(row.line!);
    rows += page.length;
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = table.primaryKey.map((_, index) => last[`k${index}`]!);
  }
  await writer.writeControl({ $type: 'table-end', name: table.qualifiedName, rows });
  return rows;
}

/**
 * Writes a logical backup of every table of the schema to `file` (which must not exist), from one
 * consistent snapshot (a read-only repeatable-read transaction). The file appears only when
 * complete: it is written under a temporary name and renamed at the end.
 */
export async function createBackup(params: {
  db: Database;
  file: string;
  source: string;
  now: Date;
  pageSize?: number;
}): Promise<BackupSummary> {
  const { db, file, source, now } = params;
  if (fs.existsSync(file)) throw new BackupFileError(`Tệp đã tồn tại / file already exists: ${file}`);
  const partial = `${file}.partial-${process.pid}`;
  const writer = new LineWriter(partial);
  try {
    const summary = await db.transaction(
      async (tx) => {
        const tables = backupTables();
        const migration = await appliedMigration(tx);
        await writer.writeControl({
          $type: 'header',
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          createdAt: now.toISOString(),
          source,
          migration,
          tables: tables.map((table) => table.qualifiedName),
        });
        const counts: BackupSummary['tables'] = [];
        for (const table of tables) {
          counts.push({
            name: table.qualifiedName,
            rows: await writeTable(tx, writer, table, params.pageSize ?? DEFAULT_PAGE_SIZE),
          });
        }
        const rows = counts.reduce((sum, table) => sum + table.rows, 0);
        await writer.writeControl({ $type: 'end', tables: counts.length, rows });
        return { migration, tables: counts, rows };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await writer.close();
    fs.renameSync(partial, file);
    return { file, ...summary, bytes: fs.statSync(file).size };
  } catch (error) {
    writer.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
