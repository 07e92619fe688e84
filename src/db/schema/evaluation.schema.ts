import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CouncilSettings } from '../../domain/rubric/council-settings';
import type { CompositionProblem } from '../../domain/evaluation/council-composition';
import type { ConflictHint } from '../../domain/evaluation/conflict-hints';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { dossiers } from './dossiers.schema';
import { producers, products } from './registry.schema';

/** Hội đồng đánh giá, phân hạng sản phẩm OCOP of a level and unit, for a term. */
export const councils = pgTable(
  'councils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    level: text('level', { enum: ['district', 'province', 'central'] }).notNull(),
    name: text('name').notNull(),
    /** The People's Committee decision that set up the council (quyết định thành lập). */
    establishedBy: text('established_by').notNull().default(''),
    termFrom: date('term_from').notNull(),
    termTo: date('term_to'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('councils_unit_idx').on(table.unitId)],
);

/** A person in a council (with or without an account) and the advisory team. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    accountId: uuid('account_id').references(() => accounts.id),
    fullName: text('full_name').notNull(),
    agency: text('agency').notNull(),
    position: text('position').notNull(),
    /** Organisation as written (for conflict hints). */
    organisation: text('organisation').notNull().default(''),
    role: text('role', { enum: ['chair', 'vice_chair', 'member', 'secretary', 'advisor'] }).notNull(),
    /** Where the office listed the member (0 first): the council, its rounds and sheets list seats in this order. */
    seat: integer('seat').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the member leaves the council: the row stays for the sheets and rounds that name it. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [
    index('council_members_council_idx').on(table.councilId),
    uniqueIndex('council_members_account_key').on(table.councilId, table.accountId),
    index('council_members_account_idx').on(table.accountId),
  ],
);

/** An override of a rule that would have refused an action: what, why, who, when. */
export interface RoundOverride {
  reason: string;
  byAccountId: string;
  byName: string;
  at: string;
  problemsVi: string[];
}

/** Đợt đánh giá — a council's round: meeting date(s), products, assignments, scoring. */
export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    /** The council's unit (copied: the jurisdiction of the round). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    level: text('level', { enum: ['district', 'province', 'central'] }).notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: ['draft', 'open', 'closed', 'adopted', 'cancelled'] })
      .notNull()
      .default('draft'),
    distributedOn: date('distributed_on'),
    meetingOn: date('meeting_on').notNull(),
    meetingEndOn: date('meeting_end_on'),
    /** Settings pinned when the round was created (threshold, quorum, validity…). */
    settings: jsonb('settings').$type<CouncilSettings>().notNull(),
    procedureVersionId: text('procedure_version_id').notNull(),
    /** A meeting, or a re-evaluation by written opinions (quorum = opinions returned). */
    evaluationMode: text('evaluation_mode', { enum: ['meeting', 'written-opinion'] })
      .notNull()
      .default('meeting'),
    /** Who chaired the meeting (the chair, or a vice-chair in the chair's place); null = not recorded. */
    chairedBy: text('chaired_by', { enum: ['chair', 'vice_chair'] }),
    meetingDateOverride: jsonb('meeting_date_override').$type<RoundOverride>(),
    compositionOverride: jsonb('composition_override').$type<RoundOverride>(),
    compositionProblems: jsonb('composition_problems').$type<CompositionProblem[]>().notNull().default([]),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    adoptedBy: uuid('adopted_by').references(() => accounts.id),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('rounds_council_idx').on(table.councilId),
    index('rounds_unit_status_idx').on(table.unitId, table.status),
  ],
);

/** A product on a round's agenda, from the accepted pool (or the central pool). */
export const roundProducts = pgTable(
  'round_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productSet: integer('product_set').notNull(),
    rubricVersionId: text('rubric_version_id').notNull(),
    /** For central rounds: the provincial result that forwarded the product. */
    sourceResultId: uuid('source_result_id'),
    /** Set 26 (tourism): members inspect on site before the meeting. */
    requiresOnSiteInspection: boolean('requires_on_site_inspection').notNull().default(false),
    /** The case of each "choose one of two cases" block (`C.8` → 2), fixed once for the product; every member scores it. */
    caseChoices: jsonb('case_choices').$type<Record<string, number>>().notNull().default({}),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('round_products_round_dossier_key').on(table.roundId, table.dossierId),
    index('round_products_dossier_idx').on(table.dossierId),
    index('round_products_source_idx').on(table.sourceResultId),
  ],
);

/** Phân công: which council member scores which product. */
export const memberAssignments = pgTable(
  'member_assignments',
  {
    roundProductId: uuid('round_product_id')
      .notNull()
      .references(() => roundProducts.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.roundProductId, table.memberId] }),
    index('member_assignments_member_idx').on(table.memberId),
  ],
);

/**
 * Điểm danh — who attended a round's meeting, recorded by the standing office. Without rows the
 * attendance is read from the sheets (a member who scored or declared was there). `leftAt`: the
 * member left during the meeting; counted only for products they submitted before leaving.
 */
export const roundAttendance = pgTable(
  'round_attendance',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    isPresent: boolean('is_present').notNull(),
    leftAt: timestamp('left_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.roundId, table.memberId] })],
);

/** The standing office's acknowledgement that a result rests on a sheet not verified against the gazette. */
export interface SheetAcknowledgement {
  note: string;
  verification: 'provisional' | 'unverified';
  byAccountId: string;
  byName: string;
  at: string;
}

/** A member's conflict-of-interest declaration for a product; a conflict means abstention. */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundProductId: uuid('round_product_id')
      .notNull()
      .references(() => roundProducts.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    declaration: text('declaration', { enum: ['none', 'conflict'] }).notNull(),
    note: text('note').notNull().default(''),
    hints: jsonb('hints').$type<ConflictHint[]>().notNull().default([]),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('conflict_declarations_key').on(table.roundProductId, table.memberId)],
);

/**
 * Phiếu chấm điểm — one version of a member's sheet for a product. Drafts are saved in place
 * (autosave, `revision` guards concurrent tabs); a submitted version is never changed again;
 * re-scoring inserts the next version with a reason.
 */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundProductId: uuid('round_product_id')
      .notNull()
      .references(() => roundProducts.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    choices: jsonb('choices').$type<Record<string, number>>().notNull().default({}),
    knockOuts: jsonb('knock_outs').$type<string[]>().notNull().default([]),
    comment: text('comment').notNull().default(''),
    /** Total in hundredths of a point (computed at submit; 0 for drafts). */
    totalHundredths: integer('total_hundredths').notNull().default(0),
    /** Why this version exists (re-scoring), and who asked. */
    reason: text('reason'),
    requestedBy: uuid('requested_by').references(() => accounts.id),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('score_sheets_version_key').on(table.roundProductId, table.memberId, table.version),
    index('score_sheets_member_idx').on(table.memberId),
  ],
);

/** Kết quả đánh giá of one product, written once when the council adopts the round. */
export const roundResults = pgTable(
  'round_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    roundProductId: uuid('round_product_id')
      .notNull()
      .references(() => roundProducts.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    meanHundredths: integer('mean_hundredths').notNull(),
    bandStars: integer('band_stars').notNull(),
    stars: integer('stars'),
    isCertifiable: boolean('is_certifiable').notNull(),
    routeAction: text('route_action', {
      enum: ['certify', 'forward', 'fall-back', 'not-certified'],
    }).notNull(),
    routeTargetLevel: text('route_target_level'),
    /** The forwarding reading applied ('points' or 'stars'); null on results adopted before it was recorded. */
    routeReading: text('route_reading', { enum: ['points', 'stars'] }),
    /** Set once the standing office acknowledged an unverified or provisional sheet (audited). */
    sheetAcknowledgement: jsonb('sheet_acknowledgement').$type<SheetAcknowledgement>(),
    explanationVi: text('explanation_vi').notNull(),
    explanationEn: text('explanation_en').notNull(),
    /** Every counted member's total (and the abstainers), as adopted. */
    memberTotals: jsonb('member_totals')
      .$type<{ memberId: string; name: string; total: number; version: number }[]>()
      .notNull(),
    blockedBy: jsonb('blocked_by')
      .$type<{ criterionCode: string; star: number; titleVi: string }[]>()
      .notNull()
      .default([]),
    /** Knock-out notes a majority recorded ("Không đánh giá tiếp: …"): the product was not evaluated further. */
    knockOuts: jsonb('knock_outs')
      .$type<{ criterionCode: string; reasonVi: string; reasonEn: string }[]>()
      .notNull()
      .default([]),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull(),
    adoptedBy: uuid('adopted_by').references(() => accounts.id),
  },
  (table) => [
    uniqueIndex('round_results_round_product_key').on(table.roundProductId),
    index('round_results_round_idx').on(table.roundId),
    index('round_results_route_idx').on(table.routeTargetLevel, table.routeAction),
  ],
);

/** Quyết định công nhận — drafted by the standing office, approved (signed) by a leader. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The issuing People's Committee (province) or the ministry (nation). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    level: text('level', { enum: ['district', 'province', 'central'] }).notNull(),
    roundId: uuid('round_id').references(() => rounds.id),
    number: text('number').notNull(),
    signedOn: date('signed_on').notNull(),
    titleVi: text('title_vi').notNull(),
    legalBases: jsonb('legal_bases').$type<string[]>().notNull().default([]),
    issuerName: text('issuer_name').notNull(),
    /** draft (with the leader) → approved, or → returned to the standing office, which resubmits it as draft. */
    status: text('status', { enum: ['draft', 'returned', 'approved'] })
      .notNull()
      .default('draft'),
    /** The leader's reason for the last return (kept after resubmission, so the next reader sees it). */
    returnReason: text('return_reason'),
    returnedBy: uuid('returned_by').references(() => accounts.id),
    returnedByName: text('returned_by_name'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    draftedBy: uuid('drafted_by').references(() => accounts.id),
    draftedAt: timestamp('drafted_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by').references(() => accounts.id),
    approvedByName: text('approved_by_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    signedScanSha256: text('signed_scan_sha256'),
    signedScanFileName: text('signed_scan_file_name'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('decisions_unit_number_key').on(table.unitId, table.number),
    index('decisions_round_idx').on(table.roundId),
  ],
);

/** A product certified by a decision; a result goes into one decision only. */
export const decisionItems = pgTable(
  'decision_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    roundResultId: uuid('round_result_id')
      .notNull()
      .references(() => roundResults.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productSet: integer('product_set').notNull(),
    stars: integer('stars').notNull(),
    meanHundredths: integer('mean_hundredths').notNull(),
  },
  (table) => [
    uniqueIndex('decision_items_result_key').on(table.roundResultId),
    index('decision_items_decision_idx').on(table.decisionId),
  ],
);

/** How a certificate was revoked (thu hồi): by which decision, why, who recorded it. */
export interface CertificateRevocation {
  reason: string;
  decisionNumber: string;
  decisionDate: string;
  byAccountId: string;
  byName: string;
  recordedAt: string;
}

/**
 * Giấy chứng nhận — never edited. The public fields are a snapshot taken at issue, so the
 * verification page answers from this one row (found by its unique number). An upgrade or a
 * correction sets `superseded_*` on the old row and `supersedes_id` on the new one.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    /** Null for a certificate imported from before the platform (no council result behind it). */
    decisionItemId: uuid('decision_item_id').references(() => decisionItems.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    stars: integer('stars').notNull(),
    issuedOn: date('issued_on').notNull(),
    validUntil: date('valid_until').notNull(),
    productName: text('product_name').notNull(),
    productSet: integer('product_set').notNull(),
    producerName: text('producer_name').notNull(),
    communeName: text('commune_name').notNull(),
    provinceName: text('province_name').notNull(),
    issuerName: text('issuer_name').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date').notNull(),
    /**
     * 'original' from the decision; 'correction' replaces one with a new number (đính chính);
     * 'imported' was issued before the platform and brought in from the province's records.
     */
    issueKind: text('issue_kind', { enum: ['original', 'correction', 'imported'] })
      .notNull()
      .default('original'),
    supersedesId: uuid('supersedes_id'),
    supersededById: uuid('superseded_by_id'),
    supersededOn: date('superseded_on'),
    supersedeReason: text('supersede_reason', { enum: ['upgrade', 'correction', 're-evaluation'] }),
    /** Ended early by a re-evaluation that failed (no new certificate): the decision date and why. */
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    revokedOn: date('revoked_on'),
    revocation: jsonb('revocation').$type<CertificateRevocation>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('certificates_number_key').on(table.number),
    /** One original certificate per decision item; corrections share the item. */
    uniqueIndex('certificates_item_original_key')
      .on(table.decisionItemId)
      .where(sql`${table.issueKind} = 'original'`),
    index('certificates_product_idx').on(table.productId),
    /** With the issuer, the certificates an office sees only through their holder are counted from the index. */
    index('certificates_producer_idx').on(table.producerId, table.issuerUnitId),
    index('certificates_decision_idx').on(table.decisionId),
    /**
     * The list order; INCLUDE (issuer_unit_id, producer_id, stars, product_set, revoked_on,
     * superseded_on, ended_on) in migration 0038 (drizzle-kit cannot declare INCLUDE), so a page of
     * a large jurisdiction is found by an index-only walk.
     */
    index('certificates_listing_idx').on(table.validUntil, table.number),
    /** The office lists filter by issuer; a dossier's results join their certificates by item. */
    index('certificates_issuer_idx').on(table.issuerUnitId),
    index('certificates_decision_item_idx').on(table.decisionItemId),
  ],
);

/** Last certificate sequence per issuer and year (atomic upsert allocates the next number). */
export const certificateCounters = pgTable(
  'certificate_counters',
  {
    issuerCode: text('issuer_code').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (table) => [primaryKey({ columns: [table.issuerCode, table.year] })],
);
