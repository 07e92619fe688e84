import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AnswerRemedyInput,
  AttachInspectionFileFields,
  CloseInspectionInput,
  CreateInspectionInput,
  CreateInspectionPlanInput,
  InspectionAttachmentParams,
  InspectionChecklistOutput,
  InspectionOutput,
  InspectionPlanOutput,
  ListInspectionPlansOutput,
  ListInspectionPlansQuery,
  ListInspectionsOutput,
  ListInspectionsQuery,
  SetInspectorAgencyInput,
  SubmitInspectionInput,
} from '../../../contracts/inspections.contracts';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { appendAudit } from '../../../db/repositories/audit.repository';
import {
  findInspectorAgency,
  listPlans,
  setInspectorAgency,
} from '../../../db/repositories/inspections.repository';
import { findProposalIdOfInspection } from '../../../db/repositories/revocations.repository';
import { assertCan, scopesFor, type Action } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { checklistOn } from '../../../domain/inspection/inspection-checklist';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { readMultipartUpload, uploadMaxBytesOf } from '../../files/read-multipart';
import { sendStoredFileAsDownload } from '../../files/send-download';
import { enforceRequiredPermissions } from '../../route-permission';
import { findAccountUnitId } from './account-unit';
import { attachInspectionFile } from './attach-inspection-file';
import { createInspection } from './create-inspection';
import { createInspectionPlan } from './create-inspection-plan';
import { followUpInspection } from './follow-up-inspection';
import { loadInspection } from './inspection-access';
import { presentInspection } from './inspection-presenter';
import { listInspections } from './list-inspections';
import { submitInspection } from './submit-inspection';

const tags = ['inspections'];

/** Post-inspection (hậu kiểm): yearly plans, inspection records with checklist, findings and conclusion. */
export async function inspectionRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  const maxBytes = uploadMaxBytesOf(app.deps.config);
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 2, fields: 30 } });
  enforceRequiredPermissions(app);
  const ctx = (request: FastifyRequest, action: Action) => ({
    db: dbOf(request),
    audit: auditContextOf(request, action),
    actor: requireActor(request),
    now: now(),
  });
  const fresh = async (request: FastifyRequest, id: string) => {
    const db = dbOf(request);
    const found = await loadInspection(db, requireActor(request), id);
    return presentInspection(found, await findProposalIdOfInspection(db, id));
  };

  app.get(
    '/api/v1/inspection-checklist',
    {
      config: { requiredPermission: 'inspection.read' },
      schema: {
        operationId: 'getInspectionChecklist',
        tags,
        summary: 'Danh mục kiểm tra đang áp dụng và cơ quan của người kiểm tra / checklist in force',
        response: { 200: InspectionChecklistOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const checklist = checklistOn(now().toISOString().slice(0, 10));
      const agency = await findInspectorAgency(dbOf(request), requireActor(request).accountId);
      return { version: checklist.version, items: [...checklist.items], agency: agency ?? null };
    },
  );

  app.post(
    '/api/v1/inspection-plans',
    {
      config: { requiredPermission: 'inspection.plan' },
      schema: {
        operationId: 'createInspectionPlan',
        tags,
        summary: 'Kế hoạch kiểm tra hằng năm / yearly inspection plan',
        body: CreateInspectionPlanInput,
        response: { 201: InspectionPlanOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const plan = await createInspectionPlan({ ...ctx(request, 'inspection.plan'), input: request.body });
      return reply.status(201).send({ ...plan, createdAt: plan.createdAt.toISOString() });
    },
  );

  app.get(
    '/api/v1/inspection-plans',
    {
      config: { requiredPermission: 'inspection.read' },
      schema: {
        operationId: 'listInspectionPlans',
        tags,
        querystring: ListInspectionPlansQuery,
        response: { 200: ListInspectionPlansOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const official = { ...actor, grants: actor.grants.filter((g) => g.role !== 'producer') };
      const { rows, total } = await listPlans(dbOf(request), {
        unitPaths: scopesFor(official, 'inspection.read'),
        ...request.query,
      });
      return { items: rows.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })), total };
    },
  );

  app.post(
    '/api/v1/inspections',
    {
      config: { requiredPermission: 'inspection.record' },
      schema: {
        operationId: 'createInspection',
        tags,
        summary: 'Lập biên bản kiểm tra (đồng bộ lại an toàn với clientId) / open an inspection record',
        body: CreateInspectionInput,
        response: { 200: InspectionOutput, 201: InspectionOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { id, isNew } = await createInspection({
        ...ctx(request, 'inspection.record'),
        input: request.body,
      });
      return reply.status(isNew ? 201 : 200).send(await fresh(request, id));
    },
  );

  app.get(
    '/api/v1/inspections',
    {
      config: { requiredPermission: 'inspection.read' },
      schema: {
        operationId: 'listInspections',
        tags,
        querystring: ListInspectionsQuery,
        response: { 200: ListInspectionsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const { rows, total } = await listInspections({
        db,
        actor: requireActor(request),
        query: request.query,
      });
      const items = [];
      for (const row of rows)
        items.push(presentInspection(row, await findProposalIdOfInspection(db, row.inspection.id)));
      return { items, total };
    },
  );

  app.get(
    '/api/v1/inspections/:id',
    {
      config: { requiredPermission: 'inspection.read' },
      schema: {
        operationId: 'getInspection',
        tags,
        params: IdParams,
        response: { 200: InspectionOutput, ...commonErrorResponses },
      },
    },
    async (request) => fresh(request, request.params.id),
  );

  app.post(
    '/api/v1/inspections/:id/submit',
    {
      config: { requiredPermission: 'inspection.record' },
      schema: {
        operationId: 'submitInspection',
        tags,
        summary: 'Nộp biên bản: danh mục, phát hiện, kết luận / submit with findings and conclusion',
        params: IdParams,
        body: SubmitInspectionInput,
        response: { 200: InspectionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await submitInspection({
        ...ctx(request, 'inspection.record'),
        inspectionId: request.params.id,
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/inspections/:id/remedy',
    {
      config: { requiredPermission: 'inspection.remedy' },
      schema: {
        operationId: 'answerInspectionRemedy',
        tags,
        summary: 'Chủ thể báo cáo khắc phục / the producer reports its remedy',
        params: IdParams,
        body: AnswerRemedyInput,
        response: { 200: InspectionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await followUpInspection({
        ...ctx(request, 'inspection.remedy'),
        inspectionId: request.params.id,
        step: 'answer_remedy',
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/inspections/:id/close',
    {
      config: { requiredPermission: 'inspection.record' },
      schema: {
        operationId: 'closeInspection',
        tags,
        summary: 'Kết thúc sau khi chủ thể khắc phục / close after the remedy',
        params: IdParams,
        body: CloseInspectionInput,
        response: { 200: InspectionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await followUpInspection({
        ...ctx(request, 'inspection.record'),
        inspectionId: request.params.id,
        step: 'close',
        input: request.body,
      });
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/inspections/:id/attachments',
    {
      config: { requiredPermission: 'inspection.read' },
      schema: {
        operationId: 'attachInspectionFile',
        tags,
        summary: 'Ảnh, tài liệu của buổi kiểm tra hoặc minh chứng khắc phục / a photo or document',
        description:
          'multipart/form-data: `file` (PDF, JPEG, PNG, WebP, office documents) + optional `caption`',
        consumes: ['multipart/form-data'],
        multipartFields: AttachInspectionFileFields,
        params: IdParams,
        response: { 201: InspectionOutput, ...commonErrorResponses, 413: ProblemOutput, 415: ProblemOutput },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const by = actor.grants.some((g) => g.role === 'inspector') ? 'inspector' : 'producer';
      const upload = await readMultipartUpload(request, maxBytes);
      await attachInspectionFile({
        ...ctx(request, by === 'inspector' ? 'inspection.record' : 'inspection.remedy'),
        blobs,
        inspectionId: request.params.id,
        by,
        upload,
      });
      return reply.status(201).send(await fresh(request, request.params.id));
    },
  );

  app.get(
    '/api/v1/inspections/:id/attachments/:sha256',
    {
      config: { requiredPermission: 'inspection.read' },
      schema: {
        operationId: 'downloadInspectionFile',
        tags,
        params: InspectionAttachmentParams,
        description: 'The file, as an attachment with the type recognised at upload.',
      },
    },
    async (request, reply) => {
      const found = await loadInspection(dbOf(request), requireActor(request), request.params.id);
      const file = found.inspection.attachments.find((a) => a.sha256 === request.params.sha256);
      if (!file) throw notFound('tệp', 'File');
      return sendStoredFileAsDownload(reply, blobs, file);
    },
  );

  app.put(
    '/api/v1/inspectors/:id/agency',
    {
      config: { requiredPermission: 'account.manage' },
      schema: {
        operationId: 'setInspectorAgency',
        tags,
        summary: 'Cơ quan chuyên ngành của tài khoản kiểm tra / the agency of an inspector account',
        params: IdParams,
        body: SetInspectorAgencyInput,
        response: {
          200: z.object({ accountId: z.uuid(), agency: SetInspectorAgencyInput.shape.agency }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => {
      const { db, actor, audit } = ctx(request, 'account.manage');
      const unitId = await findAccountUnitId(db, request.params.id);
      const unit = unitId ? await findUnitById(db, unitId) : undefined;
      if (!unit) throw notFound('tài khoản', 'Account');
      assertCan(actor, 'account.manage', { unitPath: unit.path });
      await db.transaction(async (tx) => {
        await setInspectorAgency(tx, request.params.id, request.body.agency, now());
        await appendAudit(
          tx,
          audit,
          {
            action: 'inspector.agency_set',
            entityType: 'account',
            entityId: request.params.id,
            unitId: unit.id,
            after: { agency: request.body.agency },
          },
          now(),
        );
      });
      return { accountId: request.params.id, agency: request.body.agency };
    },
  );
}
