/**
 * Revocation proposals and decisions (thu hồi), and the public list of revoked certificates.
 * Queries only: the workflow rules live in domain/revocation and the use cases.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import {
  adminUnits,
  certificates,
  producers,
  products,
  revocationDecisionItems,
  revocationDecisions,
  revocationProposals,
  type CertificateRevocation,
} from '../schema';

export type RevocationProposalRow = typeof revocationProposals.$inferSelect;
export type RevocationDecisionRow = typeof revocationDecisions.$inferSelect;
type CertificateRow = typeof certificates.$inferSelect;

const toCount = (value: unknown): number => Number(value ?? 0);
const issuer = alias(adminUnits, 'issuer');
const commune = alias(adminUnits, 'commune');

/** A certificate with what revoking it needs: the issuing unit, the producer's commune, the product. */
export interface CertificateForRevocation {
  certificate: CertificateRow;
  issuerPath: string;
  issuerLevel: string;
  issuerFullName: string;
  communeId: string;
  communePath: string;
  productStatus: string;
}

export async function findCertificateForRevocation(
  db: Database,
  certificateId: string,
): Promise<CertificateForRevocation | undefined> {
  const [row] = await db
    .select({
      certificate: certificates,
      issuerPath: issuer.path,
      issuerLevel: issuer.level,
      issuerFullName: issuer.fullName,
      communeId: commune.id,
      communePath: commune.path,
      productStatus: products.status,
    })
    .from(certificates)
    .innerJoin(issuer, eq(issuer.id, certificates.issuerUnitId))
    .innerJoin(producers, eq(producers.id, certificates.producerId))
    .innerJoin(commune, eq(commune.id, producers.communeId))
    .innerJoin(products, eq(products.id, certificates.productId))
    .where(eq(certificates.id, certificateId));
  return row;
}

/** Inserts a proposal; undefined when the certificate already has an open one (unique index). */
export async function insertProposalIfNone(
  db: Database,
  values: typeof revocationProposals.$inferInsert,
): Promise<RevocationProposalRow | undefined> {
  const [row] = await db.insert(revocationProposals).values(values).onConflictDoNothing().returning();
  return row;
}

/** A proposal as lists show it: with the certificate, product, producer and unit names. */
export interface ProposalWithNames {
  proposal: RevocationProposalRow;
  certificateNumber: string;
  certificateStars: number;
  certificateValidUntil: string;
  productName: string;
  producerName: string;
  unitName: string;
}

const proposalColumns = {
  proposal: revocationProposals,
  certificateNumber: certificates.number,
  certificateStars: certificates.stars,
  certificateValidUntil: certificates.validUntil,
  productName: certificates.productName,
  producerName: certificates.producerName,
  unitName: issuer.fullName,
};

function proposalsJoined(db: Database) {
  return db
    .select(proposalColumns)
    .from(revocationProposals)
    .innerJoin(certificates, eq(certificates.id, revocationProposals.certificateId))
    .innerJoin(issuer, eq(issuer.id, revocationProposals.unitId));
}

export interface ProposalListFilter {
  /** Issuing-unit paths the actor may read; empty: nothing. */
  unitPaths: readonly string[];
  status?: string | undefined;
  decisionId?: string | undefined;
  limit: number;
  offset: number;
}

function unitCondition(paths: readonly string[], column: typeof issuer.path): SQL {
  if (paths.length === 0) return sql`false`;
  return or(...paths.map((p) => like(column, `${p}%`)))!;
}

export async function listProposals(
  db: Database,
  filter: ProposalListFilter,
): Promise<{ rows: ProposalWithNames[]; total: number }> {
  const conditions: SQL[] = [unitCondition(filter.unitPaths, issuer.path)];
  if (filter.status)
    conditions.push(eq(revocationProposals.status, filter.status as RevocationProposalRow['status']));
  if (filter.decisionId) conditions.push(eq(revocationProposals.decisionId, filter.decisionId));
  const where = and(...conditions);
  const rows = await proposalsJoined(db)
    .where(where)
    .orderBy(desc(revocationProposals.proposedAt), asc(revocationProposals.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(revocationProposals)
    .innerJoin(issuer, eq(issuer.id, revocationProposals.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

export async function findProposalWithNames(
  db: Database,
  id: string,
): Promise<ProposalWithNames | undefined> {
  const [row] = await proposalsJoined(db).where(eq(revocationProposals.id, id));
  return row;
}

export async function listProposalsByIds(db: Database, ids: readonly string[]): Promise<ProposalWithNames[]> {
  if (ids.length === 0) return [];
  return proposalsJoined(db).where(inArray(revocationProposals.id, [...ids]));
}

/** The proposals of a decision, in the order drafted. */
export async function listProposalsOfDecision(
  db: Database,
  decisionId: string,
): Promise<ProposalWithNames[]> {
  return db
    .select(proposalColumns)
    .from(revocationDecisionItems)
    .innerJoin(revocationProposals, eq(revocationProposals.id, revocationDecisionItems.proposalId))
    .innerJoin(certificates, eq(certificates.id, revocationProposals.certificateId))
    .innerJoin(issuer, eq(issuer.id, revocationProposals.unitId))
    .where(eq(revocationDecisionItems.decisionId, decisionId))
    .orderBy(asc(revocationDecisionItems.position));
}

/**
 * Moves proposals from `from` to `to` (and sets or clears their decision); returns how many moved.
 * The caller compares the count with what it expected (CONFLICT when someone moved one meanwhile).
 */
export async function moveProposals(
  tx: Database,
  ids: readonly string[],
  from: RevocationProposalRow['status'],
  to: RevocationProposalRow['status'],
  decisionId: string | null,
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx
    .update(revocationProposals)
    .set({ status: to, decisionId, version: sql`${revocationProposals.version} + 1` })
    .where(and(inArray(revocationProposals.id, [...ids]), eq(revocationProposals.status, from)))
    .returning({ id: revocationProposals.id });
  return rows.length;
}

/**
 * Certificates issued within `issuerPath` that ended by expiry on or before `today` − 1 and were
 * neither revoked, superseded, ended early nor re-evaluated (no newer certificate, no
 * re-evaluation dossier submitted since the issue), and have no open proposal.
 */
export async function listExpiredNotReevaluated(
  db: Database,
  issuerPath: string,
  today: string,
): Promise<CertificateRow[]> {
  const rows = await db
    .select({ certificate: certificates })
    .from(certificates)
    .innerJoin(issuer, eq(issuer.id, certificates.issuerUnitId))
    .where(
      and(
        like(issuer.path, `${issuerPath}%`),
        lt(certificates.validUntil, today),
        isNull(certificates.revokedOn),
        isNull(certificates.supersededOn),
        isNull(certificates.endedOn),
        sql`not exists (select 1 from revocation_proposals rp where rp.certificate_id = ${certificates.id} and rp.status in ('proposed', 'in_decision'))`,
        sql`not exists (select 1 from certificates newer where newer.product_id = ${certificates.productId} and newer.issued_on > ${certificates.issuedOn})`,
        // A re-evaluation submitted in time is still being judged: not a lapse (as the offices' list).
        sql`not exists (select 1 from dossiers d where d.product_id = ${certificates.productId} and d.type = 're-evaluation' and d.status <> 'draft' and d.created_at >= ${certificates.issuedOn}::timestamp at time zone 'Asia/Ho_Chi_Minh')`,
      ),
    )
    .orderBy(asc(certificates.validUntil), asc(certificates.number))
    .limit(1000);
  return rows.map((r) => r.certificate);
}

export async function insertDecision(
  tx: Database,
  values: typeof revocationDecisions.$inferInsert,
  proposalIds: readonly string[],
): Promise<RevocationDecisionRow> {
  const [row] = await tx.insert(revocationDecisions).values(values).returning();
  await tx
    .insert(revocationDecisionItems)
    .values(proposalIds.map((proposalId, position) => ({ decisionId: row!.id, proposalId, position })));
  return row!;
}

/** True when another live (not returned) decision of the unit already has this number. */
export async function isDecisionNumberTaken(db: Database, unitId: string, number: string): Promise<boolean> {
  const [row] = await db
    .select({ id: revocationDecisions.id })
    .from(revocationDecisions)
    .where(
      and(
        eq(revocationDecisions.unitId, unitId),
        eq(revocationDecisions.number, number),
        sql`${revocationDecisions.status} <> 'returned'`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export interface DecisionWithUnit {
  decision: RevocationDecisionRow;
  unitPath: string;
  unitName: string;
  unitLevel: string;
}

export async function findDecisionWithUnit(db: Database, id: string): Promise<DecisionWithUnit | undefined> {
  const [row] = await db
    .select({
      decision: revocationDecisions,
      unitPath: issuer.path,
      unitName: issuer.fullName,
      unitLevel: issuer.level,
    })
    .from(revocationDecisions)
    .innerJoin(issuer, eq(issuer.id, revocationDecisions.unitId))
    .where(eq(revocationDecisions.id, id));
  return row;
}

export async function listDecisions(
  db: Database,
  filter: { unitPaths: readonly string[]; status?: string | undefined; limit: number; offset: number },
): Promise<{ rows: (DecisionWithUnit & { itemCount: number })[]; total: number }> {
  const conditions: SQL[] = [unitCondition(filter.unitPaths, issuer.path)];
  if (filter.status)
    conditions.push(eq(revocationDecisions.status, filter.status as RevocationDecisionRow['status']));
  const where = and(...conditions);
  const rows = await db
    .select({
      decision: revocationDecisions,
      unitPath: issuer.path,
      unitName: issuer.fullName,
      unitLevel: issuer.level,
      itemCount: sql<number>`(select count(*) from revocation_decision_items i where i.decision_id = ${revocationDecisions.id})`,
    })
    .from(revocationDecisions)
    .innerJoin(issuer, eq(issuer.id, revocationDecisions.unitId))
    .where(where)
    .orderBy(desc(revocationDecisions.draftedAt), asc(revocationDecisions.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(revocationDecisions)
    .innerJoin(issuer, eq(issuer.id, revocationDecisions.unitId))
    .where(where);
  return { rows: rows.map((r) => ({ ...r, itemCount: toCount(r.itemCount) })), total: toCount(count?.n) };
}

/** Changes a draft decision if it is still at `version`; undefined when it changed meanwhile. */
export async function updateDraftDecision(
  tx: Database,
  id: string,
  version: number,
  values: Partial<typeof revocationDecisions.$inferInsert>,
): Promise<RevocationDecisionRow | undefined> {
  const [row] = await tx
    .update(revocationDecisions)
    .set({ ...values, version: version + 1 })
    .where(
      and(
        eq(revocationDecisions.id, id),
        eq(revocationDecisions.version, version),
        eq(revocationDecisions.status, 'draft'),
      ),
    )
    .returning();
  return row;
}

/** Records the revocation on a certificate not yet revoked; undefined when it already was. */
export async function markCertificateRevoked(
  tx: Database,
  certificateId: string,
  revokedOn: string,
  revocation: CertificateRevocation,
): Promise<CertificateRow | undefined> {
  const [row] = await tx
    .update(certificates)
    .set({ revokedOn, revocation })
    .where(and(eq(certificates.id, certificateId), isNull(certificates.revokedOn)))
    .returning();
  return row;
}

/** A revoked certificate as the public list shows it. */
export interface RevokedCertificate {
  number: string;
  productName: string;
  producerName: string;
  communeName: string;
  provinceName: string;
  productSet: number;
  stars: number;
  issuedOn: string;
  revokedOn: string;
  issuerName: string;
  decisionNumber: string;
  reason: string;
}

/** Revoked certificates, most recent first (public registry and open data). */
export async function listRevokedCertificates(
  db: Database,
  page: { limit: number; offset: number },
): Promise<{ rows: RevokedCertificate[]; total: number }> {
  const rows = await db
    .select()
    .from(certificates)
    .where(isNotNull(certificates.revokedOn))
    .orderBy(desc(certificates.revokedOn), asc(certificates.number))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(certificates)
    .where(isNotNull(certificates.revokedOn));
  return {
    rows: rows.map((c) => ({
      number: c.number,
      productName: c.productName,
      producerName: c.producerName,
      communeName: c.communeName,
      provinceName: c.provinceName,
      productSet: c.productSet,
      stars: c.stars,
      issuedOn: c.issuedOn,
      revokedOn: c.revokedOn!,
      issuerName: c.issuerName,
      decisionNumber: c.revocation?.decisionNumber ?? '',
      reason: c.revocation?.reason ?? '',
    })),
    total: toCount(count?.n),
  };
}

/** The proposal an inspection made (its conclusion "propose revocation"), if any. */
export async function findProposalIdOfInspection(db: Database, inspectionId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: revocationProposals.id })
    .from(revocationProposals)
    .where(eq(revocationProposals.inspectionId, inspectionId))
    .orderBy(desc(revocationProposals.proposedAt))
    .limit(1);
  return row?.id ?? null;
}
