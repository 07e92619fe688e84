import { z } from 'zod';
import { UploadEvidenceFields } from '../../contracts/evidence.contracts';
import type { EvidenceType } from '../../domain/registry/evidence-types';

/** Evidence upload form values: text boxes and date boxes hold strings, empty means "not given". */
export interface EvidenceFormValues {
  documentType: EvidenceType | '';
  title: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
  productId: string;
  file: File | null;
}

export const EVIDENCE_FIELDS = [
  'documentType',
  'title',
  'issuer',
  'issuedOn',
  'validUntil',
  'productId',
  'file',
] as const;

/** File types the API recognises from the content (the `accept` of the file box). */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp';
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,.webp';

/** Same contract as the server, plus the one file. */
export const EvidenceUploadSchema = z.intersection(
  UploadEvidenceFields,
  z.object({
    file: z.custom<File>((value) => value instanceof File, { message: 'Hãy chọn tệp / Choose a file' }),
  }),
);

export function toEvidenceFields(values: EvidenceFormValues): Record<string, unknown> {
  const entries = Object.entries(values).filter(
    ([key, value]) => key === 'file' || (typeof value === 'string' && value.trim() !== ''),
  );
  return Object.fromEntries(entries);
}

/** The multipart body of uploadEvidence: the fields, then the `file` part. */
export function evidenceFormData(input: z.output<typeof EvidenceUploadSchema>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) {
    if (key !== 'file' && typeof value === 'string') form.append(key, value);
  }
  form.append('file', input.file, input.file.name);
  return form;
}
