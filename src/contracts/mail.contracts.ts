import { z } from 'zod';
import { queryInt32 } from './shared.contracts';

export const OutboxMessageOutput = z
  .object({
    id: z.uuid(),
    recipient: z.string(),
    subject: z.string(),
    textBody: z.string(),
    unitId: z.uuid().nullable(),
    status: z.enum(['pending', 'sent', 'failed', 'not_sent']).describe('not_sent: no SMTP server configured'),
    error: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessageOutput = z.infer<typeof OutboxMessageOutput>;

export const ListOutboxQuery = z.object({
  recipient: z.string().trim().max(300).optional(),
  status: z.enum(['pending', 'sent', 'failed', 'not_sent']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type ListOutboxQuery = z.infer<typeof ListOutboxQuery>;

export const ListOutboxOutput = z.object({ items: z.array(OutboxMessageOutput), total: z.number().int() });
