import type { FastifyRequest } from 'fastify';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import {
  GenerateReportInput,
  ListReportsOutput,
  ListReportsQuery,
  ReopenReportInput,
  ReportExportQuery,
  ReportFileOutput,
  ReportOutput,
  ReportSubmissionsOutput,
  ReportSubmissionsQuery,
  SubmitReportInput,
  UpdateReportInput,
} from '../../../contracts/reports.contracts';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { exportReport } from './export-report';
import { generateReport } from './generate-report';
import { getReport } from './get-report';
import { listReportSubmissions } from './list-report-submissions';
import { listReports } from './list-reports';
import { reopenReport } from './reopen-report';
import { submitReport } from './submit-report';
import { updateReport } from './update-report';

const tags = ['reports'];
const read = { requiredPermission: 'report.read' } as const;
const manage = { requiredPermission: 'report.manage' } as const;
const reopen = { requiredPermission: 'report.reopen' } as const;
const ok = (schema: typeof ReportOutput) => ({ 200: schema, ...commonErrorResponses });

/** Periodic reports to the level above: generate, write, submit (frozen), reopen from above, compare, export. */
export async function reportRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const reader = (request: FastifyRequest) => ({ db: dbOf(request), actor: requireActor(request) });
  const writer = (request: FastifyRequest, action: 'report.manage' | 'report.reopen') => ({
    ...reader(request),
    audit: auditContextOf(request, action),
    now: app.deps.clock(),
  });
  const fresh = (request: FastifyRequest, reportId: string) => getReport({ ...reader(request), reportId });

  app.post(
    '/api/v1/reports',
    {
      config: manage,
      schema: {
        operationId: 'generateReport',
        tags,
        summary: 'Lập (hoặc tính lại số liệu) báo cáo 6 tháng / năm / generate the periodic report',
        body: GenerateReportInput,
        response: ok(ReportOutput),
      },
    },
    async (request) =>
      fresh(request, await generateReport({ ...writer(request, 'report.manage'), input: request.body })),
  );
  app.get(
    '/api/v1/reports',
    {
      config: read,
      schema: {
        operationId: 'listReports',
        tags,
        querystring: ListReportsQuery,
        response: { 200: ListReportsOutput, ...commonErrorResponses },
      },
    },
    async (request) => listReports({ ...reader(request), query: request.query }),
  );
  app.get(
    '/api/v1/reports/submissions',
    {
      config: read,
      schema: {
        operationId: 'listReportSubmissions',
        tags,
        summary:
          'Tình hình gửi báo cáo của các đơn vị cấp dưới, so sánh và tổng hợp / who submitted, side by side, summed',
        querystring: ReportSubmissionsQuery,
        response: { 200: ReportSubmissionsOutput, ...commonErrorResponses },
      },
    },
    async (request) => listReportSubmissions({ ...reader(request), query: request.query }),
  );
  app.get(
    '/api/v1/reports/:id',
    {
      config: read,
      schema: { operationId: 'getReport', tags, params: IdParams, response: ok(ReportOutput) },
    },
    async (request) => fresh(request, request.params.id),
  );
  app.patch(
    '/api/v1/reports/:id',
    {
      config: manage,
      schema: {
        operationId: 'updateReport',
        tags,
        summary: 'Sửa phần thuyết minh của báo cáo chưa gửi / edit the text of an unsubmitted report',
        params: IdParams,
        body: UpdateReportInput,
        response: ok(ReportOutput),
      },
    },
    async (request) => {
      await updateReport({
        ...writer(request, 'report.manage'),
        reportId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );
  app.post(
    '/api/v1/reports/:id/submit',
    {
      config: manage,
      schema: {
        operationId: 'submitReport',
        tags,
        summary: 'Gửi báo cáo lên cấp trên (khóa báo cáo) / submit to the level above (freezes it)',
        params: IdParams,
        body: SubmitReportInput,
        response: ok(ReportOutput),
      },
    },
    async (request) => {
      await submitReport({
        ...writer(request, 'report.manage'),
        reportId: request.params.id,
        revision: request.body.revision,
      });
      return fresh(request, request.params.id);
    },
  );
  app.post(
    '/api/v1/reports/:id/reopen',
    {
      config: reopen,
      schema: {
        operationId: 'reopenReport',
        tags,
        summary: 'Cấp trên mở lại báo cáo đã gửi, nêu lý do / the level above reopens a submitted report',
        params: IdParams,
        body: ReopenReportInput,
        response: ok(ReportOutput),
      },
    },
    async (request) => {
      await reopenReport({
        ...writer(request, 'report.reopen'),
        reportId: request.params.id,
        reason: request.body.reason,
      });
      return fresh(request, request.params.id);
    },
  );
  app.get(
    '/api/v1/reports/:id/export',
    {
      config: read,
      schema: {
        operationId: 'exportReport',
        tags,
        summary: 'Tải báo cáo (Excel hoặc PDF theo mẫu) / download as Excel or PDF',
        params: IdParams,
        querystring: ReportExportQuery,
        response: { 200: ReportFileOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportReport({
        ...reader(request),
        reportId: request.params.id,
        format: request.query.format,
        version: request.query.version,
        now: app.deps.clock(),
      });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.bytes);
    },
  );
}
