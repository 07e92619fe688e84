import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DossierStatus } from '../../domain/dossier/dossier.types';
import { toCount, type Database } from '../database';
import {
  accounts,
  adminUnits,
  certificates,
  communeAssessments,
  decisionItems,
  decisions,
  dossierEvents,
  dossiers,
  dossierVersions,
  evidence,
  notifications,
  producerMembers,
  producers,
  products,
  roleGrants,
  roundProducts,
  roundResults,
  rounds,
} from '../schema';

export type DossierRow = typeof dossiers.$inferSelect;
export type DossierVersionRow = typeof dossierVersions.$inferSelect;
export type DossierEventRow = typeof dossierEvents.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;

/** A dossier with the names and the commune path it is shown and authorized with. */
export interface DossierWithNames {
  dossier: DossierRow;
  producerName: string;
  productName: string;
  communeName: string;
  communePath: string;
}

const withNames = {
  dossier: dossiers,
  producerName: producers.name,
  productName: products.name,
  communeName: adminUnits.fullName,
  communePath: adminUnits.path,
};

function joined(db: Database) {
  return db
    .select(withNames)
    .from(dossiers)
    .innerJoin(producers, eq(producers.id, dossiers.producerId))
    .innerJoin(products, eq(products.id, dossiers.productId))
    .innerJoin(adminUnits, eq(adminUnits.id, dossiers.communeId));
}

export async function findDossierWithNames(db: Database, id: string): Promise<DossierWithNames | undefined> {
  const [row] = await joined(db).where(eq(dossiers.id, id));
  return row;
}

/** What a list may return: see `dossierListScope` in the domain. */
export interface DossierListFilter {
  producerIds: readonly string[];
  communePaths: readonly string[];
  forwardedPaths: readonly string[];
  forwardedStatuses: readonly string[];
  statuses?: readonly string[] | undefined;
  type?: string | undefined;
  productId?: string | undefined;
  limit: number;
  offset: number;
}

function listCondition(filter: DossierListFilter): SQL | undefined {
  const visible: SQL[] = [];
  if (filter.producerIds.length > 0) visible.push(inArray(dossiers.producerId, [...filter.producerIds]));
  // `= any(array(…))` on the dossier's own column lets PostgreSQL read dossiers_commune_listing_idx.
  const under = (path: string) =>
    sql`${dossiers.communeId} = any(array(select u.id from admin_units u where u.path like ${`${path}%`}))`;
  for (const path of filter.communePaths) visible.push(and(under(path), sql`${dossiers.status} <> 'draft'`)!);
  for (const path of filter.forwardedPaths)
    visible.push(and(under(path), inArray(dossiers.status, [...filter.forwardedStatuses]))!);
  if (visible.length === 0) return sql`false`;
  const conditions: SQL[] = [or(...visible)!];
  if (filter.statuses) conditions.push(inArray(dossiers.status, [...filter.statuses]));
  if (filter.type) conditions.push(eq(dossiers.type, filter.type as DossierRow['type']));
  if (filter.productId) conditions.push(eq(dossiers.productId, filter.productId));
  return and(...conditions);
}

/**
 * Visible dossiers, most recently changed first, with the total count. The page is chosen from
 * the dossiers alone — an index-only scan of `dossiers_commune_listing_idx` (commune, with status,
 * change time and id) — and only its rows are joined to their names; the count reads the same
 * index. A page that is not full gives the total without counting.
 */
export async function listDossiersWithNames(
  db: Database,
  filter: DossierListFilter,
): Promise<{ rows: DossierWithNames[]; total: number }> {
  const where = listCondition(filter);
  const newestFirst = [desc(dossiers.statusChangedAt), asc(dossiers.id)];
  const page = db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(where)
    .orderBy(...newestFirst)
    .limit(filter.limit)
    .offset(filter.offset);
  const rows = await joined(db)
    .where(inArray(dossiers.id, page))
    .orderBy(...newestFirst);
  if (rows.length > 0 && rows.length < filter.limit) return { rows, total: filter.offset + rows.length };
  if (rows.length === 0 && filter.offset === 0) return { rows, total: 0 };
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(dossiers)
    .where(where);
  return { rows, total: toCount(count?.n) };
}

export async function insertDossier(db: Database, values: typeof dossiers.$inferInsert): Promise<DossierRow> {
  const [row] = await db.insert(dossiers).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/**
 * Conditional update: changes the dossier only if it still has `expectedVersion` and one of
 * `expectedStatuses`, bumping the version. Undefined when someone else got there first.
 */
export async function updateDossierIf(
  db: Database,
  id: string,
  expectedVersion: number,
  expectedStatuses: readonly DossierStatus[],
  values: Partial<typeof dossiers.$inferInsert>,
): Promise<DossierRow | undefined> {
  const [row] = await db
    .update(dossiers)
    .set({ ...values, version: sql`${dossiers.version} + 1` })
    .where(
      and(
        eq(dossiers.id, id),
        eq(dossiers.version, expectedVersion),
        inArray(dossiers.status, [...expectedStatuses]),
      ),
    )
    .returning();
  return row;
}

export async function insertDossierVersion(
  db: Database,
  values: typeof dossierVersions.$inferInsert,
): Promise<DossierVersionRow> {
  const [row] = await db.insert(dossierVersions).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function listDossierVersions(db: Database, dossierId: string): Promise<DossierVersionRow[]> {
  return db
    .select()
    .from(dossierVersions)
    .where(eq(dossierVersions.dossierId, dossierId))
    .orderBy(asc(dossierVersions.number));
}

export async function findDossierVersion(
  db: Database,
  dossierId: string,
  number: number,
): Promise<DossierVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(dossierVersions)
    .where(and(eq(dossierVersions.dossierId, dossierId), eq(dossierVersions.number, number)));
  return row;
}

export async function insertDossierEvent(
  db: Database,
  values: typeof dossierEvents.$inferInsert,
): Promise<void> {
  await db.insert(dossierEvents).values(values);
}

export async function listDossierEvents(db: Database, dossierId: string): Promise<DossierEventRow[]> {
  return db
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.sequence));
}

export async function insertCommuneAssessment(
  db: Database,
  values: typeof communeAssessments.$inferInsert,
): Promise<void> {
  await db.insert(communeAssessments).values(values);
}

/** The dossiers of some products (for starting an upgrade), newest first. */
export async function listDossiersOfProducts(
  db: Database,
  productIds: readonly string[],
): Promise<DossierRow[]> {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(dossiers)
    .where(inArray(dossiers.productId, [...productIds]))
    .orderBy(desc(dossiers.createdAt));
}

/** The producers an account is a member of. */
export async function listMemberProducerIds(db: Database, accountId: string): Promise<string[]> {
  const rows = await db
    .select({ id: producerMembers.producerId })
    .from(producerMembers)
    .where(eq(producerMembers.accountId, accountId));
  return rows.map((r) => r.id);
}

export async function findProducer(db: Database, id: string) {
  const [row] = await db.select().from(producers).where(eq(producers.id, id));
  return row;
}

export async function findProduct(db: Database, id: string) {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row;
}

export async function findUnitPath(db: Database, unitId: string): Promise<string | undefined> {
  const [row] = await db.select({ path: adminUnits.path }).from(adminUnits).where(eq(adminUnits.id, unitId));
  return row?.path;
}

/** Products of some producers with the producer's name. */
export async function listProductsOfProducers(db: Database, producerIds: readonly string[]) {
  if (producerIds.length === 0) return [];
  return db
    .select({ product: products, producerName: producers.name })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(inArray(products.producerId, [...producerIds]))
    .orderBy(asc(products.name));
}

/** Live (not deleted) evidence of a producer; `ids` narrows to those. */
export async function listEvidenceOfProducer(
  db: Database,
  producerId: string,
  ids?: readonly string[],
): Promise<EvidenceRow[]> {
  if (ids && ids.length === 0) return [];
  const conditions = [eq(evidence.producerId, producerId), isNull(evidence.deletedAt)];
  if (ids) conditions.push(inArray(evidence.id, [...ids]));
  return db
    .select()
    .from(evidence)
    .where(and(...conditions))
    .orderBy(asc(evidence.title));
}

/** Evidence rows by id whatever their state (for printing frozen versions). */
export async function listEvidenceByIds(db: Database, ids: readonly string[]): Promise<EvidenceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(evidence)
    .where(inArray(evidence.id, [...ids]));
}

export async function findAccountDisplayName(db: Database, accountId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.name;
}

export interface Recipient {
  accountId: string;
  email: string | null;
  displayName: string;
}

/** Active members of a producer. */
export async function listProducerRecipients(db: Database, producerId: string): Promise<Recipient[]> {
  return db
    .select({ accountId: accounts.id, email: accounts.email, displayName: accounts.displayName })
    .from(producerMembers)
    .innerJoin(accounts, eq(accounts.id, producerMembers.accountId))
    .where(and(eq(producerMembers.producerId, producerId), eq(accounts.status, 'active')));
}

/**
 * Active accounts holding `role` in a unit whose path is a prefix of `unitPath` and at least
 * `minDepth` ids deep (so the national office is not told about every commune's dossier).
 */
export async function listRoleRecipients(
  db: Database,
  role: string,
  unitPath: string,
  today: string,
): Promise<(Recipient & { grantPath: string })[]> {
  return db
    .selectDistinct({
      accountId: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      grantPath: adminUnits.path,
    })
    .from(roleGrants)
    .innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
    .innerJoin(adminUnits, eq(adminUnits.id, roleGrants.unitId))
    .where(
      and(
        eq(roleGrants.role, role),
        isNull(roleGrants.revokedAt),
        eq(accounts.status, 'active'),
        sql`${unitPath} like ${adminUnits.path} || '%'`,
        sql`${roleGrants.validFrom} <= ${today}`,
        or(isNull(roleGrants.validTo), sql`${roleGrants.validTo} >= ${today}`),
      ),
    );
}

export async function insertNotifications(
  db: Database,
  rows: (typeof notifications.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

export async function listNotificationsOf(
  db: Database,
  accountId: string,
  unreadOnly: boolean,
  limit: number,
): Promise<{ rows: NotificationRow[]; unreadCount: number }> {
  const conditions = [eq(notifications.accountId, accountId)];
  if (unreadOnly) conditions.push(isNull(notifications.readAt));
  const rows = await db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
  return { rows, unreadCount: toCount(count?.n) };
}

/** Marks some (or all, when `ids` is undefined) unread notifications of an account as read. */
export async function markNotificationsRead(
  db: Database,
  accountId: string,
  ids: readonly string[] | undefined,
  now: Date,
): Promise<number> {
  const conditions = [eq(notifications.accountId, accountId), isNull(notifications.readAt)];
  if (ids) conditions.push(inArray(notifications.id, [...ids]));
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return rows.length;
}

export type CertificateRow = typeof certificates.$inferSelect;

/** One adopted council result of a dossier, with its decision and certificates (none yet: null / []). */
export interface DossierResultRow {
  result: typeof roundResults.$inferSelect;
  level: 'district' | 'province' | 'central';
  decision: Pick<typeof decisions.$inferSelect, 'number' | 'signedOn' | 'issuerName' | 'status'> | null;
  /** The original certificate and any corrections of it. */
  certificates: CertificateRow[];
}

/** The council results of a dossier at every level, oldest first, each with what followed it. */
export async function listDossierResults(db: Database, dossierId: string): Promise<DossierResultRow[]> {
  return (await listResultsOfDossiers(db, [dossierId])).get(dossierId) ?? [];
}

/** The council results of several dossiers (one query), keyed by dossier id. */
export async function listResultsOfDossiers(
  db: Database,
  dossierIds: readonly string[],
): Promise<Map<string, DossierResultRow[]>> {
  const byDossier = new Map<string, DossierResultRow[]>();
  if (dossierIds.length === 0) return byDossier;
  const rows = await db
    .select({
      dossierId: roundProducts.dossierId,
      result: roundResults,
      level: rounds.level,
      decision: {
        number: decisions.number,
        signedOn: decisions.signedOn,
        issuerName: decisions.issuerName,
        status: decisions.status,
      },
      certificate: certificates,
    })
    .from(roundProducts)
    .innerJoin(roundResults, eq(roundResults.roundProductId, roundProducts.id))
    .innerJoin(rounds, eq(rounds.id, roundResults.roundId))
    .leftJoin(decisionItems, eq(decisionItems.roundResultId, roundResults.id))
    .leftJoin(decisions, eq(decisions.id, decisionItems.decisionId))
    .leftJoin(certificates, eq(certificates.decisionItemId, decisionItems.id))
    .where(inArray(roundProducts.dossierId, [...dossierIds]))
    .orderBy(asc(roundResults.adoptedAt), asc(certificates.createdAt));
  const byResult = new Map<string, DossierResultRow>();
  for (const row of rows) {
    let entry = byResult.get(row.result.id);
    if (!entry) {
      entry = { result: row.result, level: row.level, decision: row.decision, certificates: [] };
      byResult.set(row.result.id, entry);
      byDossier.set(row.dossierId, [...(byDossier.get(row.dossierId) ?? []), entry]);
    }
    if (row.certificate) entry.certificates.push(row.certificate);
  }
  return byDossier;
}

/** Every certificate ever issued for these products, with the dossier it came from, newest first. */
export async function listCertificatesOfProducts(
  db: Database,
  productIds: readonly string[],
): Promise<{ certificate: CertificateRow; dossierId: string | null }[]> {
  if (productIds.length === 0) return [];
  return db
    .select({ certificate: certificates, dossierId: roundProducts.dossierId })
    .from(certificates)
    .leftJoin(decisionItems, eq(decisionItems.id, certificates.decisionItemId))
    .leftJoin(roundResults, eq(roundResults.id, decisionItems.roundResultId))
    .leftJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .where(inArray(certificates.productId, [...productIds]))
    .orderBy(desc(certificates.issuedOn), desc(certificates.createdAt));
}
