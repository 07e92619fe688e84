import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { certificates } from './evaluation.schema';
import { producers, products } from './registry.schema';

const AGENCIES = [
  'health',
  'industry_trade',
  'agriculture_environment',
  'science_technology',
  'culture_sports_tourism',
] as const;

/** The sectoral agency an inspector account works for (domain/inspection/inspection-agencies). */
export const inspectorAgencies = pgTable('inspector_agencies', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id),
  agency: text('agency', { enum: AGENCIES }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** One planned visit of a yearly plan: which producer (product), when, by which agency. */
export interface InspectionPlanItem {
  producerId: string;
  productId: string | null;
  agency: (typeof AGENCIES)[number];
  /** Month of the year (1–12) the visit is planned for. */
  month: number;
  kind: 'planned' | 'surprise';
  note: string;
}

/** Kế hoạch kiểm tra — a unit's yearly post-inspection plan. */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    items: jsonb('items').$type<InspectionPlanItem[]>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('inspection_plans_unit_idx').on(table.unitId, table.year)],
);

export interface InspectionChecklistAnswer {
  result: 'pass' | 'fail' | 'not_applicable';
  note: string;
}

export interface InspectionFinding {
  itemCode: string | null;
  severity: 'minor' | 'major' | 'critical';
  description: string;
}

export interface InspectionAttachment {
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  caption: string;
  uploadedAt: string;
  /** Who added it: the inspector (photos of the visit) or the producer (proof of remedy). */
  by?: 'inspector' | 'producer';
}

export interface InspectionRemedyAnswer {
  text: string;
  attachments: InspectionAttachment[];
  answeredAt: string;
  byAccountId: string;
}

/**
 * Biên bản kiểm tra — one post-inspection of a producer (and product). `clientId` is made by the
 * tablet that recorded it, so a sync replayed after a dropped connection creates it once.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id'),
    planId: uuid('plan_id').references(() => inspectionPlans.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productId: uuid('product_id').references(() => products.id),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    /** The producer's commune, for jurisdiction. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    agency: text('agency', { enum: AGENCIES }).notNull(),
    kind: text('kind', { enum: ['planned', 'surprise'] }).notNull(),
    inspectedOn: date('inspected_on').notNull(),
    team: text('team').notNull().default(''),
    checklistVersion: text('checklist_version').notNull(),
    checklist: jsonb('checklist').$type<Record<string, InspectionChecklistAnswer>>().notNull(),
    findings: jsonb('findings').$type<InspectionFinding[]>().notNull().default([]),
    attachments: jsonb('attachments').$type<InspectionAttachment[]>().notNull().default([]),
    conclusion: text('conclusion', { enum: ['compliant', 'must_remedy', 'propose_revocation'] }),
    conclusionNote: text('conclusion_note').notNull().default(''),
    remedyDueOn: date('remedy_due_on'),
    remedyAnswer: jsonb('remedy_answer').$type<InspectionRemedyAnswer>(),
    revocationGroundCode: text('revocation_ground_code'),
    status: text('status', {
      enum: ['draft', 'awaiting_remedy', 'remedy_answered', 'closed', 'revocation_proposed'],
    })
      .notNull()
      .default('draft'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('inspections_client_key').on(table.clientId),
    index('inspections_unit_idx').on(table.unitId, table.status),
    index('inspections_producer_idx').on(table.producerId),
  ],
);
