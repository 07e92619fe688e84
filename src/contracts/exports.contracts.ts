/**
 * Zod contracts of the list exports: every back-office list downloaded as Excel or CSV with the
 * filters the screen shows.
 */
import { z } from 'zod';
import { fileResponse } from './shared.contracts';

/** The lists that export (danh sách xuất được). */
export const EXPORT_LISTS = [
  'producers',
  'products',
  'dossiers',
  'certificates',
  'rounds',
  'stamps',
  'events',
] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

export const ExportListParams = z.object({ list: z.enum(EXPORT_LISTS) });

/**
 * `format` picks the file; every other parameter is a filter of the list itself, with the same
 * name and meaning as on the list endpoint (e.g. `status`, `q`, `year`, `productId`).
 */
export const ExportListQuery = z.looseObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
export type ExportListQuery = z.infer<typeof ExportListQuery>;

export const ExportFileOutput = fileResponse('Excel (.xlsx) or CSV (UTF-8 with BOM)', [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
]);

/**
 * `startExport`: a list export written in the background. `filters` are the list's own query
 * parameters (as on the list endpoint); `limit`/`offset` are ignored — the export holds every row.
 */
export const StartExportInput = z.object({
  list: z.enum(EXPORT_LISTS),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  filters: z.record(z.string(), z.string().max(500)).default({}),
});
export type StartExportInput = z.infer<typeof StartExportInput>;

/** An export job: status and progress for polling, and the download address once done. */
export const ExportJobOutput = z
  .object({
    id: z.uuid(),
    list: z.enum(EXPORT_LISTS),
    format: z.enum(['xlsx', 'csv']),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    doneRows: z.number().int(),
    totalRows: z.number().int().nullable(),
    fileName: z.string().nullable(),
    /** `GET` it (same account) once `status` is `done`, until `expiresAt`. */
    downloadUrl: z.string().nullable(),
    error: z.string().nullable(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'ExportJob' });
export type ExportJobOutput = z.infer<typeof ExportJobOutput>;
