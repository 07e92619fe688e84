import type { ImportJobOutput, ImportReportOutput } from '../../../contracts/imports.contracts';
import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import {
  finishImportJob,
  insertImportJob,
  type ImportJobRow,
} from '../../../db/repositories/certificate-imports.repository';
import { sha256Of } from '../../files/blob-store';
import { applyProducerImport } from './apply-producer-import';
import { planProducerImport, type ImportPlan } from './plan-producer-import';
import { readTableFile } from './read-table-file';

export type { ImportJobRow };

/** Who runs an import and where: the jurisdiction test and the audit context. */
export interface ImportRunner {
  audit: AuditContext;
  accountId: string | null;
  unitId: string | null;
  canImportInto: (unitPath: string) => boolean;
}

export function presentImportReport(fileName: string, plan: ImportPlan): ImportReportOutput {
  return {
    fileName,
    totalRows: plan.totalRows,
    validRows: plan.validRows,
    invalidRows: plan.totalRows - plan.validRows,
    producersToCreate: plan.producersToCreate,
    productsToCreate: plan.productsToCreate,
    rowsAlreadyPresent: plan.rowsAlreadyPresent,
    problems: plan.problems,
  };
}

export function presentImportJob(row: ImportJobRow): ImportJobOutput {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.fileName,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    producersCreated: row.producersCreated,
    productsCreated: row.productsCreated,
    certificatesCreated: row.certificatesCreated,
    problems: row.problems as ImportJobOutput['problems'],
    failureMessage: row.failureMessage,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Dry run: reads and checks the whole file and reports, per bad row, its line, column and reason
 * (Vietnamese and English), and what an import would create. Writes nothing. Throws
 * IMPORT_INVALID when the file itself cannot be read.
 */
export async function dryRunProducerImport(params: {
  db: Database;
  runner: ImportRunner;
  content: Buffer;
  fileName: string;
  now: Date;
}): Promise<ImportReportOutput> {
  return presentImportReport(params.fileName, await planOf(params));
}

/** The plan of a file as the runner may import it (reads the file again: a resumed job does too). */
async function planOf(params: { db: Database; runner: ImportRunner; content: Buffer; now: Date }) {
  const table = await readTableFile(params.content);
  return planProducerImport({
    db: params.db,
    table,
    canImportInto: params.runner.canImportInto,
    today: params.now.toISOString().slice(0, 10),
  });
}

/**
 * Applies the plan of a running job batch by batch (progress visible by polling the job) and
 * marks it completed. Idempotent by natural keys, so a job interrupted by a restart is finished
 * by planning the same file again: rows already imported count as present. Throws what failed;
 * the caller decides whether it is retried or recorded with {@link failImportJob}.
 */
export async function completeProducerImport(params: {
  db: Database;
  runner: ImportRunner;
  jobId: string;
  content: Buffer;
  now: () => Date;
  plan?: ImportPlan;
}): Promise<ImportJobRow> {
  const { db, runner } = params;
  const startedAt = params.now();
  const plan = params.plan ?? (await planOf({ db, runner, content: params.content, now: startedAt }));
  await applyProducerImport({ db, audit: runner.audit, jobId: params.jobId, plan, now: startedAt });
  return finishImportJob(db, params.jobId, {
    status: 'completed',
    processedRows: plan.totalRows,
    finishedAt: params.now(),
  });
}

/** Records that a job failed, with the reason users read when they poll it. */
export async function failImportJob(
  db: Database,
  jobId: string,
  error: unknown,
  now: Date,
): Promise<ImportJobRow> {
  const message = error instanceof Error ? error.message : String(error);
  return finishImportJob(db, jobId, {
    status: 'failed',
    failureMessage: message.slice(0, 2000),
    finishedAt: now,
  });
}

/**
 * Starts an import: plans it (as the dry run), records a job with the row problems and
 * `processedRows = 0`, and returns the job with `run`, which applies the plan in this process
 * (the command line; the server queues the job instead) and marks it completed or failed. Bad
 * rows are skipped and reported; the rest is imported. Idempotent by natural keys.
 */
export async function startProducerImport(params: {
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
    kind: 'producers',
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
      return await completeProducerImport({ ...params, jobId: job.id, plan });
    } catch (error) {
      return failImportJob(db, job.id, error, params.now());
    }
  };
  return { job, run };
}
