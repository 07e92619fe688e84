import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
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
    /** Hạn sử dụng; null for a product set whose goods carry none (handicrafts, ornamental plants…). */
    expiryDate: date('expiry_date'),
    quantity: integer('quantity').notNull(),
    /** Label sheet layout chosen at order time (see LABEL_LAYOUTS in src/domain/stamps). */
    labelLayout: text('label_layout').notNull().default('a4-24'),
    orderedBy: uuid('ordered_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('stamp_batches_product_lot_idx').on(table.productId, table.lot),
    index('stamp_batches_gtin_lot_idx').on(table.gtin14, table.lot),
    index('stamp_batches_producer_idx').on(table.producerId),
  ],
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
    status: text('status', { enum: ['active', 'deactivated', 'reported'] })
      .notNull()
      .default('active'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    scanCount: integer('scan_count').notNull().default(0),
    firstScannedAt: timestamp('first_scanned_at', { withTimezone: true }),
    lastScannedAt: timestamp('last_scanned_at', { withTimezone: true }),
    /** Flagged by clone detection and not dismissed since (see src/domain/stamps/copy-flag.ts). */
    isPossibleCopy: boolean('is_possible_copy').notNull().default(false),
    /** Many networks over several regions: the public page warns shoppers unless the flag is dismissed. */
    hasStrongCopySignal: boolean('has_strong_copy_signal').notNull().default(false),
    /** The standing office's review of the current flag: null until reviewed. */
    copyReview: text('copy_review', { enum: ['confirmed', 'dismissed'] }),
    copyReviewReason: text('copy_review_reason'),
    copyReviewedAt: timestamp('copy_reviewed_at', { withTimezone: true }),
    copyReviewedBy: uuid('copy_reviewed_by').references(() => accounts.id),
  },
  (table) => [index('stamps_batch_position_idx').on(table.batchId, table.position)],
);

/**
 * Lượt quét — one resolution: when, from which coarse network (hashed), what kind of device.
 * Partitioned by month of `scanned_at` (migration 0030; drizzle-kit cannot declare partitions, so
 * the key includes `scanned_at`, as PostgreSQL requires): `scan_events_yYYYYmMM` per month, created
 * ahead by the daily `scan-partitions` job, and `scan_events_default` for anything else. An old
 * month is detached and archived as docs/operations/scale.md describes.
 */
export const scanEvents = pgTable(
  'scan_events',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    serial: text('serial').notNull(),
    batchId: uuid('batch_id').notNull(),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
    networkHash: text('network_hash').notNull(),
    userAgentClass: text('user_agent_class').notNull(),
  },
  // No index by stamp: nothing reads a stamp's scans from here (its counters are on `stamps`,
  // clone detection reads `stamp_scan_windows`), and every scan would pay for one.
  (table) => [primaryKey({ columns: [table.id, table.scannedAt] })],
);

/**
 * Lượt quét được tính — the scans clone detection counts: one row per stamp, coarse network and
 * recount period (one hour by default), however often that network scanned within it.
 */
export const stampScanWindows = pgTable(
  'stamp_scan_windows',
  {
    serial: text('serial').notNull(),
    networkHash: text('network_hash').notNull(),
    /** Hash of the coarser region (IPv4 /16, IPv6 /32) the network lies in. */
    regionHash: text('region_hash').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.serial, table.periodStart, table.networkHash] })],
);

/**
 * Tra cứu mã không tồn tại — resolver look-ups of serials nobody issued, and requests refused by
 * the per-network limit, counted per coarse network, province (of the lot, when known) and hour:
 * what serial enumeration leaves behind, for the standing office. Never one row per request.
 */
export const stampLookupMisses = pgTable(
  'stamp_lookup_misses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    networkHash: text('network_hash').notNull(),
    /** The province of the product and lot named in the URI; null for short URIs and refused requests. */
    provinceUnitId: uuid('province_unit_id').references(() => adminUnits.id),
    hourStart: timestamp('hour_start', { withTimezone: true }).notNull(),
    misses: integer('misses').notNull().default(0),
    throttled: integer('throttled').notNull().default(0),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('stamp_lookup_misses_key')
      .on(table.networkHash, table.provinceUnitId, table.hourStart)
      .nullsNotDistinct(),
    index('stamp_lookup_misses_hour_idx').on(table.hourStart),
  ],
);

/**
 * A label sheet PDF generated by the label job worker: `pending` until a server process claims it,
 * `running` while that process keeps `heartbeatAt` fresh (a stale heartbeat means the process died
 * and another claims the job again), then `completed` with the PDF in the blob store, or `failed`.
 */
export const stampLabelJobs = pgTable(
  'stamp_label_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => stampBatches.id),
    status: text('status', { enum: ['pending', 'running', 'completed', 'failed'] }).notNull(),
    /** Which server process holds the job, and when it last said it is alive. */
    claimedBy: text('claimed_by'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }),
    processed: integer('processed').notNull().default(0),
    total: integer('total').notNull(),
    fileSha256: text('file_sha256'),
    /** The URIs printed: GS1 Digital Link as is, or compressed (GS1 compression: a shorter text). */
    uriForm: text('uri_form', { enum: ['uncompressed', 'compressed'] })
      .notNull()
      .default('uncompressed'),
    failureMessage: text('failure_message'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('stamp_label_jobs_batch_idx').on(table.batchId),
    index('stamp_label_jobs_status_idx').on(table.status, table.createdAt),
  ],
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
    status: text('status', { enum: ['new', 'reviewed'] })
      .notNull()
      .default('new'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('stamp_reports_province_idx').on(table.provinceUnitId, table.createdAt)],
);
