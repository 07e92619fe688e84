import type { FastifyRequest } from 'fastify';
import { OkOutput } from '../../../contracts/auth.contracts';
import { commonErrorResponses, ProblemOutput } from '../../../contracts/problem.contracts';
import {
  CompareRubricsOutput,
  CompareRubricsQuery,
  ImportRubricVersionCsvInput,
  ImportRubricVersionInput,
  ListProductSetsOutput,
  ListRubricVersionsOutput,
  PdfOutput,
  RubricSheetOutput,
  type RubricSheetOutput as RubricSheetOutputType,
  RubricSheetParams,
  RubricVersionDetailOutput,
  RubricVersionKeyParams,
} from '../../../contracts/rubrics.contracts';
import { canAnywhere, type Actor, type Grant } from '../../../domain/access/permissions';
import { findRubricManagerGrant } from '../../../domain/access/rubric-policy';
import { forbidden } from '../../../domain/errors';
import { productSetsInForce } from '../../../domain/registry/product-sets';
import { getRubricSheet } from '../../../domain/rubric/catalogue/rubric-catalogue';
import { compareRubrics } from '../../../domain/rubric/rubric-compare';
import { renderBlankScoreSheetPdf } from '../../documents/blank-score-sheet.pdf';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { deleteRubricDraft, publishRubricVersion } from './publish-rubric-version';
import { importRubricVersion } from './import-rubric-version';
import { rubricVersionFromCsv } from './rubric-csv-import';
import {
  getRubricVersion,
  loadListedRubricVersions,
  loadRubricVersions,
  presentRubricDetail,
  presentRubricSummary,
} from './rubric-versions';

const tags = ['rubrics'];
/** A whole decision (26 sheets) as JSON is a few hundred kilobytes. */
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

function reader(request: FastifyRequest): { actor: Actor; isManager: boolean } {
  const actor = requireActor(request);
  if (!canAnywhere(actor, 'rubric.read')) throw forbidden();
  return { actor, isManager: findRubricManagerGrant(actor) !== undefined };
}

function manager(request: FastifyRequest): { actor: Actor; grant: Grant } {
  const actor = requireActor(request);
  const grant = findRubricManagerGrant(actor);
  if (!grant) throw forbidden();
  return { actor, grant };
}

function auditOf(request: FastifyRequest, actor: Actor, grant: Grant) {
  return {
    actorAccountId: actor.accountId,
    actorUsername: actor.username,
    actorRole: grant.role,
    unitId: grant.unitId,
    requestId: request.id,
  };
}

/** Criteria sheets: browse, print blank, import a new decision as a draft, publish, compare. */
export async function rubricRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();

  app.get(
    '/api/v1/rubrics',
    {
      schema: {
        operationId: 'listRubricVersions',
        tags,
        response: { 200: ListRubricVersionsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { isManager } = reader(request);
      return { items: (await loadListedRubricVersions(dbOf(request), isManager)).map(presentRubricSummary) };
    },
  );

  app.get(
    '/api/v1/product-sets',
    {
      schema: {
        operationId: 'listProductSets',
        tags,
        summary: 'Bộ sản phẩm đang áp dụng / product sets in force',
        response: { 200: ListProductSetsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: productSetsInForce(now().toISOString().slice(0, 10)) };
    },
  );

  app.get(
    '/api/v1/rubrics/compare',
    {
      schema: {
        operationId: 'compareRubricVersions',
        tags,
        querystring: CompareRubricsQuery,
        response: { 200: CompareRubricsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { isManager } = reader(request);
      const versions = (await loadRubricVersions(dbOf(request), isManager)).map((v) => v.version);
      const { from, to, set } = request.query;
      return compareRubrics(getRubricSheet(from, set, versions), getRubricSheet(to, set, versions));
    },
  );

  app.get(
    '/api/v1/rubrics/:key',
    {
      schema: {
        operationId: 'getRubricVersion',
        tags,
        params: RubricVersionKeyParams,
        response: { 200: RubricVersionDetailOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { isManager } = reader(request);
      return presentRubricDetail(await getRubricVersion(dbOf(request), request.params.key, isManager));
    },
  );

  app.get(
    '/api/v1/rubrics/:key/sets/:set',
    {
      schema: {
        operationId: 'getRubricSheet',
        tags,
        params: RubricSheetParams,
        response: { 200: RubricSheetOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { isManager } = reader(request);
      const { version } = await getRubricVersion(dbOf(request), request.params.key, isManager);
      return getRubricSheet(version.id, request.params.set, [version]) as unknown as RubricSheetOutputType;
    },
  );

  app.get(
    '/api/v1/rubrics/:key/sets/:set/blank.pdf',
    {
      schema: {
        operationId: 'getBlankScoreSheetPdf',
        tags,
        summary: 'Phiếu chấm điểm trống (PDF) / blank scoring sheet',
        params: RubricSheetParams,
        response: { 200: PdfOutput, 401: ProblemOutput, 403: ProblemOutput, 404: ProblemOutput },
      },
    },
    async (request, reply) => {
      const { isManager } = reader(request);
      const { version } = await getRubricVersion(dbOf(request), request.params.key, isManager);
      const sheet = getRubricSheet(version.id, request.params.set, [version]);
      const pdf = await renderBlankScoreSheetPdf({ sheet, version });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="phieu-cham-${version.id}-bo-${sheet.setNumber}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/rubrics',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        operationId: 'importRubricVersion',
        tags,
        summary: 'Nhập bộ tiêu chí mới (bản nháp) / import a rubric version as a draft',
        body: ImportRubricVersionInput,
        response: { 201: RubricVersionDetailOutput, 422: ProblemOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { actor, grant } = manager(request);
      const db = dbOf(request);
      const row = await importRubricVersion({
        db,
        audit: auditOf(request, actor, grant),
        json: request.body,
        unitId: grant.unitId,
        accountId: actor.accountId,
        now: now(),
      });
      return reply.status(201).send(presentRubricDetail(await getRubricVersion(db, row.versionKey, true)));
    },
  );

  app.post(
    '/api/v1/rubrics/csv',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        operationId: 'importRubricVersionCsv',
        tags,
        summary: 'Nhập bộ tiêu chí từ CSV (bản nháp) / import a rubric version from CSV as a draft',
        body: ImportRubricVersionCsvInput,
        response: { 201: RubricVersionDetailOutput, 422: ProblemOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const { actor, grant } = manager(request);
      const db = dbOf(request);
      const json = rubricVersionFromCsv(request.body);
      const row = await importRubricVersion({
        db,
        audit: auditOf(request, actor, grant),
        json,
        unitId: grant.unitId,
        accountId: actor.accountId,
        now: now(),
      });
      return reply.status(201).send(presentRubricDetail(await getRubricVersion(db, row.versionKey, true)));
    },
  );

  app.post(
    '/api/v1/rubrics/:key/publish',
    {
      schema: {
        operationId: 'publishRubricVersion',
        tags,
        params: RubricVersionKeyParams,
        response: { 200: RubricVersionDetailOutput, 422: ProblemOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { actor, grant } = manager(request);
      const db = dbOf(request);
      await publishRubricVersion({
        db,
        audit: auditOf(request, actor, grant),
        key: request.params.key,
        accountId: actor.accountId,
        now: now(),
      });
      return presentRubricDetail(await getRubricVersion(db, request.params.key, true));
    },
  );

  app.delete(
    '/api/v1/rubrics/:key',
    {
      schema: {
        operationId: 'deleteRubricDraft',
        tags,
        params: RubricVersionKeyParams,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { actor, grant } = manager(request);
      await deleteRubricDraft({
        db: dbOf(request),
        audit: auditOf(request, actor, grant),
        key: request.params.key,
        now: now(),
      });
      return { ok: true as const };
    },
  );
}
