/**
 * Zod contracts of the periodic reports to the level above (báo cáo kết quả thực hiện Chương trình
 * OCOP, 6 months and year): generate, edit the narrative, submit, reopen, list, compare, export.
 */
import { z } from 'zod';
import { REPORT_PERIODS, REPORT_STATUSES } from '../domain/reports/report-workflow';
import { fileResponse, queryInt32, versionField } from './shared.contracts';

const Year = z.number().int().min(2000).max(2100);
const QueryYear = z.coerce.number().int().min(2000).max(2100);
const Narrative = (max: number) => z.string().trim().max(max);

export const GenerateReportInput = z
  .object({
    unitId: z.uuid().describe('The unit reporting (the standing office’s own province)'),
    year: Year,
    period: z.enum(REPORT_PERIODS).describe('half_year: 6 tháng đầu năm; year: cả năm'),
  })
  .meta({ id: 'GenerateReportInput' });
export type GenerateReportInput = z.infer<typeof GenerateReportInput>;

export const ReportNarrativeSchema = z.object({
  summary: Narrative(20_000).describe('Kết quả nổi bật'),
  tradePromotion: Narrative(20_000).describe('Xúc tiến thương mại'),
  difficulties: Narrative(20_000).describe('Khó khăn, vướng mắc'),
  proposals: Narrative(20_000).describe('Đề xuất, kiến nghị'),
});

export const UpdateReportInput = z
  .object({
    revision: versionField(),
    narrative: ReportNarrativeSchema.partial(),
  })
  .meta({ id: 'UpdateReportInput' });
export type UpdateReportInput = z.infer<typeof UpdateReportInput>;

export const SubmitReportInput = z.object({ revision: versionField() }).meta({ id: 'SubmitReportInput' });
export type SubmitReportInput = z.infer<typeof SubmitReportInput>;

export const ReopenReportInput = z
  .object({ reason: z.string().trim().min(5).max(2000).describe('Lý do mở lại (ghi vào nhật ký)') })
  .meta({ id: 'ReopenReportInput' });
export type ReopenReportInput = z.infer<typeof ReopenReportInput>;

const Stars = z.object({
  stars3: z.number().int(),
  stars4: z.number().int(),
  stars5: z.number().int(),
  total: z.number().int(),
});

export const ReportFiguresOutput = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    asOf: z.string(),
    valid: Stars,
    issued: Stars,
    byGroup: z.array(Stars.extend({ group: z.number().int(), nameVi: z.string() })),
    movements: z.object({
      newlyCertified: z.number().int(),
      upgraded: z.number().int(),
      reEvaluated: z.number().int(),
      revoked: z.number().int(),
      expired: z.number().int(),
    }),
    plan: z
      .object({
        planId: z.uuid(),
        basedOnVersion: z.number().int(),
        targets: z.array(
          z.object({
            code: z.string(),
            labelVi: z.string(),
            unit: z.enum(['count', 'percent', 'vnd']),
            target: z.number().nullable(),
            actual: z.number().nullable(),
            percent: z.number().nullable(),
          }),
        ),
      })
      .nullable(),
    tradePromotion: z.object({
      tradeEvents: z.number().int(),
      trainingCourses: z.number().int(),
      pointsOfSale: z.number().int(),
    }),
  })
  .meta({ id: 'ReportFigures' });

const UnitRef = z.object({ id: z.uuid(), name: z.string(), level: z.string() });

export const ReportSummaryOutput = z.object({
  id: z.uuid(),
  unit: UnitRef,
  year: z.number().int(),
  period: z.enum(REPORT_PERIODS),
  title: z.string(),
  status: z.enum(REPORT_STATUSES),
  revision: z.number().int(),
  submittedVersion: z.number().int(),
  generatedAt: z.string(),
  submittedAt: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
});

export const ReportOutput = ReportSummaryOutput.extend({
  figures: ReportFiguresOutput,
  narrative: ReportNarrativeSchema,
  versions: z.array(z.object({ version: z.number().int(), submittedAt: z.string() })),
  /** What the caller may do now (edit and submit: the unit's office; reopen: the level above). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), reopen: z.boolean() }),
}).meta({ id: 'Report' });
export type ReportOutput = z.infer<typeof ReportOutput>;

export const ListReportsQuery = z.object({
  year: QueryYear.optional(),
  period: z.enum(REPORT_PERIODS).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type ListReportsQuery = z.infer<typeof ListReportsQuery>;

export const ListReportsOutput = z
  .object({ items: z.array(ReportSummaryOutput), total: z.number().int() })
  .meta({ id: 'ReportList' });
export type ListReportsOutput = z.infer<typeof ListReportsOutput>;

export const ReportSubmissionsQuery = z.object({
  year: QueryYear,
  period: z.enum(REPORT_PERIODS),
  unitId: z.uuid().optional().describe('The unit whose child units are listed; default: the caller’s unit'),
});
export type ReportSubmissionsQuery = z.infer<typeof ReportSubmissionsQuery>;

/** The level above's view: every unit below, whether it submitted, its figures side by side, the sum. */
export const ReportSubmissionsOutput = z
  .object({
    unit: UnitRef,
    year: z.number().int(),
    period: z.enum(REPORT_PERIODS),
    units: z.array(
      z.object({
        unit: UnitRef,
        status: z.enum(['missing', ...REPORT_STATUSES]),
        reportId: z.uuid().nullable(),
        submittedAt: z.string().nullable(),
        submittedVersion: z.number().int(),
        /** The submitted snapshot (the last version), null before any submission. */
        figures: ReportFiguresOutput.nullable(),
      }),
    ),
    submittedCount: z.number().int(),
    aggregate: z.object({
      reports: z.number().int(),
      valid: Stars,
      issued: Stars,
      byGroup: z.array(Stars.extend({ group: z.number().int(), nameVi: z.string() })),
      movements: ReportFiguresOutput.shape.movements,
      tradePromotion: ReportFiguresOutput.shape.tradePromotion,
    }),
  })
  .meta({ id: 'ReportSubmissions' });
export type ReportSubmissionsOutput = z.infer<typeof ReportSubmissionsOutput>;

export const ReportExportQuery = z.object({
  format: z.enum(['xlsx', 'pdf']).default('xlsx'),
  version: queryInt32().positive().optional().describe('A submitted version; default: the current text'),
});
export type ReportExportQuery = z.infer<typeof ReportExportQuery>;

export const ReportFileOutput = fileResponse('Excel (.xlsx) or PDF', [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/pdf',
]);
