import { z } from 'zod';

/**
 * Body of the chair's close-scoring and adopt-results calls. Before the round's meeting date the
 * server refuses both with OVERRIDE_REQUIRED unless `reason` says why (recorded in the audit log).
 * The body may be left out on or after the meeting date.
 */
export const ChairRoundActionInput = z
  .object({
    reason: z.string().trim().min(5).max(1000).optional().describe('Why, when before the meeting date'),
  })
  .meta({ id: 'ChairRoundActionInput' });
export type ChairRoundActionInput = z.infer<typeof ChairRoundActionInput>;
