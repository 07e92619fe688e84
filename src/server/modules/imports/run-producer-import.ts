import { eq } from 'drizzle-orm';
import type { ImportJobOutput, ImportReportOutput } from '../../../contracts/imports.contracts';
import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import { importJobs } from '../../../db/schema';
import { sha256Of } from '../../files/blob-store';
import { applyProducerImport } from './apply-producer-import';
import { planProducerImport, type ImportPlan } from './plan-producer-import';
import { readTableFile } from './read-table-file';

export type ImportJobRow = typeof importJobs.$inferSelect;

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
  const table = await readTableFile(params.content);
  const plan = await planProducerImport({
    db: params.db,
    table,
    canImportInto: params.runner.canImportInto,
    today: params.now.toISOString().slice(0, 10),
  });
  return presentImportReport(params.fileName, plan);
}

/**
 * Starts an import: plans it (as the dry run), records a job with the row problems and
 * `processedRows = 0`, and returns the job with `run`, which applies the plan batch by batch
 * (progress visible by polling the job) and marks it completed or failed. Bad rows are skipped
 * and reported; the rest is imported. Idempotent by natural keys.
 */
export async function startProducerImport(params: {
  db: Database;
  runner: ImportRunner;
  content: Buffer;
  fileName: string;
  now: () => Date;
}): Promise<{ job: ImportJobRow; run: () => Promise<ImportJobRow> }> {
  const { db, runner } = params;
  const table = await readTableFile(params.content);
  const startedAt = params.now();
  const plan = await planProducerImport({
    db,
    table,
    canImportInto: runner.canImportInto,
    today: startedAt.toISOString().slice(0, 10),
  });
  const [job] = await db
    .insert(importJobs)
    .values({
      kind: 'producers',
      status: 'running',
      fileName: params.fileName,
      fileSha256: sha256Of(params.content),
      totalRows: plan.totalRows,
      problems: plan.problems,
      createdBy: runner.accountId,
      unitId: runner.unitId,
      createdAt: startedAt,
    })
    .returning();
  if (!job) throw new Error('insert returned nothing');
  const run = async (): Promise<ImportJobRow> => {
    try {
      await applyProducerImport({ db, audit: runner.audit, jobId: job.id, plan, now: startedAt });
      const [done] = await db
        .update(importJobs)
        .set({ status: 'completed', processedRows: plan.totalRows, finishedAt: params.now() })
        .where(eq(importJobs.id, job.id))
        .returning();
      return done!;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const [failed] = await db
        .update(importJobs)
        .set({ status: 'failed', failureMessage: message.slice(0, 2000), finishedAt: params.now() })
        .where(eq(importJobs.id, job.id))
        .returning();
      return failed!;
    }
  };
  return { job, run };
}
