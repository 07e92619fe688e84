import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import {
  AttachMarketCasePhotoFields,
  CloseMarketCaseInput,
  CreateMarketCaseInput,
  InvestigateMarketCaseInput,
  LinkMarketCaseReportsInput,
  ListMarketCasesOutput,
  ListMarketCasesQuery,
  ListSuspectedFakeReportsOutput,
  ListSuspectedFakeReportsQuery,
  MarketCaseOutput,
  MarketCasePhotoParams,
} from '../../../contracts/market-cases.contracts';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import type { Action } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { readMultipartUpload, uploadMaxBytesOf } from '../../files/read-multipart';
import { sendStoredFileAsDownload } from '../../files/send-download';
import { vietnamToday } from '../../jobs/job-definition';
import { enforceRequiredPermissions } from '../../route-permission';
import { attachMarketCasePhoto } from './attach-market-case-photo';
import { closeMarketCase } from './close-market-case';
import { createMarketCase } from './create-market-case';
import { investigateMarketCase } from './investigate-market-case';
import { linkMarketCaseReports } from './link-market-case-reports';
import { listMarketCases, listSuspectedFakeReports } from './list-market-cases';
import { loadMarketCase } from './market-case-access';
import { presentMarketCase, presentReport } from './market-case-presenter';

const tags = ['market-cases'];

/**
 * Market surveillance (giám sát thị trường): cases of products sold as OCOP that are not, for the
 * inspectors and the standing office of the unit of the place, linked to shoppers' reports.
 */
export async function marketCaseRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  const maxBytes = uploadMaxBytesOf(app.deps.config);
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5 } });
  enforceRequiredPermissions(app);
  const ctx = (request: FastifyRequest, action: Action) => ({
    db: dbOf(request),
    audit: auditContextOf(request, action),
    actor: requireActor(request),
    now: now(),
  });
  const fresh = async (request: FastifyRequest, id: string) => {
    const db = dbOf(request);
    return presentMarketCase(db, await loadMarketCase(db, requireActor(request), id), vietnamToday(now()));
  };

  app.post(
    '/api/v1/market-cases',
    {
      config: { requiredPermission: 'market_case.manage' },
      schema: {
        operationId: 'createMarketCase',
        tags,
        summary: 'Lập vụ việc sản phẩm giả danh OCOP / open a market-surveillance case',
        body: CreateMarketCaseInput,
        response: { 201: MarketCaseOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { id } = await createMarketCase({ ...ctx(request, 'market_case.manage'), input: request.body });
      return reply.status(201).send(await fresh(request, id));
    },
  );

  app.get(
    '/api/v1/market-cases',
    {
      config: { requiredPermission: 'market_case.read' },
      schema: {
        operationId: 'listMarketCases',
        tags,
        querystring: ListMarketCasesQuery,
        response: { 200: ListMarketCasesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { rows, total } = await listMarketCases({
        db: dbOf(request),
        actor: requireActor(request),
        query: request.query,
      });
      return {
        items: rows.map(({ marketCase: c, unitName, reportCount }) => ({
          id: c.id,
          unitName,
          sellerName: c.sellerName,
          placeAddress: c.placeAddress,
          observedOn: c.observedOn,
          claimedProduct: c.claimedProduct,
          status: c.status,
          conclusion: c.conclusion,
          createdAt: c.createdAt.toISOString(),
          reportCount,
          photoCount: c.photos.length,
        })),
        total,
      };
    },
  );

  app.get(
    '/api/v1/market-cases/:id',
    {
      config: { requiredPermission: 'market_case.read' },
      schema: {
        operationId: 'getMarketCase',
        tags,
        params: IdParams,
        response: { 200: MarketCaseOutput, ...commonErrorResponses },
      },
    },
    async (request) => fresh(request, request.params.id),
  );

  app.post(
    '/api/v1/market-cases/:id/reports',
    {
      config: { requiredPermission: 'market_case.manage' },
      schema: {
        operationId: 'linkMarketCaseReports',
        tags,
        summary: 'Gắn báo cáo nghi tem giả vào vụ việc / link suspected-fake reports',
        params: IdParams,
        body: LinkMarketCaseReportsInput,
        response: { 200: MarketCaseOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await linkMarketCaseReports({
        ...ctx(request, 'market_case.manage'),
        caseId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/market-cases/:id/investigate',
    {
      config: { requiredPermission: 'market_case.manage' },
      schema: {
        operationId: 'investigateMarketCase',
        tags,
        summary: 'Ghi kết quả xác minh / record what the verification found',
        params: IdParams,
        body: InvestigateMarketCaseInput,
        response: { 200: MarketCaseOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await investigateMarketCase({
        ...ctx(request, 'market_case.manage'),
        caseId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/market-cases/:id/close',
    {
      config: { requiredPermission: 'market_case.manage' },
      schema: {
        operationId: 'closeMarketCase',
        tags,
        summary: 'Kết thúc vụ việc với kết luận / close the case with a conclusion',
        params: IdParams,
        body: CloseMarketCaseInput,
        response: { 200: MarketCaseOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await closeMarketCase({
        ...ctx(request, 'market_case.manage'),
        caseId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/market-cases/:id/photos',
    {
      config: { requiredPermission: 'market_case.manage' },
      schema: {
        operationId: 'attachMarketCasePhoto',
        tags,
        summary: 'Ảnh nơi bán, kệ hàng, bao bì / a photo of the place, shelf or package',
        description: 'multipart/form-data: `file` (JPEG, PNG, WebP, PDF) + optional `caption`',
        consumes: ['multipart/form-data'],
        multipartFields: AttachMarketCasePhotoFields,
        params: IdParams,
        response: { 201: MarketCaseOutput, ...commonErrorResponses, 413: ProblemOutput, 415: ProblemOutput },
      },
    },
    async (request, reply) => {
      const upload = await readMultipartUpload(request, maxBytes);
      await attachMarketCasePhoto({
        ...ctx(request, 'market_case.manage'),
        blobs,
        caseId: request.params.id,
        upload,
      });
      return reply.status(201).send(await fresh(request, request.params.id));
    },
  );

  app.get(
    '/api/v1/market-cases/:id/photos/:sha256',
    {
      config: { requiredPermission: 'market_case.read' },
      schema: {
        operationId: 'downloadMarketCasePhoto',
        tags,
        params: MarketCasePhotoParams,
        description: 'The file, as an attachment with the type recognised at upload.',
      },
    },
    async (request, reply) => {
      const found = await loadMarketCase(dbOf(request), requireActor(request), request.params.id);
      const photo = found.marketCase.photos.find((p) => p.sha256 === request.params.sha256);
      if (!photo) throw notFound('tệp', 'File');
      return sendStoredFileAsDownload(reply, blobs, photo);
    },
  );

  app.get(
    '/api/v1/market-case-reports',
    {
      config: { requiredPermission: 'market_case.manage' },
      schema: {
        operationId: 'listSuspectedFakeReports',
        tags,
        summary: 'Báo cáo nghi tem giả có thể gắn vào vụ việc / reports a case may be linked to',
        querystring: ListSuspectedFakeReportsQuery,
        response: { 200: ListSuspectedFakeReportsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { rows, total } = await listSuspectedFakeReports({
        db: dbOf(request),
        actor: requireActor(request),
        query: request.query,
      });
      return { items: rows.map((r) => ({ ...presentReport(r), caseIds: r.caseIds })), total };
    },
  );
}
