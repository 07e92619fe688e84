import type { ListCertificatesQuery } from '../../../contracts/evaluation.contracts';
import type { Database } from '../../../db/database';
import {
  findUnitPathById,
  listCertificatesPage,
  type CertificateListRow,
} from '../../../db/repositories/certificate-list.repository';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import { PERMISSIONS, type Actor } from '../../../domain/access/permissions';
import type { CertificateStatus } from '../../../domain/evaluation/evaluation.types';

/** How far ahead "sắp hết hạn chưa đánh giá lại" looks by default: the legal notice period. */
export const NOT_RE_EVALUATED_DAYS = 30;

/**
 * The certificates the actor may read, filtered and paginated in SQL: an office sees those issued
 * by, or held by producers within, its units; a producer account those of its producers. An
 * unknown `unitId` yields nothing.
 */
export async function listCertificates(params: {
  db: Database;
  actor: Actor;
  query: Omit<ListCertificatesQuery, 'limit' | 'offset'> & { limit: number; offset: number };
  today: string;
}): Promise<{ rows: CertificateListRow[]; total: number }> {
  const { db, actor, query } = params;
  const roles: readonly string[] = PERMISSIONS['certificate.read'];
  const mayRead = actor.tokenScopes === undefined || actor.tokenScopes.includes('certificate.read');
  const grants = mayRead ? actor.grants.filter((g) => roles.includes(g.role)) : [];
  const unitPaths = grants.filter((g) => g.role !== 'producer').map((g) => g.unitPath);
  const producerIds = grants.some((g) => g.role === 'producer')
    ? await listMemberProducerIds(db, actor.accountId)
    : [];
  const unitPath = query.unitId ? await findUnitPathById(db, query.unitId) : undefined;
  if (query.unitId && !unitPath) return { rows: [], total: 0 };
  return listCertificatesPage(db, {
    producerIds,
    unitPaths,
    today: params.today,
    statuses: query.status?.split(',') as CertificateStatus[] | undefined,
    stars: query.stars,
    productSet: query.productSet,
    unitPath,
    expiringWithinDays: query.expiringWithinDays,
    notReEvaluatedWithinDays:
      query.notReEvaluated === 'true' ? (query.expiringWithinDays ?? NOT_RE_EVALUATED_DAYS) : undefined,
    producerId: query.producerId,
    decisionId: query.decisionId,
    limit: query.limit,
    offset: query.offset,
  });
}
