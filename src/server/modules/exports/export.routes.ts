import fs from 'node:fs';
import type { FastifyRequest } from 'fastify';
import {
  ExportFileOutput,
  ExportJobOutput,
  ExportListParams,
  ExportListQuery,
  StartExportInput,
} from '../../../contracts/exports.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { findExportJob, type ExportJobRow } from '../../../db/repositories/export-jobs.repository';
import type { Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { findJobQueue } from '../../jobs/queue-of-app';
import { runAs } from '../../security/acting-as';
import { EXPORT_TASK, exportTask, type ExportTaskData } from './export.task';
import { exportList, type ListAnswer } from './export-list';
import { attachListReader, exportFilePath } from './list-reader';
import { startExport } from './start-export';

const ExcelType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Asks a list endpoint as the caller (same session cookie or API token), in-process. */
function listReaderOf(app: AppInstance, request: FastifyRequest) {
  const headers: Record<string, string> = {};
  if (request.headers.cookie) headers.cookie = request.headers.cookie;
  if (request.headers.authorization) headers.authorization = request.headers.authorization;
  return async (path: string, query: Record<string, string>): Promise<ListAnswer> => {
    const response = await app.inject({ method: 'GET', url: path, query, headers });
    return { statusCode: response.statusCode, body: response.json() };
  };
}

function presentExportJob(job: ExportJobRow): ExportJobOutput {
  return {
    id: job.id,
    list: job.list as ExportJobOutput['list'],
    format: job.format,
    status: job.status,
    doneRows: job.doneRows,
    totalRows: job.totalRows,
    fileName: job.fileName,
    downloadUrl: job.status === 'done' ? `/api/v1/export-jobs/${job.id}/file` : null,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    expiresAt: job.expiresAt.toISOString(),
  };
}

/** The caller's own export job; anyone else's is NOT_FOUND (exports hold personal data). */
async function ownExportJob(request: FastifyRequest, id: string): Promise<ExportJobRow> {
  const actor = requireActor(request);
  const job = await findExportJob(dbOf(request), id);
  if (!job || job.requestedBy !== actor.accountId) throw notFound('tệp xuất', 'Export');
  return job;
}

/** Excel and CSV exports of the back-office lists, with the filters the screen shows. */
export async function exportRoutes(app: AppInstance): Promise<void> {
  const readAs = async (actor: Actor, path: string, query: Record<string, string>): Promise<ListAnswer> => {
    const response = await runAs(actor, (headers) =>
      app.inject({ method: 'GET', url: path, query, headers }),
    );
    return { statusCode: response.statusCode, body: response.json() };
  };
  attachListReader(app.deps, readAs);
  // Exports run in this process only when it has no job queue (jobs disabled).
  const running = new Set<Promise<unknown>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running]);
  });

  app.post(
    '/api/v1/export-jobs',
    {
      schema: {
        operationId: 'startExport',
        tags: ['exports'],
        summary: 'Xuất danh sách chạy nền, có tiến độ / export a list in the background, with progress',
        body: StartExportInput,
        response: { 202: ExportJobOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await startExport({
        db: dbOf(request),
        actor,
        input: request.body,
        now: app.deps.clock(),
        readList: (path, query) => readAs(actor, path, query),
      });
      if (result.kind === 'problem')
        return reply
          .status(result.statusCode as 400 | 401 | 403 | 404 | 409)
          .type('application/problem+json')
          .send(result.body as never);
      const data: ExportTaskData = { exportJobId: result.job.id };
      const queue = findJobQueue(app.deps);
      const isQueued =
        queue?.isRunning === true &&
        (await queue.enqueue(EXPORT_TASK, data, { id: result.job.id }).then(
          () => true,
          (error: unknown) => {
            request.log.error({ err: error }, 'export not queued: exporting in this process');
            return false;
          },
        ));
      if (!isQueued) {
        const log = {
          info: (message: string) => request.log.info(message),
          error: (message: string, details?: Record<string, unknown>) => request.log.error(details, message),
        };
        const work = exportTask
          .run({
            data,
            now: app.deps.clock(),
            db: app.deps.database.db,
            deps: app.deps,
            log,
            retryCount: 0,
            isLastAttempt: true,
            signal: new AbortController().signal,
          })
          .catch(() => undefined)
          .finally(() => running.delete(work));
        running.add(work);
      }
      return reply.status(202).send(presentExportJob(result.job));
    },
  );

  app.get(
    '/api/v1/export-jobs/:id',
    {
      schema: {
        operationId: 'getExport',
        tags: ['exports'],
        summary: 'Tiến độ xuất danh sách / progress of a list export',
        params: IdParams,
        response: { 200: ExportJobOutput, ...commonErrorResponses },
      },
    },
    async (request) => presentExportJob(await ownExportJob(request, request.params.id)),
  );

  app.get(
    '/api/v1/export-jobs/:id/file',
    {
      schema: {
        operationId: 'downloadExport',
        tags: ['exports'],
        summary: 'Tải tệp đã xuất (chỉ người yêu cầu) / download the exported file (requester only)',
        params: IdParams,
        response: { 200: ExportFileOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const job = await ownExportJob(request, request.params.id);
      const file = exportFilePath(app.deps.config.dataDir, job);
      if (job.status !== 'done' || !fs.existsSync(file)) throw notFound('tệp xuất', 'Export file');
      return reply
        .type(job.format === 'csv' ? 'text/csv; charset=utf-8' : ExcelType)
        .header('content-disposition', `attachment; filename="${job.fileName ?? `export.${job.format}`}"`)
        .header('x-export-rows', String(job.doneRows))
        .send(fs.createReadStream(file));
    },
  );

  app.get(
    '/api/v1/exports/:list',
    {
      schema: {
        operationId: 'exportList',
        tags: ['exports'],
        summary: 'Xuất danh sách ra Excel hoặc CSV theo bộ lọc đang xem / export a list with its filters',
        params: ExportListParams,
        querystring: ExportListQuery,
        response: { 200: ExportFileOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      requireActor(request);
      const { format, ...rest } = request.query;
      const filters = Object.fromEntries(
        Object.entries(rest).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[0] !== 'limit' && entry[0] !== 'offset',
        ),
      );
      const result = await exportList({
        list: request.params.list,
        format,
        filters,
        now: app.deps.clock(),
        readList: listReaderOf(app, request),
      });
      if (result.kind === 'problem')
        return reply
          .status(result.statusCode as 400 | 401 | 403 | 404 | 409)
          .type('application/problem+json')
          .send(result.body);
      return reply
        .type(result.contentType)
        .header('content-disposition', `attachment; filename="${result.fileName}"`)
        .header('x-export-rows', String(result.rows))
        .header('x-export-truncated', String(result.isTruncated))
        .send(result.bytes);
    },
  );
}
