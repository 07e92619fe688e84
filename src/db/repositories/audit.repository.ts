import { asc, desc, inArray, sql } from 'drizzle-orm';
import {
  auditRowHash,
  auditRowHmac,
  GENESIS_HASH,
  isSameDigest,
  type HashedFields,
} from '../audit/audit-hash';
import { installedAuditKeyring, type AuditKeyring } from '../audit/audit-keyring';
import { queryRows, type Database } from '../database';
import { auditLog } from '../schema';

export { auditRowHash } from '../audit/audit-hash';

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

/** Serialises audit appends across processes so the chain has one order. */
const AUDIT_LOCK_KEY = 70_2025_0702;
/** Lets one process at a time write checkpoints of the chain head. */
const AUDIT_CHECKPOINT_LOCK_KEY = 70_2025_0703;

/** JSON values as PostgreSQL's jsonb gives them back (dates as strings, no undefined). */
function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Appends one row to the chain, HMAC-keyed with the installed keyring's current key (a legacy
 * unkeyed row when the process installed none). Call inside the transaction that makes the change,
 * so the change and its record commit or vanish together.
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
  const key = installedAuditKeyring()?.current;
  const hash = key ? auditRowHmac(prevHash, fields, key) : auditRowHash(prevHash, fields);
  await tx.insert(auditLog).values({ ...fields, prevHash, hash, keyId: key?.id ?? null });
}

/** Why a row breaks the chain. */
export const AUDIT_BREAK_REASONS = [
  /** Rows `seq`..`lastSeq` are missing in the middle of the chain. */
  'gap',
  /** The row's `prev_hash` is not the previous row's hash (a row was removed or re-linked). */
  'link-mismatch',
  /** The row's hash matches neither its content nor its key: the row was edited. */
  'hash-mismatch',
  /** The hash is the public unkeyed SHA-256 of a row marked keyed: re-hashed without the key. */
  'rehashed-without-key',
  /** An unkeyed (legacy) row after the first keyed row: written or re-hashed without the key. */
  'unkeyed-after-keyed',
  /** The row names an audit key that is not configured here, so it cannot be checked. */
  'unknown-key',
] as const;
export type AuditBreakReason = (typeof AUDIT_BREAK_REASONS)[number];

/** A row that breaks the chain (for a gap, the first and last missing sequence numbers). */
export interface AuditBreak {
  seq: number;
  reason: AuditBreakReason;
  lastSeq?: number;
}

export interface AuditVerification {
  rowsChecked: number;
  breaks: AuditBreak[];
}

type StoredRow = typeof auditLog.$inferSelect;

/** Why `row` does not hold under `keyring`, or undefined when it does. */
function rowBreak(
  row: StoredRow,
  keyring: AuditKeyring | undefined,
  isAfterKeyedRow: boolean,
): AuditBreakReason | undefined {
  const { prevHash, hash, keyId, ...fields } = row;
  const unkeyed = auditRowHash(prevHash, fields satisfies HashedFields);
  if (keyId === null) {
    if (!isSameDigest(unkeyed, hash)) return 'hash-mismatch';
    return isAfterKeyedRow ? 'unkeyed-after-keyed' : undefined;
  }
  if (isSameDigest(unkeyed, hash)) return 'rehashed-without-key';
  const key = keyring?.byId.get(keyId);
  if (!key) return 'unknown-key';
  return isSameDigest(auditRowHmac(prevHash, fields, key), hash) ? undefined : 'hash-mismatch';
}

/**
 * Re-computes the whole chain in pages with the audit keys (the installed keyring unless given);
 * reports every row that was edited, removed, re-linked or re-hashed. Rows without a key id are
 * legacy SHA-256 rows, accepted only before the first keyed row. The tail is checked against
 * checkpoints by the caller ({@link findAuditHead}, {@link findAuditHashes}).
 */
export async function verifyAuditChain(
  db: Database,
  options: { keyring?: AuditKeyring | undefined; pageSize?: number } = {},
): Promise<AuditVerification> {
  const keyring = 'keyring' in options ? options.keyring : installedAuditKeyring();
  const pageSize = options.pageSize ?? 5000;
  const breaks: AuditBreak[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rowsChecked = 0;
  let hasKeyedRow = false;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} >= ${expectedSeq}`)
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) breaks.push({ seq: expectedSeq, reason: 'gap', lastSeq: row.seq - 1 });
      if (row.prevHash !== prevHash) breaks.push({ seq: row.seq, reason: 'link-mismatch' });
      const reason = rowBreak(row, keyring, hasKeyedRow);
      if (reason) breaks.push({ seq: row.seq, reason });
      hasKeyedRow ||= row.keyId !== null;
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      rowsChecked += 1;
    }
  }
  return { rowsChecked, breaks };
}

/** The chain head: the last row's sequence number and hash; undefined for an empty trail. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export async function findAuditHead(db: Database): Promise<AuditHead | undefined> {
  const [head] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return head;
}

/** The stored hash of each of `seqs` that still exists. */
export async function findAuditHashes(db: Database, seqs: readonly number[]): Promise<Map<number, string>> {
  const hashes = new Map<number, string>();
  const unique = [...new Set(seqs)];
  for (let start = 0; start < unique.length; start += 1000) {
    const rows = await db
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(inArray(auditLog.seq, unique.slice(start, start + 1000)));
    for (const row of rows) hashes.set(row.seq, row.hash);
  }
  return hashes;
}

/** How many rows each audit key chained (`keyId` null: legacy unkeyed rows). */
export async function countAuditRowsByKey(db: Database): Promise<{ keyId: string | null; rows: number }[]> {
  const rows = await db
    .select({ keyId: auditLog.keyId, rows: sql<number>`count(*)`.mapWith(Number) })
    .from(auditLog)
    .groupBy(auditLog.keyId)
    .orderBy(sql`min(${auditLog.seq})`);
  return rows;
}

/**
 * Runs `work` with the chain head while holding the checkpoint lock, so only one process writes a
 * checkpoint at a time. Returns undefined without running `work` when another process holds it.
 */
export async function withAuditCheckpointLock<T>(
  db: Database,
  work: (head: AuditHead | undefined) => Promise<T>,
): Promise<{ result: T } | undefined> {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${AUDIT_CHECKPOINT_LOCK_KEY}) as "locked"`,
    );
    if (!lock?.locked) return undefined;
    return { result: await work(await findAuditHead(tx)) };
  });
}
