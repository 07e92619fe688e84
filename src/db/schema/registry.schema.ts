import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';

/** Chủ thể OCOP — an enterprise, co-operative, co-op group or household business. */
export const producers = pgTable(
  'producers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: ['enterprise', 'cooperative', 'cooperative_group', 'household'] }).notNull(),
    name: text('name').notNull(),
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
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('producers_commune_idx').on(table.communeId)],
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
  (table) => [index('producer_members_account_idx').on(table.accountId), index('producer_members_producer_idx').on(table.producerId)],
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
    gtin: text('gtin'),
    status: text('status').notNull().default('registered'),
    details: jsonb('details').notNull().default({}),
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('products_producer_idx').on(table.producerId)],
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
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (table) => [index('evidence_producer_idx').on(table.producerId)],
);
