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
