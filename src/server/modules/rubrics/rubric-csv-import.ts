import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { ImportRubricVersionCsvInput } from '../../../contracts/rubrics.contracts';
import { DomainError } from '../../../domain/errors';
import {
  RUBRIC_CSV_COLUMNS,
  rubricSheetsFromCsv,
  type RubricCsvRow,
} from '../../../domain/rubric/rubric-csv';

/**
 * Turns the CSV form (metadata + CSV text) into the JSON form that `importRubricVersion` checks.
 * Throws RUBRIC_INVALID for a file that is not CSV or lacks a column, naming it.
 */
export function rubricVersionFromCsv(input: z.infer<typeof ImportRubricVersionCsvInput>): unknown {
  const { csv, ...metadata } = input;
  let rows: RubricCsvRow[];
  try {
    rows = parse<RubricCsvRow>(csv.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (error) {
    throw new DomainError(
      'RUBRIC_INVALID',
      'Nội dung CSV không đọc được.',
      `Unreadable CSV: ${(error as Error).message}`,
      [{ field: 'csv', messageVi: 'CSV không hợp lệ', messageEn: (error as Error).message }],
    );
  }
  const missing = RUBRIC_CSV_COLUMNS.filter((column) => rows.length > 0 && !(column in rows[0]!));
  if (rows.length === 0 || missing.length > 0) {
    throw new DomainError(
      'RUBRIC_INVALID',
      `CSV thiếu cột: ${missing.join(', ') || 'không có dòng nào'}.`,
      `CSV lacks columns: ${missing.join(', ') || 'no rows'}.`,
      [
        {
          field: 'csv',
          messageVi: `Thiếu cột ${missing.join(', ')}`,
          messageEn: `Missing columns ${missing.join(', ')}`,
        },
      ],
    );
  }
  return { ...metadata, status: 'draft', sheets: rubricSheetsFromCsv(rows) };
}
