/**
 * Zod contracts of 5★ candidates (ứng viên sản phẩm 5 sao) and their support plans, shared by the
 * server routes and the web forms.
 */
import { z } from 'zod';
import {
  CANDIDATE_ACTIONS,
  CANDIDATE_ORIGINS,
  CANDIDATE_STATUSES,
} from '../domain/candidates/candidate-workflow';
import { queryInt32 } from './shared.contracts';

/** An amount in VND (đồng): whole, not negative, below a thousand trillion. */
const Vnd = z.number().int().min(0).max(999_999_999_999_999);

export const CandidateListQuery = z.object({
  unitId: z.uuid().optional().describe('Chỉ tỉnh này / only this province'),
  status: z.enum(CANDIDATE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type CandidateListQuery = z.infer<typeof CandidateListQuery>;

export const SuggestionListQuery = z.object({
  unitId: z.uuid().optional().describe('Chỉ tỉnh này / only this province'),
});
export type SuggestionListQuery = z.infer<typeof SuggestionListQuery>;

const FailedCriterion = z.object({ criterionCode: z.string(), star: z.number().int(), titleVi: z.string() });

/** The product's last adopted result (kết quả đánh giá), with what blocks 5★. */
export const CandidateLastResult = z
  .object({
    resultId: z.uuid(),
    roundName: z.string(),
    roundLevel: z.string(),
    adoptedAt: z.iso.datetime(),
    mean: z.number(),
    stars: z.number().int().nullable(),
    pointsMissingForFiveStar: z.number(),
    failedCriteria: z.array(FailedCriterion).describe('Tiêu chí bắt buộc chưa đạt, chặn 5 sao'),
  })
  .meta({ id: 'CandidateLastResult' });
export type CandidateLastResult = z.infer<typeof CandidateLastResult>;

export const FiveStarSuggestion = z
  .object({
    productId: z.uuid(),
    productName: z.string(),
    producerName: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    lastResult: CandidateLastResult,
  })
  .meta({ id: 'FiveStarSuggestion' });
export const ListFiveStarSuggestionsOutput = z
  .object({ items: z.array(FiveStarSuggestion) })
  .meta({ id: 'ListFiveStarSuggestionsOutput' });
export type ListFiveStarSuggestionsOutput = z.infer<typeof ListFiveStarSuggestionsOutput>;

export const CreateFiveStarCandidateInput = z
  .object({
    productId: z.uuid(),
    origin: z.enum(CANDIDATE_ORIGINS).describe('suggestion: từ kết quả ≥ 90 điểm; decision: theo quyết định'),
    reason: z.string().trim().max(2000).optional().describe('Lý do (bắt buộc khi chọn theo quyết định)'),
  })
  .refine((v) => v.origin !== 'decision' || (v.reason ?? '').length > 0, {
    path: ['reason'],
    message: 'Cần nêu lý do khi chọn theo quyết định / a reason is required for a decision',
  })
  .meta({ id: 'CreateFiveStarCandidateInput' });
export type CreateFiveStarCandidateInput = z.infer<typeof CreateFiveStarCandidateInput>;

export const CandidateImprovement = z.object({
  criterionCode: z.string().trim().min(1).max(40),
  action: z.string().trim().min(1).max(2000).describe('Việc cần cải thiện'),
});

export const UpdateCandidateSupportPlanInput = z
  .object({
    consultantId: z.uuid().nullable(),
    budgetVnd: Vnd.nullable(),
    deadline: z.iso.date().nullable(),
    improvements: z.array(CandidateImprovement).max(100),
    planNote: z.string().trim().max(4000).optional(),
    version: z.number().int().min(1),
  })
  .refine((v) => new Set(v.improvements.map((i) => i.criterionCode)).size === v.improvements.length, {
    path: ['improvements'],
    message: 'Mỗi tiêu chí chỉ ghi một lần / each criterion once',
  })
  .meta({ id: 'UpdateCandidateSupportPlanInput' });
export type UpdateCandidateSupportPlanInput = z.infer<typeof UpdateCandidateSupportPlanInput>;

export const AdvanceFiveStarCandidateInput = z
  .object({
    action: z.enum(
      CANDIDATE_ACTIONS.filter((a) => a !== 'plan-support') as ['submit', 'record-result', 'drop'],
    ),
    note: z.string().trim().max(2000).optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'AdvanceFiveStarCandidateInput' });
export type AdvanceFiveStarCandidateInput = z.infer<typeof AdvanceFiveStarCandidateInput>;

export const FiveStarCandidateOutput = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    productName: z.string(),
    producerName: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    origin: z.enum(CANDIDATE_ORIGINS),
    reason: z.string(),
    status: z.enum(CANDIDATE_STATUSES),
    statusVi: z.string(),
    allowedActions: z.array(z.enum(CANDIDATE_ACTIONS)),
    consultant: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    budgetVnd: z.number().nullable(),
    deadline: z.string().nullable(),
    improvements: z.array(CandidateImprovement),
    planNote: z.string(),
    statusNote: z.string(),
    lastResult: CandidateLastResult.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'FiveStarCandidateOutput' });
export type FiveStarCandidateOutput = z.infer<typeof FiveStarCandidateOutput>;

export const ListFiveStarCandidatesOutput = z
  .object({ items: z.array(FiveStarCandidateOutput), total: z.number().int() })
  .meta({ id: 'ListFiveStarCandidatesOutput' });
export type ListFiveStarCandidatesOutput = z.infer<typeof ListFiveStarCandidatesOutput>;
