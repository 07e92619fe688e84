import { z } from 'zod';

/** RFC 9457 problem details, as every error of the API is returned. */
export const ProblemOutput = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED'),
    detail: z.string().describe('Vietnamese message'),
    detailEn: z.string().describe('English message'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string(), messageEn: z.string() }))
      .optional()
      .describe('Per-field problems for validation errors'),
  })
  .meta({ id: 'Problem' });
export type ProblemOutput = z.infer<typeof ProblemOutput>;

/** The problem responses most routes can give, for OpenAPI. */
export const commonErrorResponses = {
  400: ProblemOutput,
  401: ProblemOutput,
  403: ProblemOutput,
  404: ProblemOutput,
  409: ProblemOutput,
} as const;

export const IdParams = z.object({ id: z.uuid() });
export type IdParams = z.infer<typeof IdParams>;
