import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit trail: one row per state change, written in the same transaction as the change.
 * `hash` = HMAC-SHA-256 under the audit key `key_id` (kept outside the database) over prev_hash and
 * the canonical JSON of the row, so an edited, deleted or re-hashed row breaks the chain
 * (`ocop audit verify`). Rows written before audit keys existed have no `key_id`: their hash is a
 * plain SHA-256 (legacy), accepted only before the first keyed row.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role'),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The audit key the row was chained with; null for legacy unkeyed SHA-256 rows. */
    keyId: text('key_id'),
  },
  (table) => [index('audit_log_entity_idx').on(table.entityType, table.entityId)],
);
