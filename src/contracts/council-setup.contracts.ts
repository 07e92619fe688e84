/**
 * What the standing office needs to set up a council that the evaluation contracts do not carry:
 * the accounts that can take a scoring seat.
 */
import { z } from 'zod';

export const CouncilCandidatesQuery = z.object({
  unitId: z.uuid().describe('The council’s unit (province or nation)'),
});

export const CouncilCandidatesOutput = z.object({
  items: z.array(
    z.object({
      accountId: z.uuid(),
      username: z.string(),
      displayName: z.string(),
      roles: z.array(z.enum(['council_member', 'council_chair'])),
    }),
  ),
});
export type CouncilCandidatesOutput = z.infer<typeof CouncilCandidatesOutput>;
