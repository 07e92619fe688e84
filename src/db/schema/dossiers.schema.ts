import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DeadlineSettings } from '../../domain/dossier/dossier-queue';
import type {
  CommuneAssessment,
  DossierAnswers,
  DossierRegistration,
  ForwardRequest,
  ItemComment,
} from '../../domain/dossier/dossier.types';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { producers, products } from './registry.schema';

/**
 * Hồ sơ sản phẩm — the working copy of a product dossier. The pinned rubric version, product set
 * and procedure version are chosen at creation and never change. Biểu 1 and Biểu 2 are edited
 * only while the producer holds the pen; every submit freezes a row of `dossier_versions`.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    /** The producer's commune at creation: the jurisdiction of the dossier. */
    communeId: uuid('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    type: text('type', { enum: ['first', 'upgrade', 're-evaluation'] }).notNull(),
    /** The dossier an upgrade or re-evaluation started from. */
    previousDossierId: uuid('previous_dossier_id'),
    rubricVersionId: text('rubric_version_id').notNull(),
    /**
     * sha256 of the canonical JSON of the pinned version's sheet for `productSet` at creation, so
     * a later edit of that sheet is detectable. Null only for a dossier of an imported version
     * created before hashes were recorded (a published import never changes).
     */
    rubricContentHash: text('rubric_content_hash'),
    productSet: integer('product_set').notNull(),
    procedureVersionId: text('procedure_version_id').notNull(),
    status: text('status').notNull().default('draft'),
    registration: jsonb('registration').$type<DossierRegistration>().notNull(),
    answers: jsonb('answers').$type<DossierAnswers>().notNull().default({}),
    /** Number of the last submitted version (0 = never submitted). */
    versionNumber: integer('version_number').notNull().default(0),
    /** The latest Biểu 3 of the commune (history in `commune_assessments`). */
    communeAssessment: jsonb('commune_assessment').$type<CommuneAssessment>(),
    forwardRequest: jsonb('forward_request').$type<ForwardRequest>(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: every change names the version it read. */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    /**
     * The office lists: INCLUDE (status, status_changed_at, id) in migration 0038 (drizzle-kit cannot
     * declare INCLUDE), so a page and its count are index-only scans over the office's communes.
     */
    index('dossiers_commune_listing_idx').on(table.communeId),
    index('dossiers_producer_idx').on(table.producerId),
    index('dossiers_product_idx').on(table.productId),
  ],
);

/** A submitted version of a dossier: inserted once at submit, never updated or deleted. */
export const dossierVersions = pgTable(
  'dossier_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    number: integer('number').notNull(),
    registration: jsonb('registration').$type<DossierRegistration>().notNull(),
    answers: jsonb('answers').$type<DossierAnswers>().notNull(),
    /** Title, type, issuer, dates, file name, SHA-256 of every linked evidence at submit time. */
    evidence: jsonb('evidence').$type<FrozenEvidence[]>().notNull(),
    /** Truthfulness commitment (cam kết) given at submit: who and when. */
    committedBy: uuid('committed_by')
      .notNull()
      .references(() => accounts.id),
    committedByName: text('committed_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('dossier_versions_number_key').on(table.dossierId, table.number)],
);

/**
 * Evidence as frozen in a version, readable even if the library entry is later edited or removed:
 * the bundle, Biểu 2 and the council read these values, never the library's current record.
 */
export interface FrozenEvidence {
  id: string;
  title: string;
  documentType: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  issuer: string | null;
  validUntil: string | null;
  /**
   * Issue date at submit time. Absent (not null) in versions submitted before it was frozen:
   * those print the library's current date and say so.
   */
  issuedOn?: string | null;
}

/** Append-only log of what happened to a dossier: who, what, when, comment. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order, so events at the same instant still read in the order they happened. */
    sequence: integer('sequence').generatedAlwaysAsIdentity(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    versionNumber: integer('version_number').notNull().default(0),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role'),
    comment: text('comment'),
    itemComments: jsonb('item_comments').$type<ItemComment[]>().notNull().default([]),
    payload: jsonb('payload'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('dossier_events_dossier_idx').on(table.dossierId, table.sequence)],
);

/** Biểu 3 as submitted by the commune, one row per submission (never updated). */
export const communeAssessments = pgTable(
  'commune_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    versionNumber: integer('version_number').notNull(),
    assessment: jsonb('assessment').$type<CommuneAssessment>().notNull(),
    assessedBy: uuid('assessed_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('commune_assessments_dossier_idx').on(table.dossierId)],
);

/** In-app notifications (thông báo) of one account; read ones keep `readAt`. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    bodyVi: text('body_vi').notNull(),
    bodyEn: text('body_en').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('notifications_account_idx').on(table.accountId, table.createdAt)],
);

/**
 * Số ngày làm việc — a province's working days per dossier task from a date on. Rows are only
 * added (an earlier period stays as it was, for the deadlines counted under it).
 */
export const dossierDeadlineSettings = pgTable(
  'dossier_deadline_settings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The province (tỉnh/thành phố) whose communes count with these days. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    effectiveFrom: date('effective_from').notNull(),
    settings: jsonb('settings').$type<Partial<DeadlineSettings>>().notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('dossier_deadline_settings_unit_from_key').on(table.unitId, table.effectiveFrom)],
);
