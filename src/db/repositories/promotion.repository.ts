import { inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import { accounts, products, producers } from '../schema';

/**
 * Shared queries of the promotion repositories (training, consultants, trade events, points of
 * sale): the jurisdiction condition every list pushes into SQL, and existence checks of the
 * records a form refers to.
 */

/** Rows whose unit path lies under one of `scopePaths`, and under `withinPath` when given. */
export function withinPaths(
  pathColumn: AnyPgColumn,
  scopePaths: readonly string[],
  withinPath?: string,
): SQL {
  if (scopePaths.length === 0) return sql`false`;
  const visible = or(...scopePaths.map((path) => like(pathColumn, `${path}%`)))!;
  return withinPath ? sql`(${visible}) and ${like(pathColumn, `${withinPath}%`)}` : visible;
}

/** Rows of a calendar year (Vietnam dates stored as `date`). */
export function inYear(dateColumn: AnyPgColumn, year: number | undefined): SQL {
  if (year === undefined) return sql`true`;
  return sql`${dateColumn} >= ${`${year}-01-01`} and ${dateColumn} <= ${`${year}-12-31`}`;
}

async function existingIds(
  db: Database,
  table: typeof accounts | typeof producers,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(inArray(table.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

export const existingAccountIds = (db: Database, ids: readonly string[]) => existingIds(db, accounts, ids);
export const existingProducerIds = (db: Database, ids: readonly string[]) => existingIds(db, producers, ids);

/** The products among `ids`, with the producer each belongs to. */
export async function productsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, { producerId: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: products.id, producerId: products.producerId, name: products.name })
    .from(products)
    .where(inArray(products.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { producerId: r.producerId, name: r.name }]));
}

/** Display names of accounts. */
export async function accountNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
