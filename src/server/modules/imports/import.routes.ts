import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CertificateImportReportOutput,
  ImportJobOutput,
  ImportReportOutput,
} from '../../../contracts/imports.contracts';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { findImportJob } from '../../../db/repositories/certificate-imports.repository';
import { can, canAnywhere, scopesFor } from '../../../domain/access/permissions';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { readMultipartUpload, uploadMaxBytesOf } from '../../files/read-multipart';
import { findJobQueue } from '../../jobs/queue-of-app';
import { IMPORT_TASK, type ImportTaskData } from './import.task';
import { dryRunCertificateImport, startCertificateImport } from './run-certificate-import';
import {
  dryRunProducerImport,
  presentImportJob,
  startProducerImport,
  type ImportRunner,
} from './run-producer-import';

const tags = ['imports'];
const fileErrors = { ...commonErrorResponses, 413: ProblemOutput, 415: ProblemOutput, 422: ProblemOutput };

async function importFileOf(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ content: Buffer; fileName: string; runner: ImportRunner; unitPaths: string[] }> {
  const actor = requireActor(request);
  if (!canAnywhere(actor, 'import.run')) throw forbidden();
  const upload = await readMultipartUpload(request, maxBytes);
  if (!upload.file)
    throw new DomainError('VALIDATION_FAILED', 'Thiếu tệp.', 'The file is missing.', [
      { field: 'file', messageVi: 'Bắt buộc', messageEn: 'Required' },
    ]);
  const audit = auditContextOf(request, 'import.run');
  const runner: ImportRunner = {
    audit,
    accountId: actor.accountId,
    unitId: audit.unitId,
    canImportInto: (unitPath) => can(actor, 'import.run', { unitPath }),
  };
  return {
    content: upload.file.content,
    fileName: upload.file.fileName || 'import',
    runner,
    unitPaths: scopesFor(actor, 'import.run'),
  };
}

/**
 * Bulk import of producers and products from .xlsx or CSV (layout: docs/api/imports.md): a dry
 * run with a per-row report, then the import as a background job whose progress the client polls.
 */
export async function importRoutes(app: AppInstance): Promise<void> {
  const maxBytes = uploadMaxBytesOf(app.deps.config);
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 10 } });
  // Imports run in this process only when it has no job queue (jobs disabled).
  const running = new Set<Promise<unknown>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running]);
  });

  /**
   * Plans the file and records the job (bad rows reported at once), keeps the file in the blob
   * store and queues the import, so another process finishes it if this one stops.
   */
  async function startImport(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: 'producers' | 'certificates',
  ) {
    const { content, fileName, runner, unitPaths } = await importFileOf(request, maxBytes);
    await blobs.put(content);
    const start = kind === 'producers' ? startProducerImport : startCertificateImport;
    const { job, run } = await start({ db: dbOf(request), runner, content, fileName, now: app.deps.clock });
    const data: ImportTaskData = { importJobId: job.id, unitPaths, isSystem: false, audit: runner.audit };
    const queue = findJobQueue(app.deps);
    const isQueued =
      queue?.isRunning === true &&
      (await queue.enqueue(IMPORT_TASK, data, { id: job.id }).then(
        () => true,
        (error: unknown) => {
          request.log.error({ err: error }, 'import not queued: importing in this process');
          return false;
        },
      ));
    if (!isQueued) {
      const work = run().finally(() => running.delete(work));
      running.add(work);
    }
    return reply.status(202).send(presentImportJob(job));
  }

  app.post(
    '/api/v1/imports/producers/dry-run',
    {
      schema: {
        operationId: 'importProducersDryRun',
        tags,
        consumes: ['multipart/form-data'],
        description: 'multipart/form-data with `file` (.xlsx or CSV UTF-8). Writes nothing.',
        response: { 200: ImportReportOutput, ...fileErrors },
      },
    },
    async (request) => {
      const { content, fileName, runner } = await importFileOf(request, maxBytes);
      return dryRunProducerImport({ db: dbOf(request), runner, content, fileName, now: app.deps.clock() });
    },
  );

  app.post(
    '/api/v1/imports/producers',
    {
      schema: {
        operationId: 'importProducers',
        tags,
        consumes: ['multipart/form-data'],
        description: 'Starts the import; poll getImportJob for progress.',
        response: { 202: ImportJobOutput, ...fileErrors },
      },
    },
    async (request, reply) => startImport(request, reply, 'producers'),
  );

  app.post(
    '/api/v1/imports/certificates/dry-run',
    {
      schema: {
        operationId: 'importCertificatesDryRun',
        tags,
        consumes: ['multipart/form-data'],
        description:
          'Certificates issued before the platform: multipart/form-data with `file` (.xlsx or CSV UTF-8). Writes nothing.',
        response: { 200: CertificateImportReportOutput, ...fileErrors },
      },
    },
    async (request) => {
      const { content, fileName, runner } = await importFileOf(request, maxBytes);
      return dryRunCertificateImport({ db: dbOf(request), runner, content, fileName, now: app.deps.clock() });
    },
  );

  app.post(
    '/api/v1/imports/certificates',
    {
      schema: {
        operationId: 'importCertificates',
        tags,
        consumes: ['multipart/form-data'],
        description: 'Starts the certificate import; poll getImportJob for progress.',
        response: { 202: ImportJobOutput, ...fileErrors },
      },
    },
    async (request, reply) => startImport(request, reply, 'certificates'),
  );

  app.get(
    '/api/v1/imports/:id',
    {
      schema: {
        operationId: 'getImportJob',
        tags,
        params: IdParams,
        response: { 200: ImportJobOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const job = await findImportJob(dbOf(request), request.params.id);
      if (!job) throw notFound('lượt nhập', 'Import job');
      const unit = job.unitId ? await findUnitById(dbOf(request), job.unitId) : undefined;
      const isVisible =
        job.createdBy === actor.accountId ||
        (unit !== undefined && can(actor, 'import.run', { unitPath: unit.path }));
      if (!isVisible) throw notFound('lượt nhập', 'Import job');
      return presentImportJob(job);
    },
  );
}
