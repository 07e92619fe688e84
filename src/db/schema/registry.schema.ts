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
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';

/** Chủ thể OCOP — an enterprise, co-operative, co-op group or household business. */
export const producers = pgTable(
  'producers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: ['enterprise', 'cooperative', 'cooperative_group', 'household'] }).notNull(),
    name: text('name').notNull(),
    /** Normalised (see domain/registry/registration-number): the natural key of imports. */
    registrationNumber: text('registration_number').notNull(),
    /** The current commune of its address: the jurisdiction of the producer's records. */
    communeId: uuid('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    address: text('address').notNull(),
    /** Name, title, gender, ethnic minority (criterion A.3.b) — shown only to roles that need it. */
    legalRepresentative: jsonb('legal_representative').notNull(),
    contacts: jsonb('contacts').notNull().default({}),
    workforce: jsonb('workforce').notNull().default({}),
    /** How the record came in: created by an official, self-registration, or a bulk import. */
    origin: text('origin', { enum: ['official', 'self_registration', 'import'] })
      .notNull()
      .default('official'),
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    /** With the id, the producers of an office's communes are read from the index alone. */
    index('producers_commune_idx').on(table.communeId, table.id),
    uniqueIndex('producers_registration_number_key').on(table.registrationNumber),
    index('producers_search_idx').on(sql`${table.searchKey} text_pattern_ops`),
  ],
);

/** The accounts that act for a producer (one producer, several people). */
export const producerMembers = pgTable(
  'producer_members',
  {
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    isOwner: boolean('is_owner').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.producerId, table.accountId] }),
    index('producer_members_account_idx').on(table.accountId),
    index('producer_members_producer_idx').on(table.producerId),
  ],
);

/** A product of a producer, in one product set of the published taxonomy. */
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    /** Product set number of the taxonomy (1–26 under Decision 148). */
    productSet: integer('product_set').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Normalised GTIN-8/12/13/14 with a verified check digit, or null. */
    gtin: text('gtin'),
    /** See domain/registry/product-status: registered → in_evaluation → certified → expired/revoked. */
    status: text('status', { enum: ['registered', 'in_evaluation', 'certified', 'expired', 'revoked'] })
      .notNull()
      .default('registered'),
    /** Packaging, raw-material area, capacity (shape: contracts/products.contracts ProductDetails). */
    details: jsonb('details').notNull().default({}),
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('products_producer_idx').on(table.producerId),
    /** Product name is unique per producer (case-insensitive): the natural key of imports. */
    uniqueIndex('products_producer_name_key').on(table.producerId, sql`lower(${table.name})`),
    index('products_status_idx').on(table.status),
    index('products_gtin_idx').on(table.gtin),
  ],
);

/** A typed document in the producer's evidence library, reusable across dossiers. */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productId: uuid('product_id').references(() => products.id),
    documentType: text('document_type').notNull(),
    title: text('title').notNull(),
    issuer: text('issuer'),
    issuedOn: date('issued_on'),
    validUntil: date('valid_until'),
    /** SHA-256 of the content: the key of the blob in the file store. */
    fileSha256: text('file_sha256').notNull(),
    fileName: text('file_name').notNull(),
    /** The type recognised from the content (magic bytes), never the one the client claimed. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (table) => [
    index('evidence_producer_idx').on(table.producerId),
    index('evidence_product_idx').on(table.productId),
    index('evidence_valid_until_idx').on(table.validUntil),
  ],
);

/**
 * A self-registration waiting for its e-mail confirmation. The account and the producer are only
 * created when the link is followed, so an unconfirmed registration cannot sign in. Only the
 * SHA-256 of the token is kept.
 */
export const producerRegistrations = pgTable(
  'producer_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    username: text('username').notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    /** The producer profile as submitted (contracts/producers.contracts ProducerProfileInput). */
    profile: jsonb('profile').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    producerId: uuid('producer_id').references(() => producers.id),
  },
  (table) => [index('producer_registrations_username_idx').on(sql`lower(${table.username})`)],
);

/** A bulk import of producers and products: progress for polling and the per-row report. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['producers', 'certificates'] }).notNull(),
    status: text('status', { enum: ['running', 'completed', 'failed'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    totalRows: integer('total_rows').notNull(),
    processedRows: integer('processed_rows').notNull().default(0),
    producersCreated: integer('producers_created').notNull().default(0),
    productsCreated: integer('products_created').notNull().default(0),
    certificatesCreated: integer('certificates_created').notNull().default(0),
    /** Row problems: [{ line, column, messageVi, messageEn }]. */
    problems: jsonb('problems').notNull().default([]),
    failureMessage: text('failure_message'),
    createdBy: uuid('created_by').references(() => accounts.id),
    /** The unit of the grant that ran it: who may look at the job. */
    unitId: uuid('unit_id').references(() => adminUnits.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('import_jobs_created_by_idx').on(table.createdBy)],
);
