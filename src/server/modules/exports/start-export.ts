import type { Database } from '../../../db/database';
import { insertExportJob, type ExportJobRow } from '../../../db/repositories/export-jobs.repository';
import type { StartExportInput } from '../../../contracts/exports.contracts';
import type { Actor } from '../../../domain/access/permissions';
import { EXPORT_SOURCES } from './export-columns';
import type { ListAnswer } from './export-list';

/** How long a finished export's file stays downloadable. */
export const EXPORT_KEEP_HOURS = 24;

export type StartExportResult =
  { kind: 'job'; job: ExportJobRow } | { kind: 'problem'; statusCode: number; body: unknown };

/**
 * Records an export of a list as queued, after asking the list once as the caller with the same
 * filters (one row): a list the caller may not read, or a bad filter, is refused at once with the
 * list's own problem instead of failing later in the background. Paging parameters are dropped:
 * the export holds every row the filters select.
 */
export async function startExport(params: {
  db: Database;
  actor: Actor;
  input: StartExportInput;
  now: Date;
  readList: (path: string, query: Record<string, string>) => Promise<ListAnswer>;
}): Promise<StartExportResult> {
  const { input } = params;
  const filters = Object.fromEntries(
    Object.entries(input.filters).filter(
      ([key, value]) => key !== 'limit' && key !== 'offset' && value !== '',
    ),
  );
  const source = EXPORT_SOURCES[input.list];
  const probe = await params.readList(
    source.path,
    source.isPaginated ? { ...filters, limit: '1', offset: '0' } : filters,
  );
  if (probe.statusCode !== 200) return { kind: 'problem', statusCode: probe.statusCode, body: probe.body };
  const job = await insertExportJob(params.db, {
    list: input.list,
    format: input.format,
    filters,
    requestedBy: params.actor.accountId,
    tokenScopes: params.actor.tokenScopes ? [...params.actor.tokenScopes] : null,
    createdAt: params.now,
    expiresAt: new Date(params.now.getTime() + EXPORT_KEEP_HOURS * 3_600_000),
  });
  return { kind: 'job', job };
}
