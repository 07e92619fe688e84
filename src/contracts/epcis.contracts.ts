import { z } from 'zod';

/** An EPCIS 2.0 JSON-LD document (GS1 EPCIS 2.0 JSON schema), passed through as built. */
export const EpcisDocumentOutput = z
  .record(z.string(), z.unknown())
  .describe('Tài liệu EPCIS 2.0 (JSON-LD) / an EPCIS 2.0 document (JSON-LD)')
  .meta({ id: 'EpcisDocument' });

export const EpcisQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe('Từ thời điểm (ISO 8601) / events at or after'),
  to: z.iso.datetime({ offset: true }).optional().describe('Đến thời điểm (ISO 8601) / events at or before'),
  productId: z.uuid().optional().describe('Chỉ sản phẩm này / one product only'),
  eventType: z
    .enum(['commissioning', 'decommissioning', 'certification'])
    .optional()
    .describe('Loại sự kiện: phát hành tem, vô hiệu tem, thay đổi chứng nhận / event type'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const EpcisQueryOutput = z
  .object({
    total: z.number().int().describe('Số sự kiện khớp / matching events'),
    document: EpcisDocumentOutput,
  })
  .meta({ id: 'EpcisQueryOutput' });
