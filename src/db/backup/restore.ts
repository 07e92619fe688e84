import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import { backupTables, derivedTableIdentifiers, type BackupTable } from './backup-tables';
import {
  appliedMigration,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  rowsOf,
  type BackupHeader,
  type ControlLine,
} from './backup-format';

/** Rows per INSERT, and a ceiling on the characters of one batch (large jsonb rows). */
const BATCH_ROWS = 1000;
const BATCH_CHARS = 4 * 1024 * 1024;
/** Control lines start with `{"$type":` — a key no column is named — so rows never look like one. */
const TABLE_END_PREFIX = '{"$type":"table-end"';

/**
 * Tables that older versions had and a later migration dropped: a backup made before that
 * migration still holds them. Their rows are read past and reported as skipped, not restored.
 */
export const DROPPED_TABLES: ReadonlyMap<string, { droppedIn: string }> = new Map([
  // Never used: the holiday calendar lives in `holiday_calendar` (migration 0003).
  ['holidays', { droppedIn: '0006_drop_unused_holidays' }],
]);

export interface RestoreSummary {
  header: BackupHeader;
  tables: { name: string; rows: number }[];
  /** Sections of tables a later version dropped (see {@link DROPPED_TABLES}): read, not restored. */
  skippedTables: { name: string; rows: number; droppedIn: string }[];
  /** Rows restored (skipped rows not included). */
  rows: number;
}

type LineIterator = AsyncIterator<string>;

function openLines(file: string): { lines: LineIterator; close: () => void } {
  if (!fs.existsSync(file)) throw new BackupFileError(`Không có tệp / no such file: ${file}`);
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  const reader = readline.createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  // A damaged gzip stream fails the iteration instead of crashing the process.
  input.on('error', (error) => reader.emit('error', error));
  gunzip.on('error', (error) => reader.emit('error', error));
  return {
    lines: reader[Symbol.asyncIterator](),
    close: () => {
      reader.close();
      input.destroy();
    },
  };
}

async function nextLine(lines: LineIterator): Promise<string | undefined> {
  try {
    const next = await lines.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    throw new BackupFileError(
      `Tệp sao lưu bị hỏng / the backup file is damaged: ${(error as Error).message}`,
    );
  }
}

function truncated(): BackupFileError {
  return new BackupFileError('Tệp sao lưu bị cắt cụt / the backup file is truncated (no end marker)');
}

function parseControl(line: string | undefined, expected: ControlLine['$type']): ControlLine {
  if (line === undefined) throw truncated();
  let parsed: ControlLine;
  try {
    parsed = JSON.parse(line) as ControlLine;
  } catch {
    throw new BackupFileError(`Dòng không đọc được / unreadable line where "${expected}" was expected`);
  }
  return parsed;
}

/** Reads and checks the header: right format, a version we know, no migration newer than ours. */
async function readHeader(lines: LineIterator, current: BackupHeader['migration']): Promise<BackupHeader> {
  const header = parseControl(await nextLine(lines), 'header');
  if (header.$type !== 'header' || header.format !== BACKUP_FORMAT) {
    throw new BackupFileError('Đây không phải tệp sao lưu OCOP / this is not an OCOP backup file');
  }
  if (header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(
      `Tệp sao lưu định dạng mới hơn (${header.formatVersion}); hãy cập nhật phần mềm. ` +
        `The backup uses a newer format (${header.formatVersion}); upgrade the software first.`,
    );
  }
  if (header.migration.when > current.when) {
    throw new BackupFileError(
      `Tệp sao lưu từ phiên bản mới hơn (migration ${header.migration.tag}, cơ sở dữ liệu này: ${current.tag}); ` +
        `hãy cập nhật phần mềm trước khi khôi phục. The backup comes from a newer version ` +
        `(migration ${header.migration.tag}; this database: ${current.tag}): upgrade the software first.`,
    );
  }
  return header;
}

/**
 * Tables a migration fills with the product's own data (the content hashes of the built-in
 * criteria sheets): a freshly migrated database holds their rows, so they do not make it "not empty".
 */
const FILLED_BY_MIGRATIONS = new Set(['rubric_sheet_hashes']);

async function isEmpty(tx: Database, tables: BackupTable[]): Promise<boolean> {
  for (const table of tables) {
    if (FILLED_BY_MIGRATIONS.has(table.qualifiedName)) continue;
    const [row] = rowsOf<{ found: boolean }>(
      await tx.execute(sql`select exists(select 1 from ${table.identifier}) as "found"`),
    );
    if (row?.found) return false;
  }
  return true;
}

function insertRows(target: SQL, rowType: SQL, columns: string[], batch: string[]): SQL {
  const list = sql.join(
    columns.map((column) => sql.identifier(column)),
    sql`, `,
  );
  return sql`insert into ${target} (${list}) overriding system value
    select ${list} from json_populate_recordset(null::${rowType}, ${`[${batch.join(',')}]`}::json)`;
}

/** Inserts one table's rows; self-referencing tables go through a staging table in one statement. */
async function restoreTable(
  tx: Database,
  lines: LineIterator,
  table: BackupTable,
  columns: string[],
): Promise<number> {
  const staging = sql`${sql.identifier(`ocop_restore_${table.qualifiedName.replace(/\W/g, '_')}`)}`;
  if (table.isSelfReferencing) {
    await tx.execute(sql`create temporary table ${staging} (like ${table.identifier}) on commit drop`);
  }
  const target = table.isSelfReferencing ? staging : table.identifier;
  let rows = 0;
  let batch: string[] = [];
  let batchChars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.execute(insertRows(target, table.identifier, columns, batch));
    rows += batch.length;
    batch = [];
    batchChars = 0;
  };
  for (;;) {
    const line = await nextLine(lines);
    if (line === undefined) throw truncated();
    if (!line.startsWith(TABLE_END_PREFIX)) {
      batch.push(line);
      batchChars += line.length;
      if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
      continue;
    }
    await flush();
    const end = parseControl(line, 'table-end');
    if (end.$type !== 'table-end' || end.name !== table.qualifiedName || end.rows !== rows) {
      throw new BackupFileError(
        `Số dòng của bảng ${table.qualifiedName} không khớp / row count mismatch in ${table.qualifiedName}`,
      );
    }
    break;
  }
  if (table.isSelfReferencing) {
    const list = sql.join(
      columns.map((column) => sql.identifier(column)),
      sql`, `,
    );
    await tx.execute(
      sql`insert into ${table.identifier} (${list}) overriding system value select ${list} from ${staging}`,
    );
    await tx.execute(sql`drop table ${staging}`);
  }
  return rows;
}

/** Reads past the rows of a dropped table's section, checking its end marker; returns the row count. */
async function skipTable(lines: LineIterator, name: string): Promise<number> {
  let rows = 0;
  for (;;) {
    const line = await nextLine(lines);
    if (line === undefined) throw truncated();
    if (!line.startsWith(TABLE_END_PREFIX)) {
      rows += 1;
      continue;
    }
    const end = parseControl(line, 'table-end');
    if (end.$type !== 'table-end' || end.name !== name || end.rows !== rows) {
      throw new BackupFileError(`Số dòng của bảng ${name} không khớp / row count mismatch in ${name}`);
    }
    return rows;
  }
}

/** Serial and identity sequences continue after the restored values. */
async function resetSequences(tx: Database, table: BackupTable): Promise<void> {
  for (const column of table.columns) {
    const [found] = rowsOf<{ sequence: string | null }>(
      await tx.execute(sql`select pg_get_serial_sequence(${table.qualifiedName}, ${column}) as "sequence"`),
    );
    if (!found?.sequence) continue;
    const name = sql.identifier(column);
    await tx.execute(
      sql`select setval(${found.sequence}::regclass, coalesce((select max(${name}) from ${table.identifier}), 0) + 1, false)`,
    );
  }
}

function columnsToRestore(table: BackupTable, backupColumns: string[]): string[] {
  const unknown = backupColumns.filter((column) => !table.columns.includes(column));
  if (unknown.length > 0) {
    throw new BackupFileError(
      `Bảng ${table.qualifiedName} không có cột / has no column: ${unknown.join(', ')}`,
    );
  }
  return backupColumns;
}

/**
 * Restores a backup made by `createBackup` into `db` (already migrated), in ONE transaction:
 * every table of the schema is emptied and refilled, or nothing changes. Refuses a file from a
 * newer migration, a damaged or truncated file, and — unless `replaceExisting` — a database that
 * already holds data. Sections of tables a later migration dropped are skipped and reported.
 */
export async function restoreBackup(params: {
  db: Database;
  file: string;
  replaceExisting?: boolean;
}): Promise<RestoreSummary> {
  const { db, file } = params;
  const tables = backupTables();
  const byName = new Map(tables.map((table) => [table.qualifiedName, table]));
  const { lines, close } = openLines(file);
  try {
    const header = await readHeader(lines, await appliedMigration(db));
    return await db.transaction(async (tx) => {
      if (!params.replaceExisting && !(await isEmpty(tx, tables))) {
        throw new BackupFileError(
          'Cơ sở dữ liệu đích đã có dữ liệu; dùng --force để thay thế toàn bộ. ' +
            'The target database already holds data; use --force to replace all of it.',
        );
      }
      await tx.execute(
        sql`truncate table ${sql.join(
          [...tables.map((table) => table.identifier), ...derivedTableIdentifiers()],
          sql`, `,
        )}`,
      );
      const counts: RestoreSummary['tables'] = [];
      const skipped: RestoreSummary['skippedTables'] = [];
      for (;;) {
        const control = parseControl(await nextLine(lines), 'table');
        if (control.$type === 'end') {
          const total = counts.reduce((sum, table) => sum + table.rows, 0);
          const skippedRows = skipped.reduce((sum, table) => sum + table.rows, 0);
          if (control.rows !== total + skippedRows || control.tables !== counts.length + skipped.length) {
            throw new BackupFileError('Tổng số dòng không khớp / the row totals do not match');
          }
          for (const table of tables) await resetSequences(tx, table);
          return { header, tables: counts, skippedTables: skipped, rows: total };
        }
        if (control.$type !== 'table')
          throw new BackupFileError(`Dòng không mong đợi / unexpected "${control.$type}" line`);
        const table = byName.get(control.name);
        const dropped = DROPPED_TABLES.get(control.name);
        if (!table && dropped) {
          skipped.push({
            name: control.name,
            rows: await skipTable(lines, control.name),
            droppedIn: dropped.droppedIn,
          });
          continue;
        }
        if (!table)
          throw new BackupFileError(`Bảng không có trong phiên bản này / unknown table: ${control.name}`);
        counts.push({
          name: table.qualifiedName,
          rows: await restoreTable(tx, lines, table, columnsToRestore(table, control.columns)),
        });
      }
    });
  } finally {
    close();
  }
}
