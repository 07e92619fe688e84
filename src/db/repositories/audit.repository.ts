import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { auditLog } from '../schema';

/** Who did it, where, and under which request — carried from the route into every use case. */
export interface AuditContext {
  actorAccountId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  unitId: string | null;
  requestId: string | null;
}

/** One state change to record. `before`/`after` are plain JSON (no secrets: hash them out first). */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Overrides the unit of the context when the change belongs to another unit. */
  unitId?: string | null;
}

/** A machine actor for CLI work (imports, seeds). */
export const SYSTEM_AUDIT_CONTEXT: AuditContext = {
  actorAccountId: null,
  actorUsername: 'system',
  actorRole: null,
  unitId: null,
  requestId: null,
};

const GENESIS_HASH = '0'.repeat(64);
/** Serialises audit appends across processes so the chain has one order. */
const AUDIT_LOCK_KEY = 70_2025_0702;

function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface HashedFields {
  seq: number;
  occurredAt: Date;
  actorAccountId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  unitId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** SHA-256 over the previous hash and the row's canonical JSON. */
export function auditRowHash(prevHash: string, row: HashedFields): string {
  const payload = canonicalJson({ ...row, before: row.before ?? null, after: row.after ?? null });
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

/** JSON values as PostgreSQL's jsonb gives them back (dates as strings, no undefined). */
function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Appends one row to the chain. Call inside the transaction that makes the change, so the change
 * and its record commit or vanish together.
 */
export async function appendAudit(
  tx: Database,
  context: AuditContext,
  entry: AuditEntry,
  now: Date,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    occurredAt: new Date(now.getTime()),
    actorAccountId: context.actorAccountId,
    actorUsername: context.actorUsername,
    actorRole: context.actorRole,
    unitId: entry.unitId === undefined ? context.unitId : entry.unitId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: asStoredJson(entry.before),
    after: asStoredJson(entry.after),
    requestId: context.requestId,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: auditRowHash(prevHash, fields) });
}

/** A break in the chain: the first row whose stored hash or link does not match. */
export interface AuditBreak {
  seq: number;
  reason: 'hash-mismatch' | 'link-mismatch' | 'gap';
}

export interface AuditVerification {
  rowsChecked: number;
  breaks: AuditBreak[];
}

/** Re-computes the whole chain in pages; reports every row that was edited, removed or re-linked. */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<AuditVerification> {
  const breaks: AuditBreak[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rowsChecked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} >= ${expectedSeq}`)
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) breaks.push({ seq: expectedSeq, reason: 'gap' });
      if (row.prevHash !== prevHash) breaks.push({ seq: row.seq, reason: 'link-mismatch' });
      const { prevHash: storedPrev, hash, ...fields } = row;
      if (auditRowHash(storedPrev, fields) !== hash) breaks.push({ seq: row.seq, reason: 'hash-mismatch' });
      prevHash = hash;
      expectedSeq = row.seq + 1;
      rowsChecked += 1;
    }
  }
  return { rowsChecked, breaks };
}
