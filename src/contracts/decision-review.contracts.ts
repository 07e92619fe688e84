/**
 * The leader's review of a recognition decision (issue 17): return with a reason, the office's
 * amendment and resubmission. One zod schema per endpoint, shared by the routes and the web forms.
 */
import { z } from 'zod';
import { versionField } from './shared.contracts';

/** Trả lại dự thảo — the leader's reason is mandatory (it is what the office will act on). */
export const ReturnDecisionInput = z
  .object({
    version: versionField(),
    reason: z.string().trim().min(5).max(2000),
  })
  .meta({ id: 'ReturnDecisionInput' });
export type ReturnDecisionInput = z.infer<typeof ReturnDecisionInput>;

/** Sửa dự thảo — only the fields given change; `resultIds` draws the products again. */
export const AmendDecisionInput = z
  .object({
    version: versionField(),
    number: z.string().trim().min(1).max(60).optional().describe('Số quyết định, e.g. 1234/QĐ-UBND'),
    signedOn: z.iso.date().optional(),
    titleVi: z.string().trim().min(1).max(500).optional(),
    legalBases: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
    resultIds: z
      .array(z.uuid())
      .min(1)
      .max(500)
      .optional()
      .describe('The round results the decision certifies (replaces its products)'),
  })
  .meta({ id: 'AmendDecisionInput' });
export type AmendDecisionInput = z.infer<typeof AmendDecisionInput>;

/** Trình lại — the returned draft goes back to the leader. */
export const ResubmitDecisionInput = z
  .object({ version: versionField() })
  .meta({ id: 'ResubmitDecisionInput' });
export type ResubmitDecisionInput = z.infer<typeof ResubmitDecisionInput>;
