import type { ExportList } from '../../../contracts/exports.contracts';
import { EXPORT_SOURCES } from './export-columns';
import { exportCsv, exportXlsx } from './export-file';

/** Rows an export holds at most; past it the file says it was cut and the screen asks for narrower filters. */
export const MAX_EXPORT_ROWS = 10_000;
const PAGE = 200;

/** What a list endpoint answered to the caller: 200 with `items` (and `total` when paged), or a problem. */
export interface ListAnswer {
  statusCode: number;
  body: unknown;
}

export type ExportResult =
  | { kind: 'file'; bytes: Buffer; fileName: string; contentType: string; rows: number; isTruncated: boolean }
  | { kind: 'problem'; statusCode: number; body: unknown };

const vietnamDay = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * A back-office list as the caller sees it with its filters, written to Excel or CSV. The rows come
 * from the list endpoint itself, asked as the caller (`readList`), so jurisdiction, filters and
 * personal-data rules are exactly those of the screen; paged lists are read page by page up to
 * {@link MAX_EXPORT_ROWS}. A refusal of the list (403, 400 on a bad filter) is handed back as is.
 */
export async function exportList(params: {
  list: ExportList;
  format: 'xlsx' | 'csv';
  filters: Record<string, string>;
  now: Date;
  readList: (path: string, query: Record<string, string>) => Promise<ListAnswer>;
}): Promise<ExportResult> {
  const source = EXPORT_SOURCES[params.list];
  const items: Record<string, unknown>[] = [];
  let total = 0;
  for (let offset = 0; ; offset += PAGE) {
    const query = source.isPaginated
      ? { ...params.filters, limit: String(PAGE), offset: String(offset) }
      : params.filters;
    const answer = await params.readList(source.path, query);
    if (answer.statusCode !== 200)
      return { kind: 'problem', statusCode: answer.statusCode, body: answer.body };
    const body = answer.body as { items: Record<string, unknown>[]; total?: number };
    items.push(...body.items);
    total = body.total ?? items.length;
    if (!source.isPaginated || body.items.length < PAGE || items.length >= Math.min(total, MAX_EXPORT_ROWS))
      break;
  }
  const rows = items.slice(0, MAX_EXPORT_ROWS);
  const isTruncated = total > rows.length;
  const day = vietnamDay(params.now);
  const fileName = `${source.fileName}-${day}.${params.format}`;
  if (params.format === 'csv')
    return {
      kind: 'file',
      bytes: exportCsv(source.columns, rows),
      fileName,
      contentType: 'text/csv; charset=utf-8',
      rows: rows.length,
      isTruncated,
    };
  const note = `Xuất ngày ${day.split('-').reverse().join('/')} · ${rows.length} dòng${
    isTruncated ? ` (trong tổng số ${total}; hãy lọc hẹp hơn để xuất đủ)` : ''
  }`;
  return {
    kind: 'file',
    bytes: await exportXlsx({ title: source.titleVi, note, columns: source.columns, items: rows }),
    fileName,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    rows: rows.length,
    isTruncated,
  };
}
