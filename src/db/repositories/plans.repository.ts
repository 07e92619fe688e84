import { and, asc, countDistinct, eq, gte, inArray, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PlanStatus } from '../../domain/programme/programme.types';
import { toCount, type Database } from '../database';
import {
  adminUnits,
  businessPlans,
  certificates,
  ocopPlanActuals,
  ocopPlans,
  ocopPlanVersions,
  producers,
  productIdeas,
  stampBatches,
  tradeEventParticipants,
  tradeEvents,
} from '../schema';

export type PlanRow = typeof ocopPlans.$inferSelect;
export type PlanVersionRow = typeof ocopPlanVersions.$inferSelect;
export type PlanActualRow = typeof ocopPlanActuals.$inferSelect;

/** A plan with the unit it belongs to (name, level, path: what it is shown and authorized with). */
export interface PlanWithUnit {
  plan: PlanRow;
  unitName: string;
  unitLevel: string;
  unitPath: string;
}

function joined(db: Database) {
  return db
    .select({
      plan: ocopPlans,
      unitName: adminUnits.fullName,
      unitLevel: adminUnits.level,
      unitPath: adminUnits.path,
    })
    .from(ocopPlans)
    .innerJoin(adminUnits, eq(adminUnits.id, ocopPlans.unitId));
}

export async function findPlanWithUnit(db: Database, id: string): Promise<PlanWithUnit | undefined> {
  const [row] = await joined(db).where(eq(ocopPlans.id, id));
  return row;
}

export async function findPlanOfUnitYear(
  db: Database,
  unitId: string,
  year: number,
): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(ocopPlans)
    .where(and(eq(ocopPlans.unitId, unitId), eq(ocopPlans.year, year)));
  return row;
}

export async function findUnit(db: Database, unitId: string) {
  const [row] = await db.select().from(adminUnits).where(eq(adminUnits.id, unitId));
  return row;
}

/**
 * What a plan list may return: plans of units within `paths` (the actor's units and below) and of
 * the units above them (a commune reads its province's plan).
 */
export interface PlanListFilter {
  paths: readonly string[];
  year?: number | undefined;
  unitId?: string | undefined;
  limit: number;
  offset: number;
}

function listCondition(filter: PlanListFilter): SQL {
  if (filter.paths.length === 0) return sql`false`;
  const visible = filter.paths.flatMap((path) => [
    like(adminUnits.path, `${path}%`),
    sql`${path} like ${adminUnits.path} || '%'`,
  ]);
  const conditions: SQL[] = [or(...visible)!];
  if (filter.year !== undefined) conditions.push(eq(ocopPlans.year, filter.year));
  if (filter.unitId) conditions.push(eq(ocopPlans.unitId, filter.unitId));
  return and(...conditions)!;
}

/** Visible plans, newest year first, then from the top unit down. */
export async function listPlansWithUnits(
  db: Database,
  filter: PlanListFilter,
): Promise<{ rows: PlanWithUnit[]; total: number }> {
  const where = listCondition(filter);
  const rows = await joined(db)
    .where(where)
    .orderBy(sql`${ocopPlans.year} desc`, asc(adminUnits.path), asc(ocopPlans.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(ocopPlans)
    .innerJoin(adminUnits, eq(adminUnits.id, ocopPlans.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

/** The plans of the same year of the units directly below `unitId` (a province's communes). */
export async function listChildPlans(db: Database, unitId: string, year: number): Promise<PlanWithUnit[]> {
  return joined(db)
    .where(and(eq(adminUnits.parentId, unitId), eq(ocopPlans.year, year)))
    .orderBy(asc(adminUnits.fullName));
}

export async function insertPlan(db: Database, values: typeof ocopPlans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(ocopPlans).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Conditional update (version and status still as read); undefined when someone else got there first. */
export async function updatePlanIf(
  db: Database,
  id: string,
  expectedVersion: number,
  expectedStatuses: readonly PlanStatus[],
  values: Partial<typeof ocopPlans.$inferInsert>,
): Promise<PlanRow | undefined> {
  const [row] = await db
    .update(ocopPlans)
    .set({ ...values, version: sql`${ocopPlans.version} + 1` })
    .where(
      and(
        eq(ocopPlans.id, id),
        eq(ocopPlans.version, expectedVersion),
        inArray(ocopPlans.status, [...expectedStatuses]),
      ),
    )
    .returning();
  return row;
}

export async function insertPlanVersion(
  db: Database,
  values: typeof ocopPlanVersions.$inferInsert,
): Promise<void> {
  await db.insert(ocopPlanVersions).values(values);
}

export async function listPlanVersions(db: Database, planId: string): Promise<PlanVersionRow[]> {
  return db
    .select()
    .from(ocopPlanVersions)
    .where(eq(ocopPlanVersions.planId, planId))
    .orderBy(asc(ocopPlanVersions.number));
}

export async function findPlanVersion(
  db: Database,
  planId: string,
  number: number,
): Promise<PlanVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(ocopPlanVersions)
    .where(and(eq(ocopPlanVersions.planId, planId), eq(ocopPlanVersions.number, number)));
  return row;
}

/** Saves (or replaces) the hand-entered actual of one indicator of a plan. */
export async function upsertPlanActual(
  db: Database,
  values: typeof ocopPlanActuals.$inferInsert,
): Promise<void> {
  await db
    .insert(ocopPlanActuals)
    .values(values)
    .onConflictDoUpdate({
      target: [ocopPlanActuals.planId, ocopPlanActuals.indicatorCode],
      set: {
        value: values.value,
        note: values.note,
        evidence: values.evidence ?? '',
        recordedBy: values.recordedBy ?? null,
        recordedAt: values.recordedAt,
      },
    });
}

export async function listPlanActuals(db: Database, planId: string): Promise<PlanActualRow[]> {
  return db.select().from(ocopPlanActuals).where(eq(ocopPlanActuals.planId, planId));
}

// ── live figures for progress ───────────────────────────────────────────────

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * Original certificates (not corrections) issued in `year` to producers whose commune lies within
 * `unitPath`, with at least `minStars` (and at most `maxStars`) stars.
 */
export async function countCertificatesIssued(
  db: Database,
  params: { unitPath: string; year: number; minStars: number; maxStars?: number },
): Promise<number> {
  const { from, to } = yearRange(params.year);
  const conditions = [
    like(adminUnits.path, `${params.unitPath}%`),
    eq(certificates.issueKind, 'original'),
    gte(certificates.issuedOn, from),
    lte(certificates.issuedOn, to),
    gte(certificates.stars, params.minStars),
  ];
  if (params.maxStars !== undefined) conditions.push(lte(certificates.stars, params.maxStars));
  const [row] = await db
    .select({ n: sql`count(*)` })
    .from(certificates)
    .innerJoin(producers, eq(producers.id, certificates.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(and(...conditions));
  return toCount(row?.n);
}

/** A certificate in force on `day`: issued by then, not expired, revoked or superseded by then. */
function validOn(day: string): SQL {
  return and(
    lte(certificates.issuedOn, day),
    gte(certificates.validUntil, day),
    or(isNull(certificates.revokedOn), sql`${certificates.revokedOn} > ${day}`),
    or(isNull(certificates.supersededOn), sql`${certificates.supersededOn} > ${day}`),
  )!;
}

/**
 * Of the products within `unitPath` ever certified by `day`, how many hold a valid certificate on
 * `day`, and of those how many ordered traceability stamps by then.
 */
export async function certificateShares(
  db: Database,
  params: { unitPath: string; day: string },
): Promise<{ certified: number; valid: number; stamped: number }> {
  const inUnit = like(adminUnits.path, `${params.unitPath}%`);
  const base = () =>
    db
      .select({ n: countDistinct(certificates.productId) })
      .from(certificates)
      .innerJoin(producers, eq(producers.id, certificates.producerId))
      .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId));
  const [certified] = await base().where(and(inUnit, lte(certificates.issuedOn, params.day)));
  const [valid] = await base().where(and(inUnit, validOn(params.day)));
  const [stamped] = await base().where(
    and(
      inUnit,
      validOn(params.day),
      sql`exists (select 1 from ${stampBatches} where ${stampBatches.productId} = ${certificates.productId} and ${stampBatches.createdAt} < (${params.day}::date + 1))`,
    ),
  );
  return { certified: toCount(certified?.n), valid: toCount(valid?.n), stamped: toCount(stamped?.n) };
}

/** Product ideas and business plans of `year` accepted by communes within `unitPath`. */
export async function countAcceptedProposals(
  db: Database,
  params: { unitPath: string; year: number },
): Promise<{ ideas: number; businessPlans: number }> {
  const [ideas] = await db
    .select({ n: sql`count(*)` })
    .from(productIdeas)
    .innerJoin(adminUnits, eq(adminUnits.id, productIdeas.communeId))
    .where(
      and(
        like(adminUnits.path, `${params.unitPath}%`),
        eq(productIdeas.year, params.year),
        eq(productIdeas.status, 'accepted'),
      ),
    );
  const [plans] = await db
    .select({ n: sql`count(*)` })
    .from(businessPlans)
    .innerJoin(adminUnits, eq(adminUnits.id, businessPlans.communeId))
    .where(
      and(
        like(adminUnits.path, `${params.unitPath}%`),
        eq(businessPlans.year, params.year),
        eq(businessPlans.status, 'accepted'),
      ),
    );
  return { ideas: toCount(ideas?.n), businessPlans: toCount(plans?.n) };
}

/** Event kinds a unit "attends" as a fair or exhibition: every kind but the online livestream session. */
const FAIR_KINDS = ['fair', 'exhibition', 'ocop_week', 'ministry_showcase'] as const;

/**
 * Fairs and exhibitions of `year` begun by `day` that the unit within `unitPath` took part in:
 * recorded by a unit within it, or with a producer of one of its communes among the participants
 * (a fair held in another province counts for the province whose producers went there).
 */
export async function countFairsAttended(
  db: Database,
  params: { unitPath: string; year: number; day: string },
): Promise<number> {
  const { from } = yearRange(params.year);
  const pattern = `${params.unitPath}%`;
  const [row] = await db
    .select({ n: countDistinct(tradeEvents.id) })
    .from(tradeEvents)
    .innerJoin(adminUnits, eq(adminUnits.id, tradeEvents.unitId))
    .where(
      and(
        inArray(tradeEvents.kind, [...FAIR_KINDS]),
        gte(tradeEvents.startsOn, from),
        lte(tradeEvents.startsOn, params.day),
        or(
          like(adminUnits.path, pattern),
          sql`exists (select 1 from ${tradeEventParticipants}
            join ${producers} on ${producers.id} = ${tradeEventParticipants.producerId}
            join ${adminUnits} as participant_commune on participant_commune.id = ${producers.communeId}
            where ${tradeEventParticipants.eventId} = ${tradeEvents.id}
              and participant_commune.path like ${pattern})`,
        ),
      ),
    );
  return toCount(row?.n);
}
