import type { CertificateImportReportOutput } from '../../../contracts/imports.contracts';
import type { Database } from '../../../db/database';
import { finishImportJob, insertImportJob } from '../../../db/repositories/certificate-imports.repository';
import { sha256Of } from '../../files/blob-store';
import { applyCertificateImport } from './apply-certificate-import';
import { planCertificateImport, type CertificateImportPlan } from './plan-certificate-import';
import { readTableFile } from './read-table-file';
import { failImportJob, type ImportJobRow, type ImportRunner } from './run-producer-import';

export function presentCertificateImportReport(
  fileName: string,
  plan: CertificateImportPlan,
): CertificateImportReportOutput {
  return {
    fileName,
    totalRows: plan.totalRows,
    validRows: plan.validRows,
    invalidRows: plan.totalRows - plan.validRows,
    producersToCreate: plan.producersToCreate,
    productsToCreate: plan.productsToCreate,
    certificatesToCreate: plan.certificatesToCreate,
    rowsAlreadyPresent: plan.rowsAlreadyPresent,
    problems: plan.problems,
  };
}

async function planOf(params: { db: Database; runner: ImportRunner; content: Buffer; now: Date }) {
  const table = await readTableFile(params.content);
  return planCertificateImport({
    db: params.db,
    table,
    canImportInto: params.runner.canImportInto,
    today: params.now.toISOString().slice(0, 10),
  });
}

/**
 * Dry run of a certificate import: every bad row by line and column, and what an import would
 * create. Writes nothing. Throws IMPORT_INVALID when the file itself cannot be read.
 */
export async function dryRunCertificateImport(params: {
  db: Database;
  runner: ImportRunner;
  content: Buffer;
  fileName: string;
  now: Date;
}): Promise<CertificateImportReportOutput> {
  return presentCertificateImportReport(params.fileName, await planOf(params));
}

/**
 * Applies the plan of a running certificate import batch by batch and marks it completed. A job
 * interrupted by a restart is finished by planning the same file again (certificates already
 * imported count as present). Throws what failed.
 */
export async function completeCertificateImport(params: {
  db: Database;
  runner: ImportRunner;
  jobId: string;
  content: Buffer;
  now: () => Date;
  plan?: CertificateImportPlan;
}): Promise<ImportJobRow> {
  const { db, runner } = params;
  const startedAt = params.now();
  const plan = params.plan ?? (await planOf({ db, runner, content: params.content, now: startedAt }));
  await applyCertificateImport({ db, audit: runner.audit, jobId: params.jobId, plan, now: startedAt });
  return finishImportJob(db, params.jobId, {
    status: 'completed',
    processedRows: plan.totalRows,
    finishedAt: params.now(),
  });
}

/**
 * Starts a certificate import: plans it, records a job (kind `certificates`) with the row
 * problems, and returns it with `run`, which applies the plan in this process (the command line
 * and the demo; the server queues the job instead) and marks it completed or failed. Bad rows are
 * skipped and reported; a second run of the same file imports nothing.
 */
export async function startCertificateImport(params: {
  db: Database;
  runner: ImportRunner;
  content: Buffer;
  fileName: string;
  now: () => Date;
}): Promise<{ job: ImportJobRow; run: () => Promise<ImportJobRow> }> {
  const { db, runner } = params;
  const startedAt = params.now();
  const plan = await planOf({ db, runner, content: params.content, now: startedAt });
  const job = await insertImportJob(db, {
    kind: 'certificates',
    status: 'running',
    fileName: params.fileName,
    fileSha256: sha256Of(params.content),
    totalRows: plan.totalRows,
    problems: plan.problems,
    createdBy: runner.accountId,
    unitId: runner.unitId,
    createdAt: startedAt,
  });
  const run = async (): Promise<ImportJobRow> => {
    try {
      return await completeCertificateImport({ ...params, jobId: job.id, plan });
    } catch (error) {
      return failImportJob(db, job.id, error, params.now());
    }
  };
  return { job, run };
}
