import { and, asc, eq, type SQL } from 'drizzle-orm';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import {
  ConsultancyLinkOutput,
  CreateConsultancyLinkInput,
  ListConsultancyLinksOutput,
  ListConsultancyLinksQuery,
} from '../../../contracts/consultancy.contracts';
import type { Database } from '../../../db/database';
import { accounts, adminUnits, consultancyLinks, producers } from '../../../db/schema';
import { assertCan, scopesFor } from '../../../domain/access/permissions';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { DomainError, forbidden } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createConsultancyLink } from './create-consultancy-link';

const tags = ['councils'];

/** Links with the names and the producer's commune path (for jurisdiction). */
async function loadLinks(db: Database, where: SQL | undefined) {
  const rows = await db
    .select({
      link: consultancyLinks,
      accountName: accounts.displayName,
      producerName: producers.name,
      unitPath: adminUnits.path,
    })
    .from(consultancyLinks)
    .innerJoin(accounts, eq(accounts.id, consultancyLinks.accountId))
    .innerJoin(producers, eq(producers.id, consultancyLinks.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(where)
    .orderBy(asc(producers.name), asc(accounts.displayName));
  return rows.map((r) => ({
    unitPath: r.unitPath,
    output: {
      accountId: r.link.accountId,
      accountName: r.accountName,
      producerId: r.link.producerId,
      producerName: r.producerName,
      validFrom: r.link.validFrom,
      validTo: r.link.validTo,
      note: r.link.note,
      createdAt: r.link.createdAt.toISOString(),
    } satisfies ConsultancyLinkOutput,
  }));
}

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
      const rows = await loadLinks(
        dbOf(request),
        and(
          accountId ? eq(consultancyLinks.accountId, accountId) : undefined,
          producerId ? eq(consultancyLinks.producerId, producerId) : undefined,
        ),
      );
      return {
        items: rows
          .filter((r) => scopes.some((scope) => isWithinUnit(r.unitPath, scope)))
          .map((r) => r.output),
      };
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
      const [producer] = await db
        .select({ unitPath: adminUnits.path, unitId: adminUnits.id })
        .from(producers)
        .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
        .where(eq(producers.id, producerId));
      if (!producer)
        throw new DomainError('NOT_FOUND', 'Không tìm thấy chủ thể.', 'Producer not found.', [
          { field: 'producerId', messageVi: 'Không có chủ thể này', messageEn: 'No such producer' },
        ]);
      assertCan(actor, 'consultancy.manage', { unitPath: producer.unitPath });
      const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId));
      if (!account)
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
      const [created] = await loadLinks(
        db,
        and(eq(consultancyLinks.accountId, accountId), eq(consultancyLinks.producerId, producerId)),
      );
      return reply.status(201).send(created!.output);
    },
  );
}
