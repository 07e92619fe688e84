import fs from 'node:fs/promises';
import { deleteExpiredExportJobs } from '../../../db/repositories/export-jobs.repository';
import { defineDailyJob } from '../../jobs/job-definition';
import { exportFilePath } from './list-reader';

/**
 * Dọn tệp xuất danh sách — deletes the export jobs whose file has expired (kept 24 hours) and
 * their files, so personal data in exported lists does not linger on the server.
 */
export const exportCleanupJob = defineDailyJob({
  name: 'export-cleanup',
  hour: 2,
  descriptionVi: 'Xóa các tệp xuất danh sách đã hết hạn',
  descriptionEn: 'Delete expired list export files',
  async run({ db, deps, now }) {
    const expired = await deleteExpiredExportJobs(db, now);
    for (const job of expired) await fs.rm(exportFilePath(deps.config.dataDir, job), { force: true });
    return { exports: expired.length };
  },
});
