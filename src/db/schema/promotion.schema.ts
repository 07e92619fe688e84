import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CONSULTANT_KINDS,
  POINT_OF_SALE_KINDS,
  TRADE_EVENT_KINDS,
  TRADE_EVENT_LEVELS,
  TRAINING_AUDIENCES,
  TRAINING_PARTICIPANT_KINDS,
  type ConsultantField,
} from '../../domain/promotion/promotion.types';
import { SALES_CHANNEL_PLATFORM_IDS } from '../../domain/promotion/sales-channels';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { products, producers } from './registry.schema';

/**
 * Tập huấn — a training course organised by a unit (nation, province or commune) for officials or
 * producers. The organising unit is the jurisdiction of the record.
 */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    title: text('title').notNull(),
    topic: text('topic').notNull().default(''),
    audience: text('audience', { enum: TRAINING_AUDIENCES }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    place: text('place').notNull().default(''),
    isOnline: boolean('is_online').notNull().default(false),
    trainers: text('trainers').notNull().default(''),
    /** Planned budget in VND (đồng). */
    budgetVnd: bigint('budget_vnd', { mode: 'number' }),
    materials: text('materials').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('training_courses_unit_idx').on(table.unitId),
    index('training_courses_starts_idx').on(table.startsOn),
  ],
);

/** Học viên — one participant of a course: an account, a producer, or a named person. */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    kind: text('kind', { enum: TRAINING_PARTICIPANT_KINDS }).notNull(),
    accountId: uuid('account_id').references(() => accounts.id),
    producerId: uuid('producer_id').references(() => producers.id),
    /** The person's name (copied from the account or typed for people without one). */
    fullName: text('full_name').notNull(),
    organisation: text('organisation').notNull().default(''),
    hasAttended: boolean('has_attended').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('training_participants_course_idx').on(table.courseId),
    index('training_participants_producer_idx').on(table.producerId),
  ],
);

/** Đơn vị tư vấn — a consulting organisation or individual in a unit's directory. */
export const consultants = pgTable(
  'consultants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    kind: text('kind', { enum: CONSULTANT_KINDS }).notNull(),
    name: text('name').notNull(),
    fields: jsonb('fields').$type<ConsultantField[]>().notNull().default([]),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    /**
     * The consultant's own account, when it has one: its contracts become consultancy links
     * (consultancy.schema.ts) so that conflict-of-interest hints see them.
     */
    accountId: uuid('account_id').references(() => accounts.id),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('consultants_unit_idx').on(table.unitId)],
);

/** Hợp đồng tư vấn — a consultant's contract with a producer (and optionally one product). */
export const consultantContracts = pgTable(
  'consultant_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultantId: uuid('consultant_id')
      .notNull()
      .references(() => consultants.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productId: uuid('product_id').references(() => products.id),
    scope: text('scope').notNull(),
    budgetVnd: bigint('budget_vnd', { mode: 'number' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('consultant_contracts_consultant_idx').on(table.consultantId),
    index('consultant_contracts_producer_idx').on(table.producerId),
  ],
);

/** Sự kiện xúc tiến thương mại — a fair, exhibition, OCOP week, showcase or livestream session. */
export const tradeEvents = pgTable(
  'trade_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    kind: text('kind', { enum: TRADE_EVENT_KINDS }).notNull(),
    level: text('level', { enum: TRADE_EVENT_LEVELS }).notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    place: text('place').notNull().default(''),
    organiser: text('organiser').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Results, recorded once the event has started; null until then. */
    salesVnd: bigint('sales_vnd', { mode: 'number' }),
    visitors: integer('visitors'),
    contractsSigned: integer('contracts_signed'),
    resultNote: text('result_note').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('trade_events_unit_idx').on(table.unitId),
    index('trade_events_starts_idx').on(table.startsOn),
  ],
);

/** A producer (and optionally one of its products) taking part in an event. */
export const tradeEventParticipants = pgTable(
  'trade_event_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => tradeEvents.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productId: uuid('product_id').references(() => products.id),
  },
  (table) => [index('trade_event_participants_event_idx').on(table.eventId)],
);

/** Điểm giới thiệu và bán sản phẩm OCOP — a showroom or point of sale in a commune. */
export const pointsOfSale = pgTable(
  'points_of_sale',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    kind: text('kind', { enum: POINT_OF_SALE_KINDS }).notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    openingHours: text('opening_hours').notNull().default(''),
    phone: text('phone').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('points_of_sale_commune_idx').on(table.communeId),
    index('points_of_sale_name_idx').on(sql`lower(${table.name})`),
  ],
);

/** The products a point of sale carries. */
export const pointOfSaleProducts = pgTable(
  'point_of_sale_products',
  {
    pointOfSaleId: uuid('point_of_sale_id')
      .notNull()
      .references(() => pointsOfSale.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
  },
  (table) => [
    primaryKey({ columns: [table.pointOfSaleId, table.productId] }),
    index('point_of_sale_products_product_idx').on(table.productId),
  ],
);

/** Kênh bán hàng trực tuyến — a product's link on an e-commerce platform, shop or livestream channel. */
export const productSalesChannels = pgTable(
  'product_sales_channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    platform: text('platform', { enum: SALES_CHANNEL_PLATFORM_IDS }).notNull(),
    /** Checked against the platform's hosts (domain/promotion/sales-channels). */
    url: text('url').notNull(),
    label: text('label').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('product_sales_channels_product_idx').on(table.productId)],
);
