import type { CreateInspectionInput, SubmitInspectionInput } from '../../contracts/inspections.contracts';
import { isApiError } from '../api/api-error';
import { postInspectionApi } from './post-inspection.api';

/**
 * Inspection records made on a tablet, kept in localStorage until the server has them (like the
 * score sheet's drafts): each carries its own `clientId`, so a sync replayed after a dropped
 * connection creates the record once, and the submit is sent with the version the create returned.
 */
export interface PendingInspection {
  create: CreateInspectionInput & { clientId: string };
  submit: Omit<SubmitInspectionInput, 'version'>;
  /** Shown in the pending list. */
  label: string;
  savedAt: string;
}

const KEY = 'ocop.inspections.outbox.v1';

export function readOutbox(): PendingInspection[] {
  try {
    return JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as PendingInspection[];
  } catch {
    return [];
  }
}

function writeOutbox(items: readonly PendingInspection[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(items));
  } catch {
    // storage full: the record stays in memory until the page closes
  }
}

export function addToOutbox(item: PendingInspection): void {
  writeOutbox([...readOutbox().filter((i) => i.create.clientId !== item.create.clientId), item]);
}

/** A network failure (no answer at all), as opposed to a refusal by the server. */
export function isOffline(error: unknown): boolean {
  return !isApiError(error) || error.status === 0;
}

/**
 * Sends every pending record; returns how many were sent. A record the server refuses (4xx) stays
 * with its error for the inspector to see; a network failure stops the sync until the next try.
 */
export async function syncOutbox(): Promise<{ sent: number; failed: { label: string; error: unknown }[] }> {
  let sent = 0;
  const failed: { label: string; error: unknown }[] = [];
  for (const item of readOutbox()) {
    try {
      const created = await postInspectionApi.createInspection(item.create);
      if (created.status === 'draft')
        await postInspectionApi.submitInspection(created.id, { ...item.submit, version: created.version });
      writeOutbox(readOutbox().filter((i) => i.create.clientId !== item.create.clientId));
      sent += 1;
    } catch (error) {
      if (isOffline(error)) break;
      failed.push({ label: item.label, error });
    }
  }
  return { sent, failed };
}
