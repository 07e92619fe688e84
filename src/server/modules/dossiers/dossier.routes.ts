import { z } from 'zod';
import {
  AcceptDossierInput,
  CommuneAssessmentInput,
  CreateDossierInput,
  DocumentParams,
  DocumentQuery,
  DossierCriteriaOutput,
  DossierDiffOutput,
  DossierDiffQuery,
  DossierOutput,
  DossierPdfOutput,
  DossierStartOptionsOutput,
  EvidenceOptionsOutput,
  ForwardDossierInput,
  ListDossiersOutput,
  ListDossiersQuery,
  QueueOutput,
  ReturnDossierInput,
  SubmitDossierInput,
  UpdateDossierDraftInput,
} from '../../../contracts/dossiers.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { listEvidenceOfProducer } from '../../../db/repositories/dossiers.repository';
import type { Action } from '../../../domain/access/permissions';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { mailerOf } from '../../mail/mailer';
import { dossierDeadlineRoutes } from './dossier-deadline.routes';
import { getDossierBundle, getDossierPdf } from './dossier-documents';
import { acceptDossier, returnDossier } from './change-dossier-intake';
import { createDossier } from './create-dossier';
import { loadDossierForRead, sheetOf } from './dossier-access';
import { presentCriteria } from './dossier-criteria';
import { presentEvidence } from './dossier.presenter';
import { listDossierStartOptions } from './dossier-start-options';
import { forwardDossier } from './forward-dossier';
import { getDossier } from './get-dossier';
import { getDossierDiff } from './get-dossier-diff';
import { listDossiers } from './list-dossiers';
import { listMyQueue } from './list-my-queue';
import { submitCommuneAssessment } from './submit-commune-assessment';
import { submitDossier } from './submit-dossier';
import { updateDossierDraft } from './update-dossier-draft';
import type { FastifyRequest } from 'fastify';
import { notificationRoutes } from './notification.routes';

const tags = ['dossiers'];
const responses = (ok: z.ZodType) => ({ 200: ok, ...commonErrorResponses });

/** Product dossiers: the producer builds and submits, the commune and the province take them in. */
export async function dossierRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const sendMail = (mail: { to: string; subject: string; text: string; unitId: string }) =>
    mailerOf(app.deps).sendMail({ ...mail, kind: 'dossier' });
  /**
   * Everything a use case needs from the request; `action` names the permission for the audit row.
   * Without one (return, accept), the transition records the grant of the level it acts at.
   */
  const ctx = (request: FastifyRequest, action?: Action) => ({
    db: dbOf(request),
    audit: auditContextOf(request, action),
    actor: requireActor(request),
    now: now(),
    sendMail,
  });
  /** The changed dossier, as the caller now sees it. */
  const fresh = (request: FastifyRequest, id: string) =>
    getDossier({
      db: dbOf(request),
      actor: requireActor(request),
      dossierId: id,
      now: now(),
      publicBaseUrl: app.deps.config.publicBaseUrl,
    });

  app.get(
    '/api/v1/dossiers',
    {
      schema: {
        operationId: 'listDossiers',
        tags,
        querystring: ListDossiersQuery,
        response: responses(ListDossiersOutput),
      },
    },
    async (request) =>
      listDossiers({ db: dbOf(request), actor: requireActor(request), query: request.query, now: now() }),
  );

  app.post(
    '/api/v1/dossiers',
    {
      schema: {
        operationId: 'createDossier',
        tags,
        body: CreateDossierInput,
        response: { 201: DossierOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const id = await createDossier({ ...ctx(request, 'dossier.edit'), input: request.body });
      return reply.status(201).send(await fresh(request, id));
    },
  );

  app.get(
    '/api/v1/dossiers/start-options',
    {
      schema: {
        operationId: 'listDossierStartOptions',
        tags,
        response: responses(DossierStartOptionsOutput),
      },
    },
    async (request) =>
      listDossierStartOptions({ db: dbOf(request), actor: requireActor(request), now: now() }),
  );

  app.get(
    '/api/v1/dossiers/:id',
    { schema: { operationId: 'getDossier', tags, params: IdParams, response: responses(DossierOutput) } },
    async (request) => fresh(request, request.params.id),
  );

  app.patch(
    '/api/v1/dossiers/:id',
    {
      schema: {
        operationId: 'updateDossierDraft',
        tags,
        params: IdParams,
        body: UpdateDossierDraftInput,
        response: responses(DossierOutput),
      },
    },
    async (request) => {
      await updateDossierDraft({
        ...ctx(request, 'dossier.edit'),
        dossierId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/dossiers/:id/submit',
    {
      schema: {
        operationId: 'submitDossier',
        tags,
        params: IdParams,
        body: SubmitDossierInput,
        response: responses(DossierOutput),
      },
    },
    async (request) => {
      await submitDossier({
        ...ctx(request, 'dossier.submit'),
        dossierId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/dossiers/:id/return',
    {
      schema: {
        operationId: 'returnDossier',
        tags,
        params: IdParams,
        body: ReturnDossierInput,
        response: responses(DossierOutput),
      },
    },
    async (request) => {
      await returnDossier({
        ...ctx(request),
        dossierId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/dossiers/:id/accept',
    {
      schema: {
        operationId: 'acceptDossier',
        tags,
        params: IdParams,
        body: AcceptDossierInput,
        response: responses(DossierOutput),
      },
    },
    async (request) => {
      await acceptDossier({
        ...ctx(request),
        dossierId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.put(
    '/api/v1/dossiers/:id/commune-assessment',
    {
      schema: {
        operationId: 'submitCommuneAssessment',
        tags,
        params: IdParams,
        body: CommuneAssessmentInput,
        response: responses(DossierOutput),
      },
    },
    async (request) => {
      await submitCommuneAssessment({
        ...ctx(request, 'dossier.assess.commune'),
        dossierId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/dossiers/:id/forward',
    {
      schema: {
        operationId: 'forwardDossier',
        tags,
        params: IdParams,
        body: ForwardDossierInput,
        response: responses(DossierOutput),
      },
    },
    async (request) => {
      await forwardDossier({
        ...ctx(request, 'dossier.assess.commune'),
        dossierId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.get(
    '/api/v1/dossiers/:id/diff',
    {
      schema: {
        operationId: 'getDossierDiff',
        tags,
        params: IdParams,
        querystring: DossierDiffQuery,
        response: responses(DossierDiffOutput),
      },
    },
    async (request) =>
      getDossierDiff({
        db: dbOf(request),
        actor: requireActor(request),
        dossierId: request.params.id,
        from: request.query.from,
        to: request.query.to,
      }),
  );

  app.get(
    '/api/v1/dossiers/:id/criteria',
    {
      schema: {
        operationId: 'getDossierCriteria',
        tags,
        params: IdParams,
        response: responses(DossierCriteriaOutput),
      },
    },
    async (request) =>
      presentCriteria(
        sheetOf(await loadDossierForRead(dbOf(request), requireActor(request), request.params.id)),
      ),
  );

  app.get(
    '/api/v1/dossiers/:id/evidence-options',
    {
      schema: {
        operationId: 'listDossierEvidenceOptions',
        tags,
        params: IdParams,
        response: responses(EvidenceOptionsOutput),
      },
    },
    async (request) => {
      const loaded = await loadDossierForRead(dbOf(request), requireActor(request), request.params.id);
      return {
        items: (await listEvidenceOfProducer(dbOf(request), loaded.dossier.producerId)).map(presentEvidence),
      };
    },
  );

  const pdf = (name: string) => ({
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'private, no-store',
  });
  app.get(
    '/api/v1/dossiers/:id/documents/:form',
    {
      schema: {
        operationId: 'getDossierPdf',
        tags,
        params: DocumentParams,
        querystring: DocumentQuery,
        response: { 200: DossierPdfOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const bytes = await getDossierPdf({
        db: dbOf(request),
        actor: requireActor(request),
        dossierId: request.params.id,
        form: request.params.form,
        versionNumber: request.query.version,
        now: now(),
      });
      return reply.headers(pdf(`${request.params.form}-${request.params.id.slice(0, 8)}.pdf`)).send(bytes);
    },
  );
  app.get(
    '/api/v1/dossiers/:id/bundle',
    {
      schema: {
        operationId: 'getDossierBundle',
        tags,
        params: IdParams,
        querystring: DocumentQuery,
        response: { 200: DossierPdfOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
      const bytes = await getDossierBundle({
        db: dbOf(request),
        actor: requireActor(request),
        dossierId: request.params.id,
        versionNumber: request.query.version,
        now: now(),
        blobs,
        maxEvidenceBytes: app.deps.config.bundleEvidenceMaxBytes,
      });
      return reply.headers(pdf(`ho-so-${request.params.id.slice(0, 8)}.pdf`)).send(bytes);
    },
  );

  await app.register(notificationRoutes);
  await app.register(dossierDeadlineRoutes);

  app.get(
    '/api/v1/queue',
    { schema: { operationId: 'listMyQueue', tags, response: responses(QueueOutput) } },
    async (request) => listMyQueue({ db: dbOf(request), actor: requireActor(request), now: now() }),
  );
}
