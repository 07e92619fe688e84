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
