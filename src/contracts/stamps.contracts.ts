import { z } from 'zod';
import { queryInt32 } from './shared.contracts';
import { MAX_STAMPS_PER_BATCH } from '../domain/stamps/stamp-status';
import { isValidLot } from '../domain/stamps/digital-link';
import { COPY_FLAG_DECISIONS, COPY_FLAG_STATES } from '../domain/stamps/copy-flag';
import { DEFAULT_LABEL_LAYOUT, LABEL_LAYOUT_IDS } from '../domain/stamps/label-layouts';

const IsoDate = z.iso.date();

/**
 * POST /api/v1/stamp-batches — order N stamps for one lot of a product with a valid certificate.
 * `expiryDate` (hạn sử dụng) may be left out only for a product set whose goods carry none
 * (`isExpiryDateRequired`); the server answers 400 on `expiryDate` otherwise.
 */
export const OrderStampBatchInput = z
  .object({
    productId: z.uuid(),
    lot: z.string().trim().refine(isValidLot, {
      message: 'Số lô: 1–20 ký tự chữ không dấu, số, - . / _ (GS1) / lot: 1–20 GS1 characters',
    }),
    productionDate: IsoDate,
    expiryDate: IsoDate.optional(),
    quantity: z.number().int().min(1).max(MAX_STAMPS_PER_BATCH),
    /** Label sheet layout (LABEL_LAYOUTS); the 24-per-sheet A4 when absent. */
    labelLayout: z.enum(LABEL_LAYOUT_IDS).default(DEFAULT_LABEL_LAYOUT),
  })
  .refine((v) => v.expiryDate === undefined || v.expiryDate >= v.productionDate, {
    path: ['expiryDate'],
    message: 'Hạn sử dụng phải sau ngày sản xuất / expiry must follow production',
  })
  .meta({ id: 'OrderStampBatchInput' });
export type OrderStampBatchInput = z.infer<typeof OrderStampBatchInput>;
export type OrderStampBatchFormInput = z.input<typeof OrderStampBatchInput>;

export const StampBatchOutput = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    productName: z.string(),
    producerId: z.uuid(),
    producerName: z.string(),
    certificateNumber: z.string(),
    gtin14: z.string().nullable(),
    lot: z.string(),
    productionDate: IsoDate,
    /** Null for a product set whose goods carry no expiry date. */
    expiryDate: IsoDate.nullable(),
    quantity: z.number().int(),
    labelLayout: z.enum(LABEL_LAYOUT_IDS),
    /** Example URI (the first stamp) — GS1 Digital Link or short form. */
    sampleUri: z.string(),
    createdAt: z.string(),
    scans: z.object({
      scannedStamps: z.number().int(),
      totalScans: z.number().int(),
      possibleCopies: z.number().int(),
      deactivated: z.number().int(),
      reported: z.number().int(),
    }),
  })
  .meta({ id: 'StampBatch' });
export type StampBatchOutput = z.infer<typeof StampBatchOutput>;

/** Without `productId`: every batch the account may read (its producers', or its province's). */
export const ListStampBatchesQuery = z.object({ productId: z.uuid().optional() });
export const ListStampBatchesOutput = z.object({ items: z.array(StampBatchOutput) });

export const StampOutput = z
  .object({
    serial: z.string(),
    uri: z.string(),
    position: z.number().int(),
    status: z.enum(['active', 'deactivated', 'reported']),
    statusReason: z.string().nullable(),
    scanCount: z.number().int(),
    firstScannedAt: z.string().nullable(),
    isPossibleCopy: z.boolean(),
    /** The "possible copy" flag and its review by the standing office (COPY_FLAG_STATES). */
    copyFlag: z.enum(COPY_FLAG_STATES),
    /** Shoppers see the warning: a confirmed flag, or an open one with a strong signal. */
    hasPublicCopyWarning: z.boolean(),
    copyReviewReason: z.string().nullable(),
    copyReviewedAt: z.string().nullable(),
  })
  .meta({ id: 'Stamp' });
export const ListBatchStampsQuery = z.object({
  offset: queryInt32().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  flaggedOnly: z.enum(['true', 'false']).optional(),
});
export const ListBatchStampsOutput = z.object({ items: z.array(StampOutput), total: z.number().int() });

export const SerialParams = z.object({ serial: z.string().min(1).max(40) });

/** POST /api/v1/stamps/:serial/flag-review — the standing office confirms or dismisses a "possible copy" flag. */
export const ReviewStampFlagInput = z
  .object({
    decision: z.enum(COPY_FLAG_DECISIONS),
    reason: z.string().trim().min(3).max(500),
  })
  .meta({ id: 'ReviewStampFlagInput' });
export type ReviewStampFlagInput = z.infer<typeof ReviewStampFlagInput>;

/** GET /api/v1/stamp-lookup-misses — look-ups of unknown serials and refused requests, per network. */
export const ListStampLookupMissesQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(7),
});
export const StampLookupMissOutput = z
  .object({
    /** The start of the salted hash of the coarse network (IPv4 /24, IPv6 /48): never an address. */
    network: z.string(),
    /** Province of the product and lot in the URIs tried; null for short URIs and refused requests. */
    provinceName: z.string().nullable(),
    misses: z.number().int(),
    throttled: z.number().int(),
    /** Hours in which this network tried unknown serials or was refused. */
    hours: z.number().int(),
    firstAt: z.string(),
    lastAt: z.string(),
  })
  .meta({ id: 'StampLookupMiss' });
export const ListStampLookupMissesOutput = z.object({
  days: z.number().int(),
  items: z.array(StampLookupMissOutput),
});
export type StampLookupMissOutput = z.infer<typeof StampLookupMissOutput>;
export type ListStampLookupMissesOutput = z.infer<typeof ListStampLookupMissesOutput>;
export const DeactivateStampInput = z
  .object({ reason: z.string().trim().min(3).max(500) })
  .meta({ id: 'DeactivateStampInput' });

export const LabelJobOutput = z
  .object({
    id: z.uuid(),
    batchId: z.uuid(),
    status: z.enum(['pending', 'running', 'completed', 'failed']),
    processed: z.number().int(),
    total: z.number().int(),
    /** The URIs printed: GS1 Digital Link as is, or compressed (GS1 compression: a shorter text). */
    uriForm: z.enum(['uncompressed', 'compressed']),
    downloadUrl: z.string().nullable(),
    failureMessage: z.string().nullable(),
  })
  .meta({ id: 'StampLabelJob' });

/** POST /api/v1/stamp-batches/{id}/label-jobs — the URI form to print (uncompressed without a body). */
export const StartLabelJobInput = z
  .object({
    uriForm: z
      .enum(['uncompressed', 'compressed'])
      .default('uncompressed')
      .describe(
        'Địa chỉ in trên tem: đầy đủ, hoặc dạng nén GS1 (ngắn hơn) / GS1 Digital Link URIs as they are, or compressed (shorter)',
      ),
  })
  // No body at all (as before the choice existed) prints uncompressed URIs.
  .nullish();

export const LatestLabelJobOutput = z.object({
  job: LabelJobOutput.nullable(),
  /** A stamp was deactivated after this job was queued: its sheets still carry it; ask for new ones. */
  outdated: z.boolean(),
});

/** GET /api/v1/stamp-products — products the account may order stamps for, and why some may not. */
export const StampableProductOutput = z
  .object({
    productId: z.uuid(),
    productName: z.string(),
    producerName: z.string(),
    certificate: z
      .object({
        number: z.string(),
        status: z.enum(['valid', 'expired', 'revoked', 'superseded']),
        validUntil: IsoDate,
      })
      .nullable(),
    canOrder: z.boolean(),
    /** Whether an order must give the lot's expiry date (false for handicrafts, ornamental plants…). */
    isExpiryDateRequired: z.boolean(),
    /** Why stamps cannot be ordered (null when they can). */
    reasonVi: z.string().nullable(),
    reasonEn: z.string().nullable(),
  })
  .meta({ id: 'StampableProduct' });
export const ListStampableProductsOutput = z.object({ items: z.array(StampableProductOutput) });
export type StampableProductOutput = z.infer<typeof StampableProductOutput>;

export const StampReportOutput = z
  .object({
    id: z.uuid(),
    stampPath: z.string(),
    serial: z.string().nullable(),
    productName: z.string().nullable(),
    message: z.string(),
    placeOfPurchase: z.string(),
    contact: z.string(),
    hasPhoto: z.boolean(),
    photoUrl: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'StampReport' });
export const ListStampReportsOutput = z.object({ items: z.array(StampReportOutput) });
export type LabelJobOutput = z.infer<typeof LabelJobOutput>;
export type LatestLabelJobOutput = z.infer<typeof LatestLabelJobOutput>;
export type StampOutput = z.infer<typeof StampOutput>;
export type StampReportOutput = z.infer<typeof StampReportOutput>;
export type ListStampableProductsOutput = z.infer<typeof ListStampableProductsOutput>;
