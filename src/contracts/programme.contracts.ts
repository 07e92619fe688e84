import { z } from 'zod';
import { queryInt32, versionField } from './shared.contracts';
import { COMPUTED_METRICS } from '../domain/programme/indicator.types';
import {
  ACTIVITY_STATUSES,
  BUDGET_SOURCES,
  PLAN_SECTION_KINDS,
  PLAN_STATUSES,
  PROPOSAL_STATUSES,
} from '../domain/programme/programme.types';
import { REVIEW_DECISIONS } from '../domain/programme/proposal-workflow';

/**
 * Zod contracts of the programme endpoints (OCOP cycle steps 2–3, yearly plans, targets and
 * progress), shared by the server routes and the web forms.
 */

const Text = (max: number) => z.string().trim().max(max);
const Year = z.number().int().min(2018).max(2100).describe('Năm kế hoạch / plan year');
const QueryYear = z.coerce.number().int().min(2018).max(2100);
const Vnd = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Đồng (VND)');
const Page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
};
const Review = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  reason: z.string(),
  byName: z.string(),
  at: z.string(),
});

// ── product ideas ───────────────────────────────────────────────────────────
const IdeaFields = z.object({
  productName: Text(300).min(1).describe('Tên sản phẩm dự kiến'),
  productSet: z.number().int().min(1).max(99).describe('Bộ sản phẩm (1–26 theo Quyết định 148)'),
  description: Text(5000).default(''),
  rawMaterialArea: Text(1000).default('').describe('Vùng nguyên liệu'),
  rawMaterialAreaHectares: z.number().min(0).max(1_000_000).nullable().default(null),
  market: Text(2000).default('').describe('Thị trường dự kiến'),
  novelty: Text(3000).default('').describe('Điểm mới, đặc trưng địa phương'),
  packaging: Text(500).default(''),
});

export const CreateProductIdeaInput = IdeaFields.extend({
  producerId: z.uuid(),
  year: Year,
}).meta({ id: 'CreateProductIdeaInput', description: 'Đăng ký ý tưởng sản phẩm' });
export type CreateProductIdeaInput = z.infer<typeof CreateProductIdeaInput>;

export const UpdateProductIdeaInput = IdeaFields.extend({ version: versionField() }).meta({
  id: 'UpdateProductIdeaInput',
});
export type UpdateProductIdeaInput = z.infer<typeof UpdateProductIdeaInput>;

export const ReviewInput = z
  .object({
    version: versionField(),
    decision: z.enum(REVIEW_DECISIONS),
    reason: Text(4000).optional().describe('Required to ask for changes or to decline'),
  })
  .meta({
    id: 'ProposalReviewInput',
    description: 'Xã xem xét: chấp thuận / đề nghị sửa / không chấp thuận',
  });
export type ReviewInput = z.infer<typeof ReviewInput>;

export const ProductIdeaOutput = z
  .object({
    id: z.uuid(),
    producerId: z.uuid(),
    producerName: z.string(),
    communeId: z.uuid(),
    communeName: z.string(),
    year: z.number().int(),
    productName: z.string(),
    productSet: z.number().int(),
    description: z.string(),
    rawMaterialArea: z.string(),
    rawMaterialAreaHectares: z.number().nullable(),
    market: z.string(),
    novelty: z.string(),
    packaging: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    lastReview: Review.nullable(),
    productId: z.uuid().nullable(),
    dossierId: z.uuid().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ProductIdea' });
export type ProductIdeaOutput = z.infer<typeof ProductIdeaOutput>;

export const ListProposalsQuery = z.object({
  year: QueryYear.optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  producerId: z.uuid().optional(),
  ...Page,
});
export type ListProposalsQuery = z.infer<typeof ListProposalsQuery>;
export const ListProductIdeasOutput = z.object({
  items: z.array(ProductIdeaOutput),
  total: z.number().int(),
});
export type ListProductIdeasOutput = z.infer<typeof ListProductIdeasOutput>;

export const StartDossierFromIdeaOutput = z
  .object({ ideaId: z.uuid(), productId: z.uuid(), dossierId: z.uuid() })
  .meta({ id: 'StartDossierFromIdeaOutput' });

// ── business plans ──────────────────────────────────────────────────────────
const BusinessPlanFields = z.object({
  investmentVnd: Vnd.describe('Tổng vốn đầu tư (đồng)'),
  annualCapacity: z.number().min(0).max(1e12).nullable().default(null),
  capacityUnit: Text(50).default(''),
  market: Text(2000).default(''),
  supportNeeded: Text(3000).default('').describe('Nhu cầu hỗ trợ'),
  summary: Text(5000).default(''),
});

export const CreateBusinessPlanInput = BusinessPlanFields.extend({ ideaId: z.uuid() }).meta({
  id: 'CreateBusinessPlanInput',
  description: 'Phương án / dự án sản xuất kinh doanh của một ý tưởng',
});
export type CreateBusinessPlanInput = z.infer<typeof CreateBusinessPlanInput>;

export const UpdateBusinessPlanInput = BusinessPlanFields.extend({ version: versionField() }).meta({
  id: 'UpdateBusinessPlanInput',
});
export type UpdateBusinessPlanInput = z.infer<typeof UpdateBusinessPlanInput>;

export const BusinessPlanOutput = z
  .object({
    id: z.uuid(),
    ideaId: z.uuid(),
    productName: z.string(),
    producerId: z.uuid(),
    producerName: z.string(),
    communeId: z.uuid(),
    communeName: z.string(),
    year: z.number().int(),
    investmentVnd: z.number().int(),
    annualCapacity: z.number().nullable(),
    capacityUnit: z.string(),
    market: z.string(),
    supportNeeded: z.string(),
    summary: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    lastReview: Review.nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'BusinessPlan' });
export type BusinessPlanOutput = z.infer<typeof BusinessPlanOutput>;
export const ListBusinessPlansOutput = z.object({
  items: z.array(BusinessPlanOutput),
  total: z.number().int(),
});
export type ListBusinessPlansOutput = z.infer<typeof ListBusinessPlansOutput>;

// ── registered products of the year ─────────────────────────────────────────
export const ListRegisteredProductsQuery = z.object({
  year: QueryYear,
  unitId: z.uuid().optional().describe('A commune or province; default: everything the caller sees'),
  ...Page,
});
export const RegisteredProductOutput = z.object({
  ideaId: z.uuid(),
  productName: z.string(),
  productSet: z.number().int(),
  producerId: z.uuid(),
  producerName: z.string(),
  communeId: z.uuid(),
  communeName: z.string(),
  businessPlanStatus: z.enum(PROPOSAL_STATUSES).nullable(),
  dossierId: z.uuid().nullable(),
});
export const ListRegisteredProductsOutput = z
  .object({ year: z.number().int(), items: z.array(RegisteredProductOutput), total: z.number().int() })
  .meta({
    id: 'RegisteredProducts',
    description: 'Danh sách sản phẩm đăng ký tham gia Chương trình OCOP trong năm',
  });
export type ListRegisteredProductsOutput = z.infer<typeof ListRegisteredProductsOutput>;

// ── yearly plans ────────────────────────────────────────────────────────────
export const BudgetLineSchema = z.object({
  source: z.enum(BUDGET_SOURCES),
  plannedVnd: Vnd,
  spentVnd: Vnd.default(0),
});
export const PlanActivitySchema = z.object({
  title: Text(500).min(1),
  responsibleAgency: Text(300).default(''),
  timing: z
    .string()
    .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, 'Thời gian: YYYY-Qn hoặc YYYY-MM / timing: YYYY-Qn or YYYY-MM')
    .describe('Quý (2026-Q3) hoặc tháng (2026-07)'),
  budget: z.array(BudgetLineSchema).max(20).default([]),
  status: z.enum(ACTIVITY_STATUSES).default('not_started'),
});
export const PlanSectionSchema = z.object({
  kind: z.enum(PLAN_SECTION_KINDS),
  title: Text(300).default(''),
  activities: z.array(PlanActivitySchema).max(100).default([]),
});
export const PlanTargetSchema = z.object({
  indicatorCode: Text(80).min(1),
  target: z.number().min(0).max(1_000_000),
  note: Text(1000).default(''),
});
export const PlanContentSchema = z
  .object({
    title: Text(500).min(1),
    legalBasis: z.array(Text(500).min(1)).max(50).default([]),
    goals: Text(10_000).default(''),
    sections: z.array(PlanSectionSchema).max(30).default([]),
    targets: z.array(PlanTargetSchema).max(60).default([]),
  })
  .meta({ id: 'PlanContent', description: 'Nội dung kế hoạch OCOP' });
export type PlanContentSchema = z.infer<typeof PlanContentSchema>;

export const CreatePlanInput = z
  .object({ unitId: z.uuid(), year: Year, content: PlanContentSchema })
  .meta({ id: 'CreatePlanInput', description: 'Dự thảo kế hoạch OCOP năm của một đơn vị' });
export type CreatePlanInput = z.infer<typeof CreatePlanInput>;

export const UpdatePlanInput = z
  .object({ version: versionField(), content: PlanContentSchema })
  .meta({ id: 'UpdatePlanInput' });
export type UpdatePlanInput = z.infer<typeof UpdatePlanInput>;

export const ApprovePlanInput = z
  .object({
    version: versionField(),
    decisionNumber: Text(100).min(1).describe('Số quyết định / văn bản phê duyệt'),
    decisionDate: z.iso.date(),
    amendmentReason: Text(2000).optional().describe('Lý do điều chỉnh (when approving an amendment)'),
  })
  .meta({ id: 'ApprovePlanInput' });
export type ApprovePlanInput = z.infer<typeof ApprovePlanInput>;

export const AmendPlanInput = z.object({ version: versionField() }).meta({ id: 'AmendPlanInput' });
export type AmendPlanInput = z.infer<typeof AmendPlanInput>;

export const PlanVersionSummary = z.object({
  number: z.number().int(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  amendmentReason: z.string(),
  approvedByName: z.string(),
  approvedAt: z.string(),
});

export const PlanOutput = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    unitLevel: z.string(),
    year: z.number().int(),
    catalogueVersionId: z.string(),
    status: z.enum(PLAN_STATUSES),
    content: PlanContentSchema,
    approvedVersion: z.number().int(),
    versions: z.array(PlanVersionSummary),
    canEdit: z.boolean(),
    canApprove: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Plan' });
export type PlanOutput = z.infer<typeof PlanOutput>;

export const PlanVersionParams = z.object({
  id: z.uuid(),
  number: z.coerce.number().int().min(1).max(2_147_483_647),
});
export const PlanVersionOutput = PlanVersionSummary.extend({
  planId: z.uuid(),
  content: PlanContentSchema,
}).meta({ id: 'PlanVersion' });
export type PlanVersionOutput = z.infer<typeof PlanVersionOutput>;

export const ListPlansQuery = z.object({ year: QueryYear.optional(), unitId: z.uuid().optional(), ...Page });
export type ListPlansQuery = z.infer<typeof ListPlansQuery>;
export const PlanSummaryOutput = PlanOutput.pick({
  id: true,
  unitId: true,
  unitName: true,
  unitLevel: true,
  year: true,
  status: true,
  approvedVersion: true,
  version: true,
}).extend({ title: z.string() });
export const ListPlansOutput = z.object({ items: z.array(PlanSummaryOutput), total: z.number().int() });
export type ListPlansOutput = z.infer<typeof ListPlansOutput>;

export const PlanActualParams = z.object({ id: z.uuid(), indicatorCode: Text(80).min(1) });
export const RecordPlanActualInput = z
  .object({
    value: z.number().min(0).max(1e12),
    note: Text(2000).min(1).describe('Ghi chú: nguồn số liệu'),
    evidence: Text(1000).default('').describe('Minh chứng (số văn bản, đường dẫn)'),
  })
  .meta({
    id: 'RecordPlanActualInput',
    description: 'Số liệu thực hiện nhập tay của một chỉ tiêu hệ thống không tự tính',
  });
export type RecordPlanActualInput = z.infer<typeof RecordPlanActualInput>;

// ── progress ────────────────────────────────────────────────────────────────
export const IndicatorProgressOutput = z.object({
  indicatorCode: z.string(),
  vi: z.string(),
  en: z.string(),
  unit: z.enum(['count', 'percent', 'vnd']),
  source: z.enum(['computed', 'manual', 'children']),
  planned: z.number(),
  actual: z.number().nullable(),
  percent: z.number().nullable(),
  isMet: z.boolean().nullable(),
  note: z.string(),
});

export interface PlanProgressShape {
  planId: string;
  unitId: string;
  unitName: string;
  year: number;
  basedOnVersion: number;
  asOf: string;
  indicators: z.infer<typeof IndicatorProgressOutput>[];
  children: PlanProgressShape[];
}
export const PlanProgressOutput: z.ZodType<PlanProgressShape> = z
  .object({
    planId: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    year: z.number().int(),
    basedOnVersion: z.number().int().describe('Approved version the targets come from (0: the draft)'),
    asOf: z.string().describe('Day the computed figures are counted up to'),
    indicators: z.array(IndicatorProgressOutput),
    get children() {
      return z.array(PlanProgressOutput).describe("Progress of the child units' plans of the same year");
    },
  })
  .meta({ id: 'PlanProgress' });
export type PlanProgressOutput = PlanProgressShape;

export const IndicatorCatalogueOutput = z
  .object({
    id: z.string(),
    validFrom: z.string(),
    indicators: z.array(
      z.object({
        code: z.string(),
        vi: z.string(),
        en: z.string(),
        unit: z.enum(['count', 'percent', 'vnd']),
        source: z.enum(['computed', 'manual']),
        metric: z.enum(COMPUTED_METRICS).nullable(),
      }),
    ),
  })
  .meta({ id: 'IndicatorCatalogue' });
export type IndicatorCatalogueOutput = z.infer<typeof IndicatorCatalogueOutput>;
