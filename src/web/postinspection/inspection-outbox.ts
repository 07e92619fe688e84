import type { CreateInspectionInput, SubmitInspectionInput } from '../../contracts/inspections.contracts';
import type { InspectionOutput } from '../../contracts/inspections.contracts';
import { isApiError } from '../api/api-error';
import { forgetPhoto, pendingPhotos, sha256Of } from './inspection-photo-store';
import { postInspectionApi } from './post-inspection.api';

/**
 * Inspection records made on a tablet, kept in localStorage until the server has them (like the
 * score sheet's drafts): each carries its own `clientId`, so a sync replayed after a dropped
 * connection creates the record once, and the submit is sent with the version the create returned.
 * Its photos wait in IndexedDB (inspection-photo-store.ts) and are uploaded before the submit.
 */
export interface PendingInspection {
  create: CreateInspectionInput & { clientId: string };
  submit: Omit<SubmitInspectionInput, 'version'>;
  /** Shown in the pending list. */
  label: string;
  /** How many photos wait in IndexedDB with it. */
  photoCount?: number;
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
 * Uploads the photos kept on the device for a draft record, each forgotten once the server has it
 * (a photo already attached by an earlier, interrupted sync is recognised by its SHA-256).
 * Returns the record as it is after the uploads.
 */
async function uploadPhotos(
  record: InspectionOutput,
  clientId: string,
  csrfToken: string | null,
): Promise<InspectionOutput> {
  let current = record;
  for (const photo of await pendingPhotos(clientId)) {
    const sha256 = await sha256Of(photo.content);
    if (!sha256 || !current.attachments.some((a) => a.sha256 === sha256))
      current = await postInspectionApi.attachInspectionFile(
        current.id,
        photo.content,
        photo.fileName,
        photo.caption,
        csrfToken,
      );
    await forgetPhoto(photo.id);
  }
  return current;
}

/**
 * Sends every pending record with its photos; returns how many were sent. A record the server
 * refuses (4xx) stays with its error for the inspector to see; a network failure stops the sync
 * until the next try. `csrfToken` is the signed-in account's (uploads are multipart).
 */
export async function syncOutbox(
  options: { csrfToken: string | null } = { csrfToken: null },
): Promise<{ sent: number; failed: { label: string; error: unknown }[] }> {
  let sent = 0;
  const failed: { label: string; error: unknown }[] = [];
  for (const item of readOutbox()) {
    try {
      const created = await postInspectionApi.createInspection(item.create);
      if (created.status === 'draft') {
        const withPhotos = await uploadPhotos(created, item.create.clientId, options.csrfToken);
        await postInspectionApi.submitInspection(created.id, { ...item.submit, version: withPhotos.version });
      }
      writeOutbox(readOutbox().filter((i) => i.create.clientId !== item.create.clientId));
      sent += 1;
    } catch (error) {
      if (isOffline(error)) break;
      failed.push({ label: item.label, error });
    }
  }
  return { sent, failed };
}
