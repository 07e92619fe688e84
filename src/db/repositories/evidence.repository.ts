import { and, asc, desc, eq, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { ProducerListScope } from '../../domain/access/producer-policy';
import type { EvidenceType } from '../../domain/registry/evidence-types';
import { foldVietnamese } from '../../domain/text/fold-vietnamese';
import { toCount, type Database } from '../database';
import { adminUnits, evidence, producers } from '../schema';
import { producerScopeCondition } from './producers.repository';

export type EvidenceRow = typeof evidence.$inferSelect;

export interface EvidenceWithScope {
  evidence: EvidenceRow;
  communePath: string;
}

/** A live (not deleted) evidence document with its producer's commune path. */
export async function findLiveEvidenceById(db: Database, id: string): Promise<EvidenceWithScope | undefined> {
  const [row] = await db
    .select({ evidence, communePath: adminUnits.path })
    .from(evidence)
    .innerJoin(producers, eq(producers.id, evidence.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(and(eq(evidence.id, id), isNull(evidence.deletedAt)))
    .limit(1);
  return row;
}

export interface EvidenceListQuery {
  scope: ProducerListScope;
  producerId?: string | undefined;
  productId?: string | undefined;
  documentType?: EvidenceType | undefined;
  /** Words of the title or issuer, compared folded (no case, diacritics or tone marks). */
  text?: string | undefined;
  /** With `today` and `horizon` (last day of the warning window). */
  validity?: 'expiring_soon' | 'expired' | 'valid' | undefined;
  today: string;
  horizon: string;
  limit: number;
  offset: number;
}

function validityCondition(query: EvidenceListQuery) {
  switch (query.validity) {
    case 'expired':
      return lt(evidence.validUntil, query.today);
    case 'expiring_soon':
      return and(gte(evidence.validUntil, query.today), lte(evidence.validUntil, query.horizon));
    case 'valid':
      return sql`(${evidence.validUntil} is null or ${evidence.validUntil} > ${query.horizon})`;
    case undefined:
      return undefined;
  }
}

/**
 * The `translate()` arguments that fold text in SQL as {@link foldVietnamese} does in code: every
 * accented Latin letter (either case) to its plain lower-case letter, and combining marks (text
 * stored decomposed) removed. Built from foldVietnamese itself, so both agree.
 */
const SQL_FOLD = (() => {
  let from = '';
  let to = '';
  for (let code = 0xc0; code <= 0x1ef9; code += 1) {
    const char = String.fromCodePoint(code);
    const folded = foldVietnamese(char);
    if (/^[a-z]$/.test(folded) && folded !== char) {
      from += char;
      to += folded;
    }
  }
  for (let code = 0x300; code <= 0x36f; code += 1) from += String.fromCodePoint(code);
  return { from, to };
})();

function textCondition(text: string | undefined) {
  const needle = text ? foldVietnamese(text) : '';
  if (!needle) return undefined;
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const haystack = sql`${evidence.title} || ' ' || coalesce(${evidence.issuer}, '')`;
  return sql`regexp_replace(translate(lower(${haystack}), ${SQL_FOLD.from}, ${SQL_FOLD.to}), ${'\\s+'}, ' ', 'g') like ${pattern}`;
}

/** One page of live evidence inside a scope; expiring documents first when filtering on validity. */
export async function listEvidencePage(
  db: Database,
  query: EvidenceListQuery,
): Promise<{ items: EvidenceRow[]; total: number }> {
  const where = and(
    isNull(evidence.deletedAt),
    producerScopeCondition(query.scope),
    query.producerId ? eq(evidence.producerId, query.producerId) : undefined,
    query.productId ? eq(evidence.productId, query.productId) : undefined,
    query.documentType ? eq(evidence.documentType, query.documentType) : undefined,
    textCondition(query.text),
    validityCondition(query),
  );
  const [count] = await db
    .select({ count: sql<unknown>`count(*)` })
    .from(evidence)
    .innerJoin(producers, eq(producers.id, evidence.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(where);
  const rows = await db
    .select({ evidence })
    .from(evidence)
    .innerJoin(producers, eq(producers.id, evidence.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(where)
    .orderBy(query.validity ? asc(evidence.validUntil) : desc(evidence.createdAt), asc(evidence.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map((r) => r.evidence), total: toCount(count?.count) };
}

/** Live documents whose validity ends between two dates (for expiry notices). */
export async function listEvidenceExpiringBetween(
  db: Database,
  from: string,
  to: string,
): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(evidence)
    .where(
      and(
        isNull(evidence.deletedAt),
        isNotNull(evidence.validUntil),
        gte(evidence.validUntil, from),
        lte(evidence.validUntil, to),
      ),
    )
    .orderBy(asc(evidence.validUntil));
}

export type NewEvidenceRow = typeof evidence.$inferInsert;

/** Stores a new evidence document and returns its row. */
export async function insertEvidence(db: Database, values: NewEvidenceRow): Promise<EvidenceRow> {
  const [row] = await db.insert(evidence).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Soft-deletes a live document; undefined when it is gone or already deleted. */
export async function softDeleteEvidence(
  db: Database,
  id: string,
  now: Date,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .update(evidence)
    .set({ deletedAt: now })
    .where(and(eq(evidence.id, id), isNull(evidence.deletedAt)))
    .returning();
  return row;
}

/** Whether a live document still cites a stored file. */
export async function isEvidenceBlobReferenced(db: Database, sha256: string): Promise<boolean> {
  const rows = await db
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(eq(evidence.fileSha256, sha256), isNull(evidence.deletedAt)))
    .limit(1);
  return rows.length > 0;
}

/** A producer's live document with a given title (the first found). */
export async function findLiveEvidenceByTitle(
  db: Database,
  producerId: string,
  title: string,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.producerId, producerId), eq(evidence.title, title), isNull(evidence.deletedAt)))
    .limit(1);
  return row;
}
