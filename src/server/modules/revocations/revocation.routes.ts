import type { FastifyRequest } from 'fastify';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import {
  ApproveRevocationDecisionInput,
  DraftRevocationDecisionInput,
  ListRevocationDecisionsOutput,
  ListRevocationDecisionsQuery,
  ListRevocationProposalsOutput,
  ListRevocationProposalsQuery,
  ProposeExpiredRevocationsInput,
  ProposeExpiredRevocationsOutput,
  ProposeRevocationInput,
  ReturnRevocationDecisionInput,
  RevocationDecisionOutput,
  RevocationGroundsOutput,
  RevocationProposalOutput,
  WithdrawRevocationProposalInput,
} from '../../../contracts/revocations.contracts';
import { PdfOutput } from '../../../contracts/rubrics.contracts';
import { findAccountDisplayName } from '../../../db/repositories/dossiers.repository';
import {
  listDecisions,
  listProposals,
  listProposalsOfDecision,
} from '../../../db/repositories/revocations.repository';
import { scopesFor, type Action } from '../../../domain/access/permissions';
import { revocationGroundsOn } from '../../../domain/revocation/revocation-grounds';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { mailerOf } from '../../mail/mailer';
import { enforceRequiredPermissions } from '../../route-permission';
import { approveRevocationDecision } from './approve-revocation-decision';
import { draftRevocationDecision } from './draft-revocation-decision';
import { proposeExpiredRevocations } from './propose-expired-revocations';
import { proposeRevocation } from './propose-revocation';
import { returnRevocationDecision } from './return-revocation-decision';
import { readableDecision } from './revocation-access';
import { renderRevocationDecisionPdf } from './revocation-decision-document';
import { presentDecision, presentProposal } from './revocation-presenter';
import { withdrawRevocationProposal } from './withdraw-revocation-proposal';

const tags = ['revocations'];
const READ_ACTIONS: Action[] = [
  'revocation.read',
  'revocation.propose',
  'revocation.draft',
  'revocation.approve',
];

/** Every unit path where the actor sees revocations. */
function readablePaths(request: FastifyRequest): string[] {
  const actor = requireActor(request);
  return [...new Set(READ_ACTIONS.flatMap((action) => scopesFor(actor, action)))];
}

/** Revocation (thu hồi): proposals, decisions drafted by the office and approved by a leader. */
export async function revocationRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  enforceRequiredPermissions(app);
  const decisionOut = async (request: FastifyRequest, id: string) => {
    const db = dbOf(request);
    const found = await readableDecision(db, requireActor(request), id);
    return presentDecision(found, await listProposalsOfDecision(db, id));
  };
  const ctx = (request: FastifyRequest, action: Action) => ({
    db: dbOf(request),
    audit: auditContextOf(request, action),
    actor: requireActor(request),
    now: now(),
  });

  app.get(
    '/api/v1/revocation-grounds',
    {
      schema: {
        operationId: 'listRevocationGrounds',
        tags,
        summary: 'Danh mục căn cứ thu hồi đang áp dụng / revocation grounds in force',
        response: { 200: RevocationGroundsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      const grounds = revocationGroundsOn(now().toISOString().slice(0, 10));
      return {
        version: grounds.version,
        effectiveFrom: grounds.effectiveFrom,
        grounds: [...grounds.grounds],
      };
    },
  );

  app.post(
    '/api/v1/revocation-proposals',
    {
      config: { requiredPermission: 'revocation.propose' },
      schema: {
        operationId: 'proposeRevocation',
        tags,
        summary: 'Đề nghị thu hồi một giấy chứng nhận / propose revoking a certificate',
        body: ProposeRevocationInput,
        response: { 201: RevocationProposalOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const row = await proposeRevocation({ ...ctx(request, 'revocation.propose'), input: request.body });
      return reply.status(201).send(presentProposal(row));
    },
  );

  app.post(
    '/api/v1/revocation-proposals/expired',
    {
      config: { requiredPermission: 'revocation.propose' },
      schema: {
        operationId: 'proposeExpiredRevocations',
        tags,
        summary: 'Đề nghị thu hồi hàng loạt: hết hạn chưa đánh giá lại / bulk: expired, not re-evaluated',
        body: ProposeExpiredRevocationsInput,
        response: { 200: ProposeExpiredRevocationsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const rows = await proposeExpiredRevocations({
        ...ctx(request, 'revocation.propose'),
        unitId: request.body.unitId,
      });
      return { items: rows.map(presentProposal) };
    },
  );

  app.get(
    '/api/v1/revocation-proposals',
    {
      config: { requiredPermission: 'revocation.read' },
      schema: {
        operationId: 'listRevocationProposals',
        tags,
        querystring: ListRevocationProposalsQuery,
        response: { 200: ListRevocationProposalsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { rows, total } = await listProposals(dbOf(request), {
        unitPaths: readablePaths(request),
        ...request.query,
      });
      return { items: rows.map(presentProposal), total };
    },
  );

  app.post(
    '/api/v1/revocation-proposals/:id/withdraw',
    {
      config: { requiredPermission: 'revocation.propose' },
      schema: {
        operationId: 'withdrawRevocationProposal',
        tags,
        params: IdParams,
        body: WithdrawRevocationProposalInput,
        response: { 200: RevocationProposalOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const row = await withdrawRevocationProposal({
        ...ctx(request, 'revocation.propose'),
        proposalId: request.params.id,
        version: request.body.version,
      });
      return presentProposal(row);
    },
  );

  app.post(
    '/api/v1/revocation-decisions',
    {
      config: { requiredPermission: 'revocation.draft' },
      schema: {
        operationId: 'draftRevocationDecision',
        tags,
        summary: 'Dự thảo quyết định thu hồi / draft a revocation decision',
        body: DraftRevocationDecisionInput,
        response: { 201: RevocationDecisionOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const row = await draftRevocationDecision({ ...ctx(request, 'revocation.draft'), input: request.body });
      return reply.status(201).send(await decisionOut(request, row.id));
    },
  );

  app.get(
    '/api/v1/revocation-decisions',
    {
      config: { requiredPermission: 'revocation.read' },
      schema: {
        operationId: 'listRevocationDecisions',
        tags,
        querystring: ListRevocationDecisionsQuery,
        response: { 200: ListRevocationDecisionsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { rows, total } = await listDecisions(dbOf(request), {
        unitPaths: readablePaths(request),
        ...request.query,
      });
      return {
        items: rows.map(({ decision: d, unitName, itemCount }) => ({
          id: d.id,
          unitName,
          number: d.number,
          signedOn: d.status === 'approved' ? d.signedOn : null,
          status: d.status,
          itemCount,
          draftedAt: d.draftedAt.toISOString(),
          returnReason: d.returnReason,
          version: d.version,
        })),
        total,
      };
    },
  );

  app.get(
    '/api/v1/revocation-decisions/:id',
    {
      config: { requiredPermission: 'revocation.read' },
      schema: {
        operationId: 'getRevocationDecision',
        tags,
        params: IdParams,
        response: { 200: RevocationDecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => decisionOut(request, request.params.id),
  );

  app.get(
    '/api/v1/revocation-decisions/:id/pdf',
    {
      config: { requiredPermission: 'revocation.read' },
      schema: {
        operationId: 'getRevocationDecisionPdf',
        tags,
        summary: 'Quyết định thu hồi (PDF, ký số khi đã phê duyệt) / decision PDF, signed once approved',
        params: IdParams,
        response: { 200: PdfOutput, 401: ProblemOutput, 403: ProblemOutput, 404: ProblemOutput },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const found = await readableDecision(db, requireActor(request), request.params.id);
      const pdf = await renderRevocationDecisionPdf({
        config: app.deps.config,
        found,
        items: await listProposalsOfDecision(db, found.decision.id),
      });
      const name = found.decision.number.replace(/[^A-Za-z0-9-]+/g, '-');
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="quyet-dinh-thu-hoi-${name}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/revocation-decisions/:id/approve',
    {
      config: { requiredPermission: 'revocation.approve' },
      schema: {
        operationId: 'approveRevocationDecision',
        tags,
        summary: 'Lãnh đạo phê duyệt quyết định thu hồi / the leader approves the revocation',
        params: IdParams,
        body: ApproveRevocationDecisionInput,
        response: { 200: RevocationDecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const c = ctx(request, 'revocation.approve');
      const { mails } = await approveRevocationDecision({
        ...c,
        decisionId: request.params.id,
        version: request.body.version,
        actorName: (await findAccountDisplayName(c.db, c.actor.accountId)) ?? c.actor.username,
      });
      for (const mail of mails)
        await mailerOf(app.deps)
          .sendMail({ ...mail, kind: 'certificate.revoked' })
          .catch(() => undefined);
      return decisionOut(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/revocation-decisions/:id/return',
    {
      config: { requiredPermission: 'revocation.approve' },
      schema: {
        operationId: 'returnRevocationDecision',
        tags,
        summary: 'Trả lại dự thảo kèm lý do / return the draft with a reason',
        params: IdParams,
        body: ReturnRevocationDecisionInput,
        response: { 200: RevocationDecisionOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const c = ctx(request, 'revocation.approve');
      await returnRevocationDecision({
        ...c,
        decisionId: request.params.id,
        input: request.body,
        actorName: (await findAccountDisplayName(c.db, c.actor.accountId)) ?? c.actor.username,
      });
      return decisionOut(request, request.params.id);
    },
  );
}
