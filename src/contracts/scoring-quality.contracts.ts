/** Zod contracts of a council's scoring quality (per member: deviation, z-scores, re-scoring). */
import { z } from 'zod';

export const ScoringQualityOutput = z
  .object({
    council: z.object({ id: z.uuid(), name: z.string() }),
    members: z.array(
      z.object({
        memberId: z.uuid(),
        fullName: z.string(),
        role: z.string(),
        productsScored: z.number().int(),
        meanDeviation: z.number().describe('Điểm lệch trung bình so với điểm bình quân của hội đồng'),
        meanAbsoluteDeviation: z.number(),
        meanZ: z.number(),
        rounds: z.array(
          z.object({
            roundId: z.uuid(),
            roundName: z.string(),
            meetingOn: z.string(),
            meanZ: z.number(),
            products: z.number().int(),
          }),
        ),
        rescoredShare: z.number().describe('Tỷ lệ sản phẩm phải chấm lại (0–1)'),
        isFlagged: z.boolean().describe('Lệch xa hội đồng ở phần lớn các đợt: cần xem xét'),
      }),
    ),
  })
  .meta({ id: 'ScoringQuality' });
export type ScoringQualityOutput = z.infer<typeof ScoringQualityOutput>;
