import path from 'node:path';
import type { Actor } from '../../../domain/access/permissions';
import type { ListAnswer } from './export-list';

/** Reads a list endpoint as `actor` (GET `path` with `query`), in-process. */
export type ListReaderAs = (actor: Actor, path: string, query: Record<string, string>) => Promise<ListAnswer>;

const readers = new WeakMap<object, ListReaderAs>();

/** Makes `reader` the list reader of an app (its `deps` object); the export routes attach it. */
export function attachListReader(deps: object, reader: ListReaderAs): void {
  readers.set(deps, reader);
}

/** The list reader of an app, if its export routes are registered. */
export function findListReader(deps: object): ListReaderAs | undefined {
  return readers.get(deps);
}

/** Where export files are written: `DATA_DIR/exports`, apart from the blob store (they expire). */
export function exportsDirOf(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

/** The file of an export job. */
export function exportFilePath(dataDir: string, job: { id: string; format: string }): string {
  return path.join(exportsDirOf(dataDir), `${job.id}.${job.format}`);
}
