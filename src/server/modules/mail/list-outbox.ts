import type { ListOutboxQuery, OutboxMessageOutput } from '../../../contracts/mail.contracts';
import type { Database } from '../../../db/database';
import { listOutboxPage } from '../../../db/repositories/mail-outbox.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';
import { pathIds } from '../../../domain/access/unit-path';
import { forbidden } from '../../../domain/errors';

/**
 * The mail outbox for administrators, within their unit (mail about no unit only for national
 * administrators). Without SMTP, this is where confirmation links wait to be passed on.
 */
export async function listOutbox(params: {
  db: Database;
  actor: Actor;
  query: ListOutboxQuery;
}): Promise<{ items: OutboxMessageOutput[]; total: number }> {
  const unitPaths = scopesFor(params.actor, 'mail.read');
  if (unitPaths.length === 0) throw forbidden();
  const page = await listOutboxPage(params.db, {
    unitPaths,
    includeUnitless: unitPaths.some((path) => pathIds(path).length === 1),
    recipient: params.query.recipient,
    status: params.query.status,
    limit: params.query.limit,
    offset: params.query.offset,
  });
  return {
    total: page.total,
    items: page.items.map((row) => ({
      id: row.id,
      recipient: row.recipient,
      subject: row.subject,
      textBody: row.textBody,
      unitId: row.unitId,
      status: row.status,
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    })),
  };
}
