import { findAccountById, listActiveGrants } from '../../../db/repositories/accounts.repository';
import { failExportJob, findExportJob } from '../../../db/repositories/export-jobs.repository';
import type { Action, Actor } from '../../../domain/access/permissions';
import { defineTask } from '../../jobs/job-definition';
import { exportFilePath, findListReader } from './list-reader';
import { runExport } from './run-export';

export const EXPORT_TASK = 'exports';

/** What a queued export carries: its job row (the row holds the list, filters and requester). */
export interface ExportTaskData {
  exportJobId: string;
}

const NO_READER = 'Máy chủ này không đọc được danh sách để xuất / this process cannot read lists for exports';
const ACCOUNT_GONE =
  'Tài khoản yêu cầu xuất không còn hoạt động / the account that asked for the export is no longer active';

/**
 * Xuất danh sách — writes the file of an export the request recorded. The list is read as the
 * requester, with the grants they hold when it runs (and the API token's scopes if a token asked),
 * so the file holds what their screen shows. The queue keeps the claim with a heartbeat; when the
 * process dies another takes it up and writes the file again from the start. After the last
 * attempt the job says `failed` with the reason.
 */
export const exportTask = defineTask<ExportTaskData>({
  name: EXPORT_TASK,
  descriptionVi: 'Xuất danh sách ra Excel hoặc CSV',
  descriptionEn: 'Export a list to Excel or CSV',
  retryLimit: 2,
  retryDelaySeconds: 10,
  retryDelayMaxSeconds: 300,
  expireInSeconds: 2 * 3600,
  heartbeatSeconds: 30,
  async run({ data, db, deps, log, isLastAttempt, signal }) {
    const job = await findExportJob(db, data.exportJobId);
    if (!job || job.status === 'done' || job.status === 'failed') return;
    const reader = findListReader(deps);
    const account = await findAccountById(db, job.requestedBy);
    if (!reader || account?.status !== 'active') {
      await failExportJob(db, job.id, reader ? ACCOUNT_GONE : NO_READER, deps.clock());
      return;
    }
    const actor: Actor = {
      accountId: account.id,
      username: account.username,
      grants: await listActiveGrants(db, account.id, deps.clock().toISOString().slice(0, 10)),
      tokenScopes: job.tokenScopes ? (job.tokenScopes as Action[]) : undefined,
    };
    try {
      await runExport({
        db,
        job,
        file: exportFilePath(deps.config.dataDir, job),
        now: deps.clock,
        readList: (path, query) => reader(actor, path, query),
        signal,
      });
    } catch (error) {
      log.error('export job failed', { jobId: job.id, error: String(error) });
      if (isLastAttempt) await failExportJob(db, job.id, String(error), deps.clock());
      throw error;
    }
  },
});
