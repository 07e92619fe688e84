import { commonErrorResponses } from '../../../contracts/problem.contracts';
import {
  ConsultancyLinkOutput,
  CreateConsultancyLinkInput,
  ListConsultancyLinksOutput,
  ListConsultancyLinksQuery,
} from '../../../contracts/consultancy.contracts';
import {
  accountExists,
  findProducerCommune,
  listConsultancyLinksWithNames,
} from '../../../db/repositories/consultancy.repository';
import { assertCan, scopesFor } from '../../../domain/access/permissions';
import { DomainError, forbidden } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { presentConsultancyLink } from './consultancy.presenter';
import { createConsultancyLink } from './create-consultancy-link';
import { listConsultancyLinks } from './list-consultancy-links';

const tags = ['councils'];

/** Consultancy links (quan hệ tư vấn), kept by the standing office of the producer's province. */
export async function consultancyRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/consultancy-links',
    {
      schema: {
        operationId: 'listConsultancyLinks',
        tags,
        summary: 'Quan hệ tư vấn / consultancy links',
        querystring: ListConsultancyLinksQuery,
        response: { 200: ListConsultancyLinksOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const scopes = scopesFor(requireActor(request), 'consultancy.manage');
      if (scopes.length === 0) throw forbidden();
      const { accountId, producerId } = request.query;
      return { items: await listConsultancyLinks({ db: dbOf(request), scopes, accountId, producerId }) };
    },
  );

  app.post(
    '/api/v1/consultancy-links',
    {
      schema: {
        operationId: 'createConsultancyLink',
        tags,
        summary: 'Ghi nhận quan hệ tư vấn / record a consultancy link',
        body: CreateConsultancyLinkInput,
        response: { 201: ConsultancyLinkOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      const { accountId, producerId } = request.body;
      const producer = await findProducerCommune(db, producerId);
      if (!producer)
        throw new DomainError('NOT_FOUND', 'Không tìm thấy chủ thể.', 'Producer not found.', [
          { field: 'producerId', messageVi: 'Không có chủ thể này', messageEn: 'No such producer' },
        ]);
      assertCan(actor, 'consultancy.manage', { unitPath: producer.unitPath });
      if (!(await accountExists(db, accountId)))
        throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.', 'Account not found.', [
          { field: 'accountId', messageVi: 'Không có tài khoản này', messageEn: 'No such account' },
        ]);
      await createConsultancyLink({
        db,
        audit: auditContextOf(request, 'consultancy.manage', { unitPath: producer.unitPath }),
        input: request.body,
        unitId: producer.unitId,
        accountId: actor.accountId,
        now: app.deps.clock(),
      });
      const [created] = await listConsultancyLinksWithNames(db, { accountId, producerId });
      return reply.status(201).send(presentConsultancyLink(created!));
    },
  );
}
