import { and, asc, eq, inArray, isNull, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import type { AdminUnit, IsoDate, UnitLevel } from '../../domain/admin-units/admin-unit.types';
import type { UnitReadScope } from '../../domain/admin-units/unit-visibility';
import { unitSearchKey } from '../../domain/admin-units/unit-names';
import { toCount, type Database } from '../database';
import { alias } from 'drizzle-orm/pg-core';
import { adminUnits, adminUnitSuccessions } from '../schema';

export type AdminUnitRow = typeof adminUnits.$inferSelect;

/** Rows per statement: few round trips, bounded memory. */
const INSERT_CHUNK = 2000;

const LEVEL_ORDER = sql`case ${adminUnits.level} when 'nation' then 0 when 'province' then 1 when 'district' then 2 else 3 end`;

/** A stored row as the domain sees it. */
export function toAdminUnit(row: AdminUnitRow): AdminUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    fullName: row.fullName,
    nameEn: row.nameEn,
    level: row.level,
    kind: row.kind,
    parentId: row.parentId,
    path: row.path,
    validFrom: row.validFrom,
    validTo: row.validTo,
    detailsAsOf: row.detailsAsOf,
  };
}

export async function findUnitById(db: Database, id: string): Promise<AdminUnitRow | undefined> {
  const [row] = await db.select().from(adminUnits).where(eq(adminUnits.id, id)).limit(1);
  return row;
}

/** The units with these ids (any validity), in no particular order. */
export async function findUnitsByIds(db: Database, ids: readonly string[]): Promise<AdminUnit[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(adminUnits)
    .where(inArray(adminUnits.id, [...ids]));
  return rows.map(toAdminUnit);
}

/** The nation unit (there is one), or `undefined` before the built-in units are seeded. */
export async function findNationUnit(db: Database): Promise<AdminUnit | undefined> {
  const [row] = await db
    .select()
    .from(adminUnits)
    .where(eq(adminUnits.level, 'nation'))
    .orderBy(asc(adminUnits.validFrom))
    .limit(1);
  return row ? toAdminUnit(row) : undefined;
}

/** Every stored unit of these levels, whatever its validity (at most some 15,000 rows). */
export async function listUnitsOfLevels(db: Database, levels: readonly UnitLevel[]): Promise<AdminUnit[]> {
  const rows = await db
    .select()
    .from(adminUnits)
    .where(inArray(adminUnits.level, [...levels]));
  return rows.map(toAdminUnit);
}

function inForceOn(asOf: IsoDate): SQL {
  return and(lte(adminUnits.validFrom, asOf), or(isNull(adminUnits.validTo), gte(adminUnits.validTo, asOf)))!;
}

/** Every unit in force on `asOf`. */
export async function listUnitsInForce(db: Database, asOf: IsoDate): Promise<AdminUnit[]> {
  const rows = await db.select().from(adminUnits).where(inForceOn(asOf));
  return rows.map(toAdminUnit);
}

/**
 * Inserts units in chunks, deriving the search key. Rows travel as one JSON parameter per chunk
 * (`jsonb_to_recordset`): several times faster than bound VALUES lists, on PGlite especially.
 */
export async function insertUnits(db: Database, units: readonly AdminUnit[]): Promise<void> {
  for (let start = 0; start < units.length; start += INSERT_CHUNK) {
    const rows = units.slice(start, start + INSERT_CHUNK).map((unit) => ({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      full_name: unit.fullName,
      name_en: unit.nameEn,
      level: unit.level,
      kind: unit.kind,
      parent_id: unit.parentId,
      path: unit.path,
      valid_from: unit.validFrom,
      valid_to: unit.validTo,
      details_as_of: unit.detailsAsOf,
      search_key: unitSearchKey(unit),
    }));
    await db.execute(sql`
      insert into admin_units (id, code, name, full_name, name_en, level, kind, parent_id, path,
        valid_from, valid_to, details_as_of, search_key)
      select id, code, name, full_name, name_en, level, kind, parent_id, path,
        valid_from, valid_to, details_as_of, search_key
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(
        id uuid, code text, name text, full_name text, name_en text, level text, kind text,
        parent_id uuid, path text, valid_from date, valid_to date, details_as_of date, search_key text)`);
  }
}

/** Rewrites the mutable fields of many units in one statement per chunk (JSON record set). */
export async function updateUnits(db: Database, units: readonly AdminUnit[]): Promise<void> {
  for (let start = 0; start < units.length; start += INSERT_CHUNK) {
    const rows = units.slice(start, start + INSERT_CHUNK).map((unit) => ({
      id: unit.id,
      name: unit.name,
      full_name: unit.fullName,
      name_en: unit.nameEn,
      kind: unit.kind,
      parent_id: unit.parentId,
      path: unit.path,
      valid_to: unit.validTo,
      details_as_of: unit.detailsAsOf,
      search_key: unitSearchKey(unit),
    }));
    await db.execute(sql`
      update admin_units as u set
        name = v.name, full_name = v.full_name, name_en = v.name_en, kind = v.kind,
        parent_id = v.parent_id, path = v.path, valid_to = v.valid_to,
        details_as_of = v.details_as_of, search_key = v.search_key
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(
        id uuid, name text, full_name text, name_en text, kind text, parent_id uuid, path text,
        valid_to date, details_as_of date, search_key text)
      where u.id = v.id`);
  }
}

/** Adds succession links that are not there yet; returns how many were added. */
export async function insertSuccessions(
  db: Database,
  links: readonly { predecessorId: string; successorId: string }[],
  effectiveDate: IsoDate,
): Promise<number> {
  let added = 0;
  for (let start = 0; start < links.length; start += INSERT_CHUNK) {
    const rows = links.slice(start, start + INSERT_CHUNK).map((link) => ({
      predecessor_id: link.predecessorId,
      successor_id: link.successorId,
    }));
    const result = await db.execute(sql`
      insert into admin_unit_successions (predecessor_id, successor_id, effective_date)
      select predecessor_id, successor_id, ${effectiveDate}::date
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(predecessor_id uuid, successor_id uuid)
      on conflict do nothing
      returning predecessor_id`);
    added += (result as { rows: unknown[] }).rows.length;
  }
  return added;
}

/** Counts for `ocop units stats`: in force today, ended before today, successions. */
export interface UnitCounts {
  current: Record<string, number>;
  historical: Record<string, number>;
  successions: number;
  historicalCommunesWithoutSuccessor: number;
}

export async function countUnits(db: Database, today: IsoDate): Promise<UnitCounts> {
  const rows = await db
    .select({
      level: adminUnits.level,
      isCurrent: sql<boolean>`(${adminUnits.validTo} is null or ${adminUnits.validTo} >= ${today}) and ${adminUnits.validFrom} <= ${today}`,
      isHistorical: sql<boolean>`${adminUnits.validTo} < ${today}`,
      count: sql<unknown>`count(*)`,
    })
    .from(adminUnits)
    .groupBy(sql`1, 2, 3`);
  const counts: UnitCounts = {
    current: {},
    historical: {},
    successions: 0,
    historicalCommunesWithoutSuccessor: 0,
  };
  for (const row of rows) {
    const bucket = row.isCurrent ? counts.current : row.isHistorical ? counts.historical : undefined;
    if (bucket) bucket[row.level] = (bucket[row.level] ?? 0) + toCount(row.count);
  }
  const [links] = await db.select({ count: sql<unknown>`count(*)` }).from(adminUnitSuccessions);
  counts.successions = toCount(links?.count);
  const [orphans] = await db
    .select({ count: sql<unknown>`count(*)` })
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.level, 'commune'),
        sql`${adminUnits.validTo} < ${today}`,
        sql`not exists (select 1 from admin_unit_successions s where s.predecessor_id = ${adminUnits.id})`,
      ),
    );
  counts.historicalCommunesWithoutSuccessor = toCount(orphans?.count);
  return counts;
}

// ——— reads under a jurisdiction scope ———

function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The SQL form of {@link UnitReadScope}: inside a subtree, an ancestor of a grant unit, or a
 * predecessor (through any number of reforms) of a unit inside a subtree. `undefined` = no filter.
 */
export function scopeCondition(scope: UnitReadScope): SQL | undefined {
  if (scope.isEverything) return undefined;
  if (scope.subtreePaths.length === 0) return sql`false`;
  const inSubtree = (column: SQL): SQL =>
    sql.join(
      scope.subtreePaths.map((path) => sql`${column} like ${likePrefix(path)}`),
      sql` or `,
    );
  const ancestors =
    scope.ancestorIds.length > 0
      ? sql` or ${adminUnits.id} in (${sql.join(
          scope.ancestorIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
  return sql`(${inSubtree(sql`${adminUnits.path}`)}${ancestors} or ${adminUnits.id} in (
    with recursive chain(id) as (
      select s.predecessor_id from admin_unit_successions s
        join admin_units su on su.id = s.successor_id
        where ${inSubtree(sql`su.path`)}
      union
      select s.predecessor_id from admin_unit_successions s join chain c on s.successor_id = c.id
    ) select id from chain))`;
}

/** Which of `ids` the scope allows reading. */
export async function filterVisibleUnitIds(
  db: Database,
  scope: UnitReadScope,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const condition = scopeCondition(scope);
  const rows = await db
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .where(and(inArray(adminUnits.id, [...ids]), condition));
  return new Set(rows.map((row) => row.id));
}

export interface UnitListQuery {
  scope: UnitReadScope;
  asOf: IsoDate;
  level?: UnitLevel | undefined;
  parentId?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * Under `parentId` on `asOf`: its children, and the units recorded under a unit it became that was
 * not yet in force then — a district that ended before the reform but is recorded under the
 * province of today belongs, on a date before the reform, under the province of that date.
 */
function childOnDate(parentId: string, asOf: IsoDate): SQL {
  return or(
    eq(adminUnits.parentId, parentId),
    sql`${adminUnits.parentId} in (
      select s.successor_id from admin_unit_successions s join admin_units su on su.id = s.successor_id
      where s.predecessor_id = ${parentId}::uuid
        and not (su.valid_from <= ${asOf} and (su.valid_to is null or su.valid_to >= ${asOf})))`,
  )!;
}

/** Units in force on `asOf` (optionally of one level, under one parent) that the scope allows. */
export async function listUnitsPage(
  db: Database,
  query: UnitListQuery,
): Promise<{ items: AdminUnit[]; total: number }> {
  const where = and(
    inForceOn(query.asOf),
    query.level ? eq(adminUnits.level, query.level) : undefined,
    query.parentId ? childOnDate(query.parentId, query.asOf) : undefined,
    scopeCondition(query.scope),
  );
  const rows = await db
    .select()
    .from(adminUnits)
    .where(where)
    .orderBy(LEVEL_ORDER, asc(adminUnits.code))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ count: sql<unknown>`count(*)` })
    .from(adminUnits)
    .where(where);
  return { items: rows.map(toAdminUnit), total: toCount(total?.count) };
}

export interface UnitSearchQuery {
  /** Folded words; every one must appear in the search key. */
  words: readonly string[];
  scope: UnitReadScope;
  /** `undefined`: any validity. */
  asOf: IsoDate | undefined;
  level?: UnitLevel | undefined;
  limit: number;
}

/** A unit found by a search, with the name of its parent for disambiguation. */
export interface UnitSearchHit extends AdminUnit {
  parentName: string | null;
}

/**
 * Tone-insensitive search on the folded search key: names starting with the first word first,
 * then by level (provinces before communes) and name.
 */
export async function searchUnitsByKey(db: Database, query: UnitSearchQuery): Promise<UnitSearchHit[]> {
  const [first] = query.words;
  if (first === undefined) return [];
  const parent = alias(adminUnits, 'parent_unit');
  const rows = await db
    .select({ unit: adminUnits, parentName: parent.fullName })
    .from(adminUnits)
    .leftJoin(parent, eq(parent.id, adminUnits.parentId))
    .where(
      and(
        ...query.words.map(
          (word) => sql`${adminUnits.searchKey} like ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
        ),
        query.asOf ? inForceOn(query.asOf) : undefined,
        query.level ? eq(adminUnits.level, query.level) : undefined,
        scopeCondition(query.scope),
      ),
    )
    .orderBy(
      sql`case when ${adminUnits.searchKey} like ${likePrefix(first)} then 0 else 1 end`,
      LEVEL_ORDER,
      asc(adminUnits.name),
      asc(adminUnits.code),
    )
    .limit(query.limit);
  return rows.map((row) => ({ ...toAdminUnit(row.unit), parentName: row.parentName }));
}

/** Direct links of one unit: what it came from and what it went into. */
export interface UnitLinks {
  predecessors: { unit: AdminUnit; effectiveDate: IsoDate }[];
  successors: { unit: AdminUnit; effectiveDate: IsoDate }[];
}

export async function findSuccessionLinks(db: Database, unitId: string): Promise<UnitLinks> {
  const links = await db
    .select()
    .from(adminUnitSuccessions)
    .where(or(eq(adminUnitSuccessions.predecessorId, unitId), eq(adminUnitSuccessions.successorId, unitId)));
  const otherIds = links.map((link) =>
    link.predecessorId === unitId ? link.successorId : link.predecessorId,
  );
  const others = new Map((await findUnitsByIds(db, otherIds)).map((unit) => [unit.id, unit]));
  const result: UnitLinks = { predecessors: [], successors: [] };
  for (const link of links) {
    const isSuccessor = link.predecessorId === unitId;
    const other = others.get(isSuccessor ? link.successorId : link.predecessorId);
    if (!other) continue;
    (isSuccessor ? result.successors : result.predecessors).push({
      unit: other,
      effectiveDate: link.effectiveDate,
    });
  }
  const byCode = (a: { unit: AdminUnit }, b: { unit: AdminUnit }): number =>
    a.unit.code.localeCompare(b.unit.code);
  result.predecessors.sort(byCode);
  result.successors.sort(byCode);
  return result;
}

/**
 * The units in force on `asOf` that `unitId` became, following successions through any number of
 * reforms (a unit split twice yields all its final pieces). Stops at units in force on `asOf`.
 */
export async function resolveSuccessorsInForce(
  db: Database,
  unitId: string,
  asOf: IsoDate,
): Promise<AdminUnit[]> {
  const result = await db.execute<{ id: string }>(sql`
    with recursive chain(id, depth) as (
      select s.successor_id, 1 from admin_unit_successions s where s.predecessor_id = ${unitId}::uuid
      union
      select s.successor_id, c.depth + 1 from admin_unit_successions s
        join chain c on s.predecessor_id = c.id
        join admin_units u on u.id = c.id
        where not (u.valid_from <= ${asOf} and (u.valid_to is null or u.valid_to >= ${asOf})) and c.depth < 20
    )
    select distinct c.id from chain c join admin_units u on u.id = c.id
    where u.valid_from <= ${asOf} and (u.valid_to is null or u.valid_to >= ${asOf})`);
  const ids = (result as { rows: { id: string }[] }).rows.map((row) => row.id);
  const units = await findUnitsByIds(db, ids);
  return units.sort((a, b) => a.code.localeCompare(b.code));
}
