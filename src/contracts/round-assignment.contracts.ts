/** Round set-up: the standing office changes which members score a product (issue 17). */
import { z } from 'zod';

/** Phân công thành viên chấm một sản phẩm — replaces the product's assignment before the round opens. */
export const SetRoundProductMembersInput = z
  .object({
    memberIds: z
      .array(z.uuid())
      .min(1)
      .max(50)
      .describe('Council members (chair, vice-chair or member) who score this product'),
  })
  .meta({ id: 'SetRoundProductMembersInput' });
export type SetRoundProductMembersInput = z.infer<typeof SetRoundProductMembersInput>;

/** The council's scoring members for one product, each with the conflict-of-interest hints found. */
export const RoundProductMemberChoicesOutput = z
  .object({
    items: z.array(
      z.object({
        memberId: z.uuid(),
        isAssigned: z.boolean(),
        conflicts: z.array(z.object({ code: z.string(), messageVi: z.string(), messageEn: z.string() })),
      }),
    ),
  })
  .meta({ id: 'RoundProductMemberChoices' });
export type RoundProductMemberChoicesOutput = z.infer<typeof RoundProductMemberChoicesOutput>;
