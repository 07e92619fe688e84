import { z } from 'zod';
import { queryInt32 } from './shared.contracts';
import { EVIDENCE_TYPES } from '../domain/registry/evidence-types';

const IsoDate = z.iso.date();

/**
 * The form fields of an evidence upload (multipart/form-data, beside the one `file` part). Fields
 * arrive as strings: empty strings mean "not given".
 */
export const UploadEvidenceFields = z
  .object({
    documentType: z.enum(EVIDENCE_TYPES),
    title: z.string().trim().min(1).max(300),
    issuer: z.string().trim().max(300).optional(),
    issuedOn: IsoDate.optional(),
    validUntil: IsoDate.optional(),
    productId: z.uuid().optional(),
  })
  .refine((value) => !value.issuedOn || !value.validUntil || value.issuedOn <= value.validUntil, {
    path: ['validUntil'],
    message: 'Ngày hết hạn phải sau ngày cấp / valid-until must not be before the issue date',
  })
  .meta({ id: 'UploadEvidenceFields' });
export type UploadEvidenceFields = z.infer<typeof UploadEvidenceFields>;

export const EvidenceValidity = z.enum(['valid', 'expiring_soon', 'expired', 'no_expiry']);

export const EvidenceOutput = z
  .object({
    id: z.uuid(),
    producerId: z.uuid(),
    productId: z.uuid().nullable(),
    documentType: z.enum(EVIDENCE_TYPES),
    documentTypeLabel: z.string(),
    title: z.string(),
    issuer: z.string().nullable(),
    issuedOn: z.string().nullable(),
    validUntil: z.string().nullable(),
    validity: EvidenceValidity,
    isExpiringSoon: z.boolean().describe('valid-until within the warning window (30 days)'),
    fileName: z.string(),
    mediaType: z.string().describe('Recognised from the content, not from the file name'),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    downloadUrl: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Evidence' });
export type EvidenceOutput = z.infer<typeof EvidenceOutput>;

export const ListEvidenceQuery = z.object({
  producerId: z.uuid().optional(),
  productId: z.uuid().optional(),
  documentType: z.enum(EVIDENCE_TYPES).optional(),
  validity: z
    .enum(['expiring_soon', 'expired', 'valid'])
    .optional()
    .describe(
      'valid: no expiry or beyond the warning window; expiring_soon: valid-until within 30 days; expired: before today',
    ),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Words of the title or issuer; case, diacritics and tone marks ignored'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type ListEvidenceQuery = z.infer<typeof ListEvidenceQuery>;

/** One page (`limit` from `offset`, newest first; soonest expiry first with `validity`) and the total. */
export const ListEvidenceOutput = z.object({ items: z.array(EvidenceOutput), total: z.number().int() });

/** What an upload may be: the size limit of this deployment (UPLOAD_MAX_MB) and the accepted types. */
export const EvidenceUploadPolicyOutput = z
  .object({
    maxBytes: z.number().int().positive(),
    maxMegabytes: z.number().positive().describe('maxBytes in MiB, as UPLOAD_MAX_MB was set'),
    acceptedExtensions: z.array(z.string()).describe('Recognised from the content, e.g. pdf, jpg, docx'),
    acceptedMediaTypes: z.array(z.string()),
  })
  .meta({ id: 'EvidenceUploadPolicy' });
export type EvidenceUploadPolicyOutput = z.infer<typeof EvidenceUploadPolicyOutput>;
