import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import { PdfOutput } from '../../../contracts/rubrics.contracts';
import {
  DeactivateStampInput,
  LabelJobOutput,
  LatestLabelJobOutput,
  ListBatchStampsOutput,
  ListStampableProductsOutput,
  ListBatchStampsQuery,
  ListStampBatchesOutput,
  ListStampBatchesQuery,
  ListStampLookupMissesOutput,
  ListStampLookupMissesQuery,
  ListStampReportsOutput,
  OrderStampBatchInput,
  ReviewStampFlagInput,
  SerialParams,
  StartLabelJobInput,
  StampBatchOutput,
  StampOutput,
} from '../../../contracts/stamps.contracts';
import { findStampBatch } from '../../../db/repositories/stamp-batches.repository';
import {
  findLabelJob,
  findLastStampDeactivation,
  findLatestLabelJob,
  type StampLabelJobRow,
} from '../../../db/repositories/stamp-label-jobs.repository';
import { findStampReportPhoto, listStampReports } from '../../../db/repositories/stamp-reports.repository';
import {
  findStamp,
  findStampInScope,
  listBatchStamps,
  listLookupMisses,
} from '../../../db/repositories/stamps.repository';
import { can, scopesFor } from '../../../domain/access/permissions';
import { DomainError, notFound } from '../../../domain/errors';
import { normalizeSerial } from '../../../domain/stamps/stamp-serial';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { deactivateStamp } from './deactivate-stamp';
import { orderStampBatch } from './order-stamp-batch';
import { LABEL_SHEET_TASK } from './label-sheet.task';
import { findJobQueue } from '../../jobs/queue-of-app';
import { listStampableProducts } from './list-stampable-products';
import { isLabelJobOutdated, requestLabelJob } from './request-label-job';
import { authorizeProductStamps, memberOf, type StampAction } from './stamp-access';
import { presentStampBatches } from './stamp-batch.presenter';
import { lookupMissRecorderOf } from './lookup-miss-recorder';
import { reviewStampFlag } from './review-stamp-flag';
import { enforceRequiredPermissions } from '../../route-permission';
import { presentStamp } from './stamp.presenter';
import { visibleBatchesCondition } from './stamp-visibility';

const tags = ['stamps'];

async function batchFor(request: FastifyRequest, id: string, action: StampAction) {
  const batch = await findStampBatch(dbOf(request), id);
  if (!batch) throw notFound('lô tem', 'Stamp batch');
  const access = await authorizeProductStamps(request, batch.productId, action);
  return { batch, ...access };
}

function presentJob(job: StampLabelJobRow) {
  return {
    id: job.id,
    batchId: job.batchId,
    status: job.status,
    processed: job.processed,
    total: job.total,
    uriForm: job.uriForm,
    downloadUrl: job.status === 'completed' ? `/api/v1/stamp-label-jobs/${job.id}/pdf` : null,
    failureMessage: job.failureMessage,
  };
}

/** Stamp batches (order, list, stamps, label sheets), deactivation, and reports of suspected fakes. */
export async function stampRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const base = () => app.deps.config.publicBaseUrl;
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  enforceRequiredPermissions(app);

  app.post(
    '/api/v1/stamp-batches',
    {
      schema: {
        operationId: 'orderStampBatch',
        tags,
        summary: 'Đặt tem cho một lô hàng / order stamps for a lot',
        body: OrderStampBatchInput,
        response: { 201: StampBatchOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { actor, scope } = await authorizeProductStamps(request, request.body.productId, 'stamp.order');
      const db = dbOf(request);
      const { batch } = await orderStampBatch({
        db,
        audit: auditContextOf(request, 'stamp.order', { unitPath: scope.producerUnitPath }),
        input: request.body,
        product: scope.product,
        provinceUnitId: scope.provinceUnitId,
        accountId: actor.accountId,
        now: now(),
      });
      const [out] = await presentStampBatches(db, { batchId: batch.id }, base());
      return reply.status(201).send(out!);
    },
  );

  app.get(
    '/api/v1/stamp-batches',
    {
      schema: {
        operationId: 'listStampBatches',
        tags,
        summary: 'Lô tem của sản phẩm, hoặc mọi lô được xem / batches of a product, or every visible batch',
        querystring: ListStampBatchesQuery,
        response: { 200: ListStampBatchesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { productId } = request.query;
      if (productId) {
        await authorizeProductStamps(request, productId, 'stamp.read');
        return {
          items: await presentStampBatches(dbOf(request), { productId }, base()),
        };
      }
      const visible = visibleBatchesCondition(requireActor(request), await memberOf(request));
      return { items: visible ? await presentStampBatches(dbOf(request), { visible }, base()) : [] };
    },
  );

  app.get(
    '/api/v1/stamp-products',
    {
      schema: {
        operationId: 'listStampableProducts',
        tags,
        summary: 'Sản phẩm được đặt tem và lý do nếu không / products stamps may be ordered for, and why not',
        response: { 200: ListStampableProductsOutput, ...commonErrorResponses },
      },
    },
    async (request) => ({
      items: await listStampableProducts({
        db: dbOf(request),
        actor: requireActor(request),
        memberOf: await memberOf(request),
        today: now().toISOString().slice(0, 10),
      }),
    }),
  );

  app.get(
    '/api/v1/stamp-batches/:id',
    {
      schema: {
        operationId: 'getStampBatch',
        tags,
        params: IdParams,
        response: { 200: StampBatchOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { batch } = await batchFor(request, request.params.id, 'stamp.read');
      const [out] = await presentStampBatches(dbOf(request), { batchId: batch.id }, base());
      return out!;
    },
  );

  app.get(
    '/api/v1/stamp-batches/:id/stamps',
    {
      schema: {
        operationId: 'listBatchStamps',
        tags,
        summary: 'Tem của lô: lượt quét, nghi sao chép / stamps with scan counts and flags',
        params: IdParams,
        querystring: ListBatchStampsQuery,
        response: { 200: ListBatchStampsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { batch } = await batchFor(request, request.params.id, 'stamp.read');
      const { rows, total } = await listBatchStamps(dbOf(request), {
        batchId: batch.id,
        isFlaggedOnly: request.query.flaggedOnly === 'true',
        offset: request.query.offset,
        limit: request.query.limit,
      });
      return { items: rows.map((s) => presentStamp(s, batch, base())), total };
    },
  );

  app.post(
    '/api/v1/stamp-batches/:id/label-jobs',
    {
      schema: {
        operationId: 'startStampLabelJob',
        tags,
        summary:
          'Tạo tờ tem PDF (chạy nền, dùng lại tờ đã tạo) / generate label sheets in the background, reusing a finished one',
        params: IdParams,
        body: StartLabelJobInput,
        response: { 200: LabelJobOutput, 202: LabelJobOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { batch, actor, scope } = await batchFor(request, request.params.id, 'stamp.read');
      const { job, isNew } = await requestLabelJob({
        db: dbOf(request),
        audit: auditContextOf(request, 'stamp.read', { unitPath: scope.producerUnitPath }),
        batchId: batch.id,
        accountId: actor.accountId,
        uriForm: request.body?.uriForm ?? 'uncompressed',
        now: now(),
      });
      // A queueing failure leaves the row pending: the next server start queues it.
      if (isNew)
        await findJobQueue(app.deps)
          ?.enqueue(LABEL_SHEET_TASK, { labelJobId: job.id }, { id: job.id })
          .catch((error: unknown) => request.log.error({ err: error }, 'label job not queued'));
      return reply.status(job.status === 'completed' ? 200 : 202).send(presentJob(job));
    },
  );

  app.get(
    '/api/v1/stamp-batches/:id/label-job',
    {
      schema: {
        operationId: 'getLatestStampLabelJob',
        tags,
        summary: 'Tờ tem gần nhất của lô / the latest label sheet job of a batch',
        params: IdParams,
        response: { 200: LatestLabelJobOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { batch } = await batchFor(request, request.params.id, 'stamp.read');
      const job = await findLatestLabelJob(dbOf(request), batch.id);
      if (!job) return { job: null, outdated: false };
      // The screen polls while a job works; whether it is outdated matters (and is read) once it has finished.
      const isFinished = job.status === 'completed' || job.status === 'failed';
      return {
        job: presentJob(job),
        outdated:
          isFinished && isLabelJobOutdated(job, await findLastStampDeactivation(dbOf(request), batch.id)),
      };
    },
  );

  const jobFor = async (request: FastifyRequest, id: string) => {
    const job = await findLabelJob(dbOf(request), id);
    if (!job) throw notFound('tờ tem', 'Label job');
    await batchFor(request, job.batchId, 'stamp.read');
    return job;
  };

  app.get(
    '/api/v1/stamp-label-jobs/:id',
    {
      schema: {
        operationId: 'getStampLabelJob',
        tags,
        params: IdParams,
        response: { 200: LabelJobOutput, ...commonErrorResponses },
      },
    },
    async (request) => presentJob(await jobFor(request, request.params.id)),
  );

  app.get(
    '/api/v1/stamp-label-jobs/:id/pdf',
    {
      schema: {
        operationId: 'downloadStampLabels',
        tags,
        params: IdParams,
        response: {
          200: PdfOutput,
          401: ProblemOutput,
          403: ProblemOutput,
          404: ProblemOutput,
          409: ProblemOutput,
        },
      },
    },
    async (request, reply) => {
      const job = await jobFor(request, request.params.id);
      if (job.status !== 'completed' || !job.fileSha256)
        throw new DomainError(
          'INVALID_TRANSITION',
          'Tờ tem chưa tạo xong.',
          'The label sheets are not ready yet.',
        );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="tem-ocop-${job.batchId}.pdf"`)
        .send(await blobs.read(job.fileSha256));
    },
  );

  app.post(
    '/api/v1/stamps/:serial/deactivate',
    {
      schema: {
        operationId: 'deactivateStamp',
        tags,
        params: SerialParams,
        body: DeactivateStampInput,
        response: { 200: StampOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const serial = normalizeSerial(request.params.serial);
      const stamp = serial ? await findStamp(dbOf(request), serial) : undefined;
      if (!stamp) throw notFound('tem', 'Stamp');
      const { batch, scope } = await batchFor(request, stamp.batchId, 'stamp.manage');
      const row = await deactivateStamp({
        db: dbOf(request),
        audit: auditContextOf(request, 'stamp.manage', { unitPath: scope.producerUnitPath }),
        stamp,
        reason: request.body.reason,
        now: now(),
      });
      return presentStamp(row, batch, base());
    },
  );

  app.post(
    '/api/v1/stamps/:serial/flag-review',
    {
      config: { requiredPermission: 'stamp.flag.review' },
      schema: {
        operationId: 'reviewStampFlag',
        tags,
        summary: 'Xác nhận hoặc bác bỏ cờ nghi sao chép / confirm or dismiss a possible-copy flag',
        params: SerialParams,
        body: ReviewStampFlagInput,
        response: { 200: StampOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const serial = normalizeSerial(request.params.serial);
      const found = serial ? await findStampInScope(dbOf(request), serial) : undefined;
      // Outside the office's province the stamp does not exist for it (404, not 403).
      if (!found || !can(requireActor(request), 'stamp.flag.review', { unitPath: found.producerUnitPath }))
        throw notFound('tem', 'Stamp');
      const row = await reviewStampFlag({
        db: dbOf(request),
        audit: auditContextOf(request, 'stamp.flag.review', { unitPath: found.producerUnitPath }),
        stamp: found.stamp,
        decision: request.body.decision,
        reason: request.body.reason,
        accountId: requireActor(request).accountId,
        now: now(),
      });
      return presentStamp(row, found.batch, base());
    },
  );

  app.get(
    '/api/v1/stamp-lookup-misses',
    {
      config: { requiredPermission: 'stamp.report.read' },
      schema: {
        operationId: 'listStampLookupMisses',
        tags,
        summary: 'Tra cứu mã tem không tồn tại theo mạng / unknown-serial look-ups per network',
        querystring: ListStampLookupMissesQuery,
        response: { 200: ListStampLookupMissesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await lookupMissRecorderOf(app.deps, app.log).flush();
      const since = new Date(now().getTime() - request.query.days * 86_400_000);
      const rows = await listLookupMisses(dbOf(request), {
        unitPaths: scopesFor(requireActor(request), 'stamp.report.read'),
        since,
        limit: 200,
      });
      return {
        days: request.query.days,
        items: rows.map(({ networkHash, ...row }) => ({ network: networkHash.slice(0, 12), ...row })),
      };
    },
  );

  app.get(
    '/api/v1/stamp-reports',
    {
      schema: {
        operationId: 'listStampReports',
        tags,
        summary: 'Báo cáo nghi hàng giả của tỉnh / reports of suspected fakes',
        response: { 200: ListStampReportsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const rows = await listStampReports(dbOf(request), {
        unitPaths: scopesFor(requireActor(request), 'stamp.report.read'),
        limit: 500,
      });
      return {
        items: rows.map(({ report: r, productName }) => ({
          id: r.id,
          stampPath: r.stampPath,
          serial: r.serial,
          productName,
          message: r.message,
          placeOfPurchase: r.placeOfPurchase,
          contact: r.contact,
          hasPhoto: r.photo !== null,
          photoUrl: r.photo ? `/api/v1/stamp-reports/${r.id}/photo` : null,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/v1/stamp-reports/:id/photo',
    {
      schema: {
        operationId: 'getStampReportPhoto',
        tags,
        params: IdParams,
        response: { 200: z.any(), ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const paths = scopesFor(requireActor(request), 'stamp.report.read');
      const row = await findStampReportPhoto(dbOf(request), request.params.id);
      if (!row?.photo || !paths.some((p) => row.path.startsWith(p))) throw notFound('ảnh', 'Photo');
      return reply.type(row.photo.mediaType).send(await blobs.read(row.photo.sha256));
    },
  );
}
