import multipart from '@fastify/multipart';
import {
  EvidenceOutput,
  EvidenceUploadPolicyOutput,
  ListEvidenceOutput,
  ListEvidenceQuery,
  UploadEvidenceFields,
} from '../../../contracts/evidence.contracts';
import { OkOutput } from '../../../contracts/auth.contracts';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { sendStoredFileAsDownload } from '../../files/send-download';
import { ACCEPTED_MEDIA_TYPES } from '../../files/inspect-upload';
import { readMultipartUpload, uploadMaxBytesOf } from '../../files/read-multipart';
import { deleteEvidence } from './delete-evidence';
import { getEvidenceForAction } from './evidence-access';
import { presentEvidence } from './evidence.presenter';
import { listEvidence } from './list-evidence';
import { uploadEvidence } from './upload-evidence';

const tags = ['evidence'];
const uploadErrors = { ...commonErrorResponses, 413: ProblemOutput, 415: ProblemOutput };

/** The evidence library: typed documents of a producer, uploaded once, reused across dossiers. */
export async function evidenceRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  const maxBytes = uploadMaxBytesOf(app.deps.config);
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 2, fields: 30 } });

  app.post(
    '/api/v1/producers/:id/evidence',
    {
      schema: {
        operationId: 'uploadEvidence',
        tags,
        description:
          'multipart/form-data: `file` (PDF, JPEG, PNG, WebP, .docx/.xlsx/.pptx, OpenDocument) + fields of UploadEvidenceFields',
        consumes: ['multipart/form-data'],
        multipartFields: UploadEvidenceFields,
        params: IdParams,
        response: { 201: EvidenceOutput, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const db = dbOf(request);
      const upload = await readMultipartUpload(request, maxBytes);
      const result = await uploadEvidence({
        db,
        blobs,
        audit: auditContextOf(request, 'evidence.manage'),
        actor,
        producerId: request.params.id,
        upload,
        now: now(),
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/v1/evidence/upload-policy',
    {
      schema: {
        operationId: 'getEvidenceUploadPolicy',
        tags,
        response: { 200: EvidenceUploadPolicyOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      return {
        maxBytes,
        maxMegabytes: Math.round((maxBytes / (1024 * 1024)) * 100) / 100,
        acceptedExtensions: Object.keys(ACCEPTED_MEDIA_TYPES),
        acceptedMediaTypes: Object.values(ACCEPTED_MEDIA_TYPES),
      };
    },
  );

  app.get(
    '/api/v1/evidence',
    {
      schema: {
        operationId: 'listEvidence',
        tags,
        querystring: ListEvidenceQuery,
        response: { 200: ListEvidenceOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      listEvidence({ db: dbOf(request), actor: requireActor(request), query: request.query, now: now() }),
  );

  app.get(
    '/api/v1/evidence/:id',
    {
      schema: {
        operationId: 'getEvidence',
        tags,
        params: IdParams,
        response: { 200: EvidenceOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { row } = await getEvidenceForAction(
        dbOf(request),
        requireActor(request),
        'evidence.read',
        request.params.id,
      );
      return presentEvidence(row, now().toISOString().slice(0, 10));
    },
  );

  app.get(
    '/api/v1/evidence/:id/file',
    {
      schema: {
        operationId: 'downloadEvidence',
        tags,
        params: IdParams,
        description: 'The file, as an attachment with the type recognised at upload.',
      },
    },
    async (request, reply) => {
      const { row } = await getEvidenceForAction(
        dbOf(request),
        requireActor(request),
        'evidence.read',
        request.params.id,
      );
      return sendStoredFileAsDownload(reply, blobs, {
        sha256: row.fileSha256,
        mediaType: row.mediaType,
        fileName: row.fileName,
        sizeBytes: row.sizeBytes,
      });
    },
  );

  app.delete(
    '/api/v1/evidence/:id',
    {
      schema: {
        operationId: 'deleteEvidence',
        tags,
        params: IdParams,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await deleteEvidence({
        db: dbOf(request),
        audit: auditContextOf(request, 'evidence.manage'),
        actor: requireActor(request),
        evidenceId: request.params.id,
        now: now(),
      });
      return { ok: true as const };
    },
  );
}
