/**
 * Consultancy links (quan hệ tư vấn): who advised which producer, and when — recorded by the
 * standing office and read as a conflict-of-interest hint when that person scores the producer.
 */
import { z } from 'zod';

const IsoDate = z.iso.date();

export const CreateConsultancyLinkInput = z
  .object({
    accountId: z.uuid().describe('The account (future council member) who advised'),
    producerId: z.uuid().describe('The producer (chủ thể) advised'),
    validFrom: IsoDate.describe('Start of the consultancy'),
    validTo: IsoDate.nullable().optional().describe('End of the consultancy; empty while it continues'),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu / the end date must not precede the start date',
  })
  .meta({ id: 'CreateConsultancyLinkInput' });
export type CreateConsultancyLinkInput = z.infer<typeof CreateConsultancyLinkInput>;

export const ConsultancyLinkOutput = z
  .object({
    accountId: z.uuid(),
    accountName: z.string(),
    producerId: z.uuid(),
    producerName: z.string(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    note: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ConsultancyLink' });
export type ConsultancyLinkOutput = z.infer<typeof ConsultancyLinkOutput>;

export const ListConsultancyLinksQuery = z.object({
  accountId: z.uuid().optional(),
  producerId: z.uuid().optional(),
});
export const ListConsultancyLinksOutput = z.object({ items: z.array(ConsultancyLinkOutput) });
