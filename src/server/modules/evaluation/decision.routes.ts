import fs from 'node:fs';
import multipart from '@fastify/multipart';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import {
  DecisionOutput,
  DraftDecisionInput,
  EvaluationListQuery,
  ListDecisionsOutput,
} from '../../../contracts/evaluation.contracts';
import { PdfOutput } from '../../../contracts/rubrics.contracts';
import type { Database } from '../../../db/database';
import { listCertificatesOfDecision } from '../../../db/repositories/certificates.repository';
import { assertCan, can } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';
import { renderSignedCertificatesPdf } from '../../documents/signing/signed-certificates-pdf';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { readMultipartUpload, uploadMaxBytesOf } from '../../files/read-multipart';
import { mailerOf } from '../../mail/mailer';
import { attachDecisionScan, scanMediaTypeOf } from './attach-decision-scan';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { certificatePdfDataOf } from './certificate.presenter';
import { approveDecision } from './approve-decision';
import { draftDecision } from './draft-decision';
import { getDecisionRow } from './decision-use-cases';
import { listDecisions } from './list-decisions';
import { renderRecognitionDecisionPdf } from './recognition-decision-document';
import { presentDecision } from './decision.presenter';
import { displayNameOf, getUnit, loadRoundContext } from './evaluation-access';

const tags = ['decisions'];

/** Decisions: drafted by the standing office from an adopted round, approved by a leader only. */
export async function decisionRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  const maxBytes = uploadMaxBytesOf(app.deps.config);
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 2, fields: 30 } });
  const readable = async (db: Database, actorId: Parameters<typeof requireActor>[0], id: string) => {
    const actor = requireActor(actorId);
    const decision = await getDecisionRow(db, id);
    const unit = await getUnit(db, decision.unitId);
    if (
      !can(actor, 'decision.read', { unitPath: unit.path }) &&
      !can(actor, 'decision.approve', { unitPath: unit.path })
    )
      throw forbidden();
    return { actor, decision, unit };
  };

  app.post(
    '/api/v1/decisions',
    {
      schema: {
        operationId: 'draftDecision',
        tags,
        body: DraftDecisionInput,
        response: { 201: DecisionOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const ctx = await loadRoundContext(request, request.body.roundId);
      assertCan(ctx.actor, 'decision.draft', { unitPath: ctx.unit.path });
      const decision = await draftDecision({
        ctx,
        audit: auditContextOf(request, 'decision.draft', { unitPath: ctx.unit.path }),
        input: request.body,
        now: now(),
      });
      return reply.status(201).send(await presentDecision(ctx.db, decision));
    },
  );

  app.get(
    '/api/v1/decisions',
    {
      schema: {
        operationId: 'listDecisions',
        tags,
        querystring: EvaluationListQuery,
        response: { 200: ListDecisionsOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      listDecisions({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.get(
    '/api/v1/decisions/:id',
    {
      schema: {
        operationId: 'getDecision',
        tags,
        params: IdParams,
        response: { 200: DecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const { decision } = await readable(db, request, request.params.id);
      return presentDecision(db, decision);
    },
  );

  app.get(
    '/api/v1/decisions/:id/pdf',
    {
      schema: {
        operationId: 'getDecisionPdf',
        tags,
        summary:
          'Quyết định công nhận (PDF, ký số khi đã phê duyệt) / the decision PDF, signed once approved',
        params: IdParams,
        response: { 200: PdfOutput, 401: ProblemOutput, 403: ProblemOutput, 404: ProblemOutput },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const { decision, unit } = await readable(db, request, request.params.id);
      const pdf = await renderRecognitionDecisionPdf({
        config: app.deps.config,
        decision: await presentDecision(db, decision),
        unit,
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="quyet-dinh-cong-nhan-${decision.id.slice(0, 8)}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/decisions/:id/approve',
    {
      schema: {
        operationId: 'approveDecision',
        tags,
        summary: 'Phê duyệt quyết định, cấp giấy chứng nhận / approve and issue certificates (idempotent)',
        params: IdParams,
        response: { 200: DecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      const decision = await getDecisionRow(db, request.params.id);
      const unit = await getUnit(db, decision.unitId);
      assertCan(actor, 'decision.approve', { unitPath: unit.path });
      const { mails } = await approveDecision({
        db,
        audit: auditContextOf(request, 'decision.approve', { unitPath: unit.path }),
        decision,
        issuer: unit,
        accountId: actor.accountId,
        actorName: await displayNameOf(db, actor.accountId),
        now: now(),
      });
      for (const mail of mails)
        await mailerOf(app.deps)
          .sendMail({ ...mail, kind: 'decision' })
          .catch(() => undefined);
      return presentDecision(db, await getDecisionRow(db, decision.id));
    },
  );

  app.post(
    '/api/v1/decisions/:id/signed-scan',
    {
      schema: {
        operationId: 'attachDecisionScan',
        tags,
        summary: 'Đính kèm bản quét quyết định đã ký (PDF hoặc ảnh) / attach the signed scan',
        description: 'multipart/form-data with one `file` (PDF, JPEG or PNG, recognised from its bytes).',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: DecisionOutput, 413: ProblemOutput, 415: ProblemOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      const decision = await getDecisionRow(db, request.params.id);
      const unit = await getUnit(db, decision.unitId);
      if (
        !can(actor, 'decision.draft', { unitPath: unit.path }) &&
        !can(actor, 'decision.approve', { unitPath: unit.path })
      )
        throw forbidden();
      const upload = await readMultipartUpload(request, maxBytes);
      const row = await attachDecisionScan({
        db,
        blobs,
        audit: auditContextOf(request, 'decision.draft', { unitPath: unit.path }),
        decision,
        upload,
        now: now(),
      });
      return presentDecision(db, row);
    },
  );

  app.get(
    '/api/v1/decisions/:id/signed-scan',
    {
      schema: {
        operationId: 'getDecisionScan',
        tags,
        summary: 'Tải bản quét quyết định / download the signed scan',
        params: IdParams,
        response: { 200: PdfOutput, 401: ProblemOutput, 403: ProblemOutput, 404: ProblemOutput },
      },
    },
    async (request, reply) => {
      const { decision } = await readable(dbOf(request), request, request.params.id);
      if (!decision.signedScanSha256) throw notFound('bản quét quyết định', 'Signed scan');
      const mediaType = scanMediaTypeOf(decision.signedScanFileName ?? '');
      const extension = mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpg';
      return reply
        .type(mediaType)
        .header(
          'content-disposition',
          `attachment; filename="quyet-dinh-${decision.id.slice(0, 8)}.${extension}"`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(fs.createReadStream(blobs.pathOf(decision.signedScanSha256)));
    },
  );

  app.get(
    '/api/v1/decisions/:id/certificates.pdf',
    {
      schema: {
        operationId: 'getDecisionCertificatesPdf',
        tags,
        summary: 'In hàng loạt giấy chứng nhận / bulk certificate PDF',
        params: IdParams,
        response: { 200: PdfOutput, 401: ProblemOutput, 403: ProblemOutput, 404: ProblemOutput },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const { actor, decision, unit } = await readable(db, request, request.params.id);
      if (
        !can(actor, 'certificate.issue', { unitPath: unit.path }) &&
        !can(actor, 'decision.approve', { unitPath: unit.path })
      )
        throw forbidden();
      const rows = await listCertificatesOfDecision(db, decision.id);
      const today = now().toISOString().slice(0, 10);
      const pdf = await renderSignedCertificatesPdf({
        db,
        config: app.deps.config,
        items: rows.map((r) => ({
          ...certificatePdfDataOf(r, today, app.deps.config.publicBaseUrl),
          decisionId: r.decisionId,
        })),
        now: now(),
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="giay-chung-nhan-${decision.id.slice(0, 8)}.pdf"`,
        )
        .send(pdf);
    },
  );
}
