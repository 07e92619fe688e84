import type { QueueOutput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import { listDossiersWithNames, listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import {
  QUEUE_TASK_LABELS,
  QUEUE_TASKS,
  TASK_BY_STATUS,
  type QueueTask,
} from '../../../domain/dossier/dossier-queue';
import { canDoDossierAction, dossierListScope } from '../../../domain/dossier/dossier-policy';
import { allowedActions, FORWARDED_STATUSES } from '../../../domain/dossier/dossier-workflow';
import { DOSSIER_STATUSES } from '../../../domain/dossier/dossier.types';
import { scopeOf } from './dossier-access';
import { loadDeadlineCalendar } from './dossier-deadlines';
import { presentDossierSummary } from './dossier.presenter';

/** Statuses that wait for someone (everything but the pool). */
const WAITING = DOSSIER_STATUSES.filter((s) => TASK_BY_STATUS[s] !== null);

/**
 * What waits for the actor: visible dossiers whose status allows an action the actor may take,
 * with counts per task (producer: to submit / to supplement; commune: to check / to assess / to
 * forward; district and province: to accept), the nearest deadline first.
 */
export async function listMyQueue(params: { db: Database; actor: Actor; now: Date }): Promise<QueueOutput> {
  const { db, actor, now } = params;
  const memberOf = await listMemberProducerIds(db, actor.accountId);
  const scope = dossierListScope(actor, memberOf);
  const { rows } = await listDossiersWithNames(db, {
    ...scope,
    forwardedStatuses: FORWARDED_STATUSES,
    statuses: WAITING,
    limit: 500,
    offset: 0,
  });
  const counts = Object.fromEntries(QUEUE_TASKS.map((t) => [t, 0])) as Record<QueueTask, number>;
  const items: QueueOutput['items'] = [];
  const calendar = await loadDeadlineCalendar(
    db,
    now,
    rows.map((row) => row.communePath),
  );
  for (const row of rows) {
    const dossierScope = scopeOf(row);
    const task = TASK_BY_STATUS[dossierScope.status];
    if (
      task === null ||
      !allowedActions(dossierScope.status).some((a) => canDoDossierAction(actor, a, dossierScope, memberOf))
    )
      continue;
    counts[task] += 1;
    items.push({ ...presentDossierSummary(row, now, calendar), task, taskLabel: QUEUE_TASK_LABELS[task] });
  }
  items.sort((a, b) => (a.deadline?.dueOn ?? '9999').localeCompare(b.deadline?.dueOn ?? '9999'));
  return { counts, items };
}
