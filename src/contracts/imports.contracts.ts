import { z } from 'zod';

/** One problem with one row of an import file: its line, the column (Vietnamese header), why. */
export const ImportProblem = z
  .object({
    line: z.number().int().describe('Line (CSV) or row number (Excel) in the file, header = 1'),
    column: z.string().nullable(),
    messageVi: z.string(),
    messageEn: z.string(),
  })
  .meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof ImportProblem>;

/** What a dry run found: counts and every bad row. Nothing is written. */
export const ImportReportOutput = z
  .object({
    fileName: z.string(),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    invalidRows: z.number().int(),
    producersToCreate: z.number().int(),
    productsToCreate: z.number().int(),
    rowsAlreadyPresent: z
      .number()
      .int()
      .describe('Rows whose producer and product already exist (idempotent re-run)'),
    problems: z.array(ImportProblem),
  })
  .meta({ id: 'ImportReport' });
export type ImportReportOutput = z.infer<typeof ImportReportOutput>;

export const ImportJobOutput = z
  .object({
    id: z.uuid(),
    kind: z.enum(['producers', 'certificates']),
    status: z.enum(['running', 'completed', 'failed']),
    fileName: z.string(),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    producersCreated: z.number().int(),
    productsCreated: z.number().int(),
    certificatesCreated: z.number().int(),
    problems: z.array(ImportProblem),
    failureMessage: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportJob' });
export type ImportJobOutput = z.infer<typeof ImportJobOutput>;

/** What a dry run of a certificate import found (giấy chứng nhận đã cấp). Nothing is written. */
export const CertificateImportReportOutput = ImportReportOutput.extend({
  certificatesToCreate: z.number().int(),
  rowsAlreadyPresent: z
    .number()
    .int()
    .describe('Rows whose certificate number exists already (idempotent re-run)'),
}).meta({ id: 'CertificateImportReport' });
export type CertificateImportReportOutput = z.infer<typeof CertificateImportReportOutput>;
