import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditKey } from './audit-keyring';

/** The `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys and no undefined: the same bytes whatever the key order. */
export function canonicalJson(value: unknown): string {
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

/** The fields of an audit row that its hash covers. */
export interface HashedFields {
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

function payloadOf(row: HashedFields): string {
  return canonicalJson({ ...row, before: row.before ?? null, after: row.after ?? null });
}

/**
 * Legacy unkeyed hash: SHA-256 over the previous hash and the row's canonical JSON. Anyone can
 * compute it, so it proves nothing once rows can be re-hashed; kept to verify rows written before
 * audit keys existed.
 */
export function auditRowHash(prevHash: string, row: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(payloadOf(row)).digest('hex');
}

/** Keyed hash: HMAC-SHA-256 under `key` over the previous hash and the row (key id included). */
export function auditRowHmac(prevHash: string, row: HashedFields, key: AuditKey): string {
  const payload = canonicalJson({
    ...row,
    before: row.before ?? null,
    after: row.after ?? null,
    keyId: key.id,
  });
  return createHmac('sha256', key.secret).update(prevHash).update('\n').update(payload).digest('hex');
}

/** What a checkpoint vouches for: the chain head at a moment. */
export interface CheckpointFields {
  at: string;
  seq: number;
  hash: string;
}

/** HMAC-SHA-256 of a checkpoint; the prefix keeps it from ever equalling a row's hash. */
export function auditCheckpointMac(checkpoint: CheckpointFields, key: AuditKey): string {
  const payload = `ocop-audit-checkpoint/1\n${key.id}\n${checkpoint.at}\n${checkpoint.seq}\n${checkpoint.hash}`;
  return createHmac('sha256', key.secret).update(payload).digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function isSameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
