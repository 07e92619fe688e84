import type { Database } from '../../../db/database';
import {
  findSuspectedFakeReports,
  linkReportsToCase,
} from '../../../db/repositories/market-cases.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';

/**
 * Links shoppers' reports of suspected fakes to a case (inside the caller's transaction). Every
 * report must exist and belong to a province where the actor manages cases; otherwise nothing is
 * linked and the answer names the field. Returns the ids newly linked.
 * @throws VALIDATION_FAILED (field `reportIds`)
 */
export async function linkSuspectedFakeReports(params: {
  db: Database;
  actor: Actor;
  caseId: string;
  reportIds: readonly string[];
  now: Date;
}): Promise<string[]> {
  const ids = [...new Set(params.reportIds)];
  if (ids.length === 0) return [];
  const reports = await findSuspectedFakeReports(params.db, ids);
  const reachable = new Set(
    reports
      .filter((r) => r.provincePath && can(params.actor, 'market_case.manage', { unitPath: r.provincePath }))
      .map((r) => r.id),
  );
  const missing = ids.filter((id) => !reachable.has(id));
  if (missing.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Có báo cáo không tồn tại hoặc ngoài địa bàn.',
      'A report does not exist or is outside your units.',
      missing.map((id) => ({
        field: 'reportIds',
        messageVi: `Không tìm thấy báo cáo ${id}`,
        messageEn: `Report ${id} not found`,
      })),
    );
  return linkReportsToCase(params.db, {
    caseId: params.caseId,
    reportIds: ids,
    linkedBy: params.actor.accountId,
    linkedAt: params.now,
  });
}
