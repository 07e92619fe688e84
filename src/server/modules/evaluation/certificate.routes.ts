import type { FastifyRequest } from 'fastify';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import {
  CertificateHistoryOutput,
  CertificateOutput,
  ListCertificatesOutput,
  ListCertificatesQuery,
  ReplaceCertificateInput,
} from '../../../contracts/evaluation.contracts';
import { PdfOutput } from '../../../contracts/rubrics.contracts';
import { fileResponse } from '../../../contracts/shared.contracts';
import { renderSignedCertificatesPdf } from '../../documents/signing/signed-certificates-pdf';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { certificatePdfDataOf, presentCertificate } from './certificate.presenter';
import { replaceCertificate } from './replace-certificate';
import { certificateListWorkbook } from './certificate-list.xlsx';
import { listCertificates } from './list-certificates';
import { getCertificateHistory } from './get-certificate-history';
import { loadCertificateFor } from './certificate-access';

const tags = ['certificates'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XlsxOutput = fileResponse('Excel (.xlsx)', [XLSX_TYPE]);
/** Rows an export holds at most (a province has a few thousand certificates). */
const EXPORT_MAX_ROWS = 50_000;

/** The certificate if the actor may do `action` on it (NOT_FOUND / FORBIDDEN otherwise). */
async function certificateFor(
  request: FastifyRequest,
  id: string,
  action: 'certificate.read' | 'certificate.issue',
) {
  const actor = requireActor(request);
  return loadCertificateFor({ db: dbOf(request), actor, certificateId: id, action });
}

/**
 * Certificates: read, PDF (producer and issuing office), replace on correction. Revocation goes
 * through proposals and a leader-approved decision (revocations module).
 */
export async function certificateRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const today = () => now().toISOString().slice(0, 10);
  const base = () => app.deps.config.publicBaseUrl;

  app.get(
    '/api/v1/certificates',
    {
      schema: {
        operationId: 'listCertificates',
        tags,
        querystring: ListCertificatesQuery,
        response: { 200: ListCertificatesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { query } = request;
      const { rows, total } = await listCertificates({
        db: dbOf(request),
        actor: requireActor(request),
        query,
        today: today(),
      });
      const items = rows.map((row) => presentCertificate(row, today(), base()));
      return { items, total, limit: query.limit, offset: query.offset };
    },
  );

  app.get(
    '/api/v1/certificates/export',
    {
      schema: {
        operationId: 'exportCertificates',
        tags,
        summary: 'Danh sách giấy chứng nhận (Excel) / certificate list as Excel, same filters',
        querystring: ListCertificatesQuery.omit({ limit: true, offset: true }),
        response: { 200: XlsxOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { rows } = await listCertificates({
        db: dbOf(request),
        actor: requireActor(request),
        query: { ...request.query, limit: EXPORT_MAX_ROWS, offset: 0 },
        today: today(),
      });
      const workbook = await certificateListWorkbook(
        rows.map((row) => presentCertificate(row, today(), base())),
      );
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="giay-chung-nhan-${today()}.xlsx"`)
        .send(workbook);
    },
  );

  app.get(
    '/api/v1/certificates/:id',
    {
      schema: {
        operationId: 'getCertificate',
        tags,
        params: IdParams,
        response: { 200: CertificateOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { row } = await certificateFor(request, request.params.id, 'certificate.read');
      return presentCertificate(row, today(), base());
    },
  );

  app.get(
    '/api/v1/certificates/:id/history',
    {
      schema: {
        operationId: 'getCertificateHistory',
        tags,
        summary: 'Lịch sử giấy chứng nhận / certificate history',
        params: IdParams,
        response: { 200: CertificateHistoryOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { row } = await certificateFor(request, request.params.id, 'certificate.read');
      return getCertificateHistory({ db: dbOf(request), certificate: row });
    },
  );

  app.get(
    '/api/v1/certificates/:id/pdf',
    {
      schema: {
        operationId: 'getCertificatePdf',
        tags,
        summary: 'Giấy chứng nhận (PDF, mã QR) / certificate PDF with QR code',
        params: IdParams,
        response: { 200: PdfOutput, 401: ProblemOutput, 403: ProblemOutput, 404: ProblemOutput },
      },
    },
    async (request, reply) => {
      const { row } = await certificateFor(request, request.params.id, 'certificate.read');
      const pdf = await renderSignedCertificatesPdf({
        db: dbOf(request),
        config: app.deps.config,
        items: [{ ...certificatePdfDataOf(row, today(), base()), decisionId: row.decisionId }],
        now: now(),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="giay-chung-nhan-${row.number}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/certificates/:id/replace',
    {
      schema: {
        operationId: 'replaceCertificate',
        tags,
        summary: 'Đính chính: cấp giấy mới thay thế / correction with a new number',
        params: IdParams,
        body: ReplaceCertificateInput,
        response: { 201: CertificateOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { row, scope } = await certificateFor(request, request.params.id, 'certificate.issue');
      const created = await replaceCertificate({
        db: dbOf(request),
        audit: auditContextOf(request, 'certificate.issue', { unitPath: scope.issuerUnitPath }),
        certificate: row,
        issuer: scope.issuer,
        input: request.body,
        now: now(),
      });
      return reply.status(201).send(presentCertificate(created, today(), base()));
    },
  );
}
