import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../../db/database';
import {
  failExportJob,
  finishExportJob,
  markExportRunning,
  updateExportProgress,
  type ExportJobRow,
} from '../../../db/repositories/export-jobs.repository';
import { EXPORT_LISTS, type ExportList } from '../../../contracts/exports.contracts';
import { EXPORT_SOURCES } from './export-columns';
import { createCsvWriter, createXlsxWriter, type ExportFileWriter } from './export-file-writer';
import type { ListAnswer } from './export-list';

/** Rows asked of the list per page (the lists' largest page). */
export const EXPORT_PAGE_ROWS = 200;

const vietnamDay = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The message of a refused list read (problem+json), Vietnamese / English. */
function refusalOf(answer: ListAnswer): string {
  const body = answer.body as { title?: unknown; detail?: unknown } | null;
  const reason =
    typeof body?.detail === 'string' ? body.detail : typeof body?.title === 'string' ? body.title : '';
  return `Danh sách từ chối yêu cầu (${answer.statusCode}) / the list refused (${answer.statusCode})${
    reason ? `: ${reason}` : ''
  }`;
}

/** The download name of an export: `giay-chung-nhan-2026-12-06.xlsx`. */
export function exportFileName(list: ExportList, format: string, createdAt: Date): string {
  return `${EXPORT_SOURCES[list].fileName}-${vietnamDay(createdAt)}.${format}`;
}

/**
 * Writes an export job's file: reads the list page by page as the requester (`readList`, so the
 * rows are exactly those the screen shows with the job's filters — no row cap), appends each page
 * to the file and records the progress; then moves the finished file into place and marks the job
 * done. A refused list read (403, a bad filter) fails the job with the list's reason. Started
 * again after a crash, it writes the file again from the start.
 */
export async function runExport(params: {
  db: Database;
  job: ExportJobRow;
  file: string;
  now: () => Date;
  readList: (path: string, query: Record<string, string>) => Promise<ListAnswer>;
  signal?: AbortSignal;
}): Promise<void> {
  const { db, job } = params;
  if (!(EXPORT_LISTS as readonly string[]).includes(job.list)) {
    await failExportJob(db, job.id, `Danh sách không xuất được / unknown list: ${job.list}`, params.now());
    return;
  }
  const list = job.list as ExportList;
  const source = EXPORT_SOURCES[list];
  await markExportRunning(db, job.id);
  await fs.mkdir(path.dirname(params.file), { recursive: true });
  const part = `${params.file}.part`;
  let writer: ExportFileWriter | undefined;
  let done = 0;
  let total = 0;
  try {
    for (let offset = 0; ; offset += EXPORT_PAGE_ROWS) {
      params.signal?.throwIfAborted();
      const query = source.isPaginated
        ? { ...job.filters, limit: String(EXPORT_PAGE_ROWS), offset: String(offset) }
        : job.filters;
      const answer = await params.readList(source.path, query);
      if (answer.statusCode !== 200) {
        await failExportJob(db, job.id, refusalOf(answer), params.now());
        return;
      }
      const body = answer.body as { items: Record<string, unknown>[]; total?: number };
      total = Math.max(body.total ?? body.items.length, done + body.items.length);
      writer ??= openWriter(job.format, part, list, total, job.createdAt);
      await writer.addRows(body.items);
      done += body.items.length;
      await updateExportProgress(db, job.id, { doneRows: done, totalRows: total });
      if (!source.isPaginated || body.items.length < EXPORT_PAGE_ROWS) break;
    }
    writer ??= openWriter(job.format, part, list, 0, job.createdAt);
    await writer.close();
    writer = undefined;
    await fs.rename(part, params.file);
  } finally {
    if (writer) await writer.close().catch(() => undefined);
    await fs.rm(part, { force: true });
  }
  const { size } = await fs.stat(params.file);
  await finishExportJob(db, job.id, {
    doneRows: done,
    totalRows: done,
    fileName: exportFileName(list, job.format, job.createdAt),
    fileBytes: size,
    finishedAt: params.now(),
  });
}

function openWriter(
  format: 'xlsx' | 'csv',
  file: string,
  list: ExportList,
  total: number,
  createdAt: Date,
): ExportFileWriter {
  const source = EXPORT_SOURCES[list];
  if (format === 'csv') return createCsvWriter(file, source.columns);
  const day = vietnamDay(createdAt).split('-').reverse().join('/');
  return createXlsxWriter(file, {
    title: source.titleVi,
    note: `Xuất ngày ${day} · ${total.toLocaleString('vi-VN')} dòng`,
    columns: source.columns,
  });
}
