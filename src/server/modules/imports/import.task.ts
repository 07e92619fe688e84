import type { AuditContext } from '../../../db/repositories/audit.repository';
import { findImportJob } from '../../../db/repositories/certificate-imports.repository';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { defineTask } from '../../jobs/job-definition';
import { completeCertificateImport } from './run-certificate-import';
import { completeProducerImport, failImportJob, type ImportRunner } from './run-producer-import';

export const IMPORT_TASK = 'imports';

const FILE_GONE =
  'Tệp nhập không còn trên máy chủ nên lượt nhập bị dừng; các dòng đã nhập được giữ, hãy nhập lại tệp ' +
  '/ the import file is no longer on the server, so the import stopped; rows already imported are kept, import the file again';

/** What a queued import carries: the job row, and who started it (its units and audit context). */
export interface ImportTaskData {
  importJobId: string;
  /** The units where the starter may import (`scopesFor(actor, 'import.run')`), empty for the system. */
  unitPaths: string[];
  /** True for the command line and the demo: any unit. */
  isSystem: boolean;
  audit: AuditContext;
}

/**
 * Imports a file of producers and products, or of certificates issued before the platform, whose
 * job row the request recorded (with the bad rows already reported) and whose file it stored in
 * the blob store. The queue hands it to one process and keeps its claim with a heartbeat; when
 * that process stops or dies, another takes it up and finishes it — the import is idempotent by
 * natural keys, so rows already imported are skipped. After the last attempt the job says
 * `failed` with the reason.
 */
export const importTask = defineTask<ImportTaskData>({
  name: IMPORT_TASK,
  descriptionVi: 'Nhập chủ thể, sản phẩm hoặc giấy chứng nhận từ tệp',
  descriptionEn: 'Import producers, products or certificates from a file',
  retryLimit: 2,
  retryDelaySeconds: 10,
  retryDelayMaxSeconds: 300,
  expireInSeconds: 4 * 3600,
  heartbeatSeconds: 30,
  async run({ data, db, deps, log, isLastAttempt }) {
    const job = await findImportJob(db, data.importJobId);
    if (!job || job.status !== 'running') return; // Finished meanwhile: nothing to do.
    const runner: ImportRunner = {
      audit: data.audit,
      accountId: job.createdBy,
      unitId: job.unitId,
      canImportInto: (unitPath) =>
        data.isSystem || data.unitPaths.some((scope) => isWithinUnit(unitPath, scope)),
    };
    const blobs = createBlobStore(fileStoreRoot(deps.config.dataDir));
    if (!(await blobs.has(job.fileSha256))) {
      // Started before imports were queued, or the file store was not restored with the database.
      await failImportJob(db, job.id, new Error(FILE_GONE), deps.clock());
      return;
    }
    try {
      const content = await blobs.read(job.fileSha256);
      const input = { db, runner, jobId: job.id, content, now: deps.clock };
      if (job.kind === 'producers') await completeProducerImport(input);
      else await completeCertificateImport(input);
    } catch (error) {
      log.error('import job failed', { jobId: job.id, error: String(error) });
      if (isLastAttempt) await failImportJob(db, job.id, error, deps.clock());
      throw error;
    }
  },
});
