import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { certificates } from './evaluation.schema';
import { producers, products } from './registry.schema';

/**
 * Đơn đặt tem — an order of N stamps for one lot of a certified product. The product's GTIN-14
 * (or null: short URIs) and the certificate valid at order time are copied, so stamps keep
 * resolving to what was printed on them.
 */
export const stampBatches = pgTable(
  'stamp_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    /** The producer's province: where the standing office that oversees the stamps sits. */
    provinceUnitId: uuid('province_unit_id').references(() => adminUnits.id),
    gtin14: text('gtin14'),
    lot: text('lot').notNull(),
    productionDate: date('production_date').notNull(),
    expiryDate: date('expiry_date').notNull(),
    quantity: integer('quantity').notNull(),
    orderedBy: uuid('ordered_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('stamp_batches_product_lot_idx').on(table.productId, table.lot), index('stamp_batches_gtin_lot_idx').on(table.gtin14, table.lot), index('stamp_batches_producer_idx').on(table.producerId)],
);

/** One stamp: its random serial is the key the resolver looks up. Counters are kept on the row. */
export const stamps = pgTable(
  'stamps',
  {
    serial: text('serial').primaryKey(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => stampBatches.id),
    /** Position in the batch (label order on the sheets). */
    position: integer('position').notNull(),
    status: text('status', { enum: ['active', 'deactivated', 'reported'] }).notNull().default('active'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    scanCount: integer('scan_count').notNull().default(0),
    firstScannedAt: timestamp('first_scanned_at', { withTimezone: true }),
    lastScannedAt: timestamp('last_scanned_at', { withTimezone: true }),
    isPossibleCopy: boolean('is_possible_copy').notNull().default(false),
  },
  (table) => [index('stamps_batch_position_idx').on(table.batchId, table.position)],
);

/** Lượt quét — one resolution: when, from which coarse network (hashed), what kind of device. */
export const scanEvents = pgTable(
  'scan_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    serial: text('serial').notNull(),
    batchId: uuid('batch_id').notNull(),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
    networkHash: text('network_hash').notNull(),
    userAgentClass: text('user_agent_class').notNull(),
  },
  (table) => [index('scan_events_serial_at_idx').on(table.serial, table.scannedAt)],
);

/** A label sheet PDF being generated in the background: progress for polling, the file when done. */
export const stampLabelJobs = pgTable(
  'stamp_label_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => stampBatches.id),
    status: text('status', { enum: ['running', 'completed', 'failed'] }).notNull(),
    processed: integer('processed').notNull().default(0),
    total: integer('total').notNull(),
    fileSha256: text('file_sha256'),
    failureMessage: text('failure_message'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('stamp_label_jobs_batch_idx').on(table.batchId)],
);

/** Báo cáo nghi hàng giả — a shopper's report, for the standing office of the product's province. */
export const stampReports = pgTable(
  'stamp_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What was scanned: the path of the stamp URI. */
    stampPath: text('stamp_path').notNull(),
    serial: text('serial'),
    batchId: uuid('batch_id').references(() => stampBatches.id),
    productId: uuid('product_id').references(() => products.id),
    provinceUnitId: uuid('province_unit_id').references(() => adminUnits.id),
    message: text('message').notNull(),
    placeOfPurchase: text('place_of_purchase').notNull().default(''),
    contact: text('contact').notNull().default(''),
    photo: jsonb('photo').$type<{ sha256: string; mediaType: string; sizeBytes: number }>(),
    networkHash: text('network_hash').notNull(),
    status: text('status', { enum: ['new', 'reviewed'] }).notNull().default('new'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('stamp_reports_province_idx').on(table.provinceUnitId, table.createdAt)],
);
