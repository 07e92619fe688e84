import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../database';

/**
 * A backup is gzip'd JSON lines:
 *   {"$type":"header", "format":"ocop-backup", "formatVersion":1, "migration":{…}, …}
 *   {"$type":"table", "name":"admin_units", "columns":[…]}
 *   <one row per line, exactly as PostgreSQL's row_to_json wrote it>
 *   {"$type":"table-end", "name":"admin_units", "rows":123}
 *   …
 *   {"$type":"end", "tables":6, "rows":4567}
 * Rows are never parsed by JavaScript, so bigint, numeric, timestamps, jsonb and arrays keep
 * PostgreSQL's own text form and precision.
 */
export const BACKUP_FORMAT = 'ocop-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The last migration applied to a database: its journal tag and its `when` (ms since epoch). */
export interface MigrationMark {
  tag: string;
  when: number;
}

export interface BackupHeader {
  $type: 'header';
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** `pglite` or `postgres`: where the backup was taken (restores go to either). */
  source: string;
  migration: MigrationMark;
  tables: string[];
}

export interface TableStart {
  $type: 'table';
  name: string;
  columns: string[];
}

export interface TableEnd {
  $type: 'table-end';
  name: string;
  rows: number;
}

export interface BackupEnd {
  $type: 'end';
  tables: number;
  rows: number;
}

export type ControlLine = BackupHeader | TableStart | TableEnd | BackupEnd;

const JOURNAL_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'migrations',
  'meta',
  '_journal.json',
);

function journalTags(): Map<number, string> {
  const journal = JSON.parse(fs.readFileSync(JOURNAL_FILE, 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  return new Map(journal.entries.map((entry) => [entry.when, entry.tag]));
}

/** The newest migration the database has applied (Drizzle's `drizzle.__drizzle_migrations`). */
export async function appliedMigration(db: Database): Promise<MigrationMark> {
  const result = await db.execute(
    sql`select created_at::text as "when" from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const [row] = rowsOf<{ when: string }>(result);
  if (!row) throw new Error('The database has no migrations applied: run `ocop migrate` first.');
  const when = Number(row.when);
  return { tag: journalTags().get(when) ?? `unknown-${when}`, when };
}

/** Rows of a raw query, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A backup file that cannot be restored here: damaged, foreign, or from a newer version. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}
