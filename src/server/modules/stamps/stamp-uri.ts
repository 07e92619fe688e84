import { buildStampUri } from '../../../domain/stamps/digital-link';
import { compressAis } from '../../../domain/stamps/digital-link-compression';

/** How a label sheet prints the stamps' URIs. */
export type StampUriForm = 'uncompressed' | 'compressed';

/** The URI printed on a stamp: GS1 Digital Link with the batch's GTIN-14, the short form without. */
export function stampUriOf(
  baseUrl: string,
  batch: { gtin14: string | null; lot: string },
  serial: string,
): string {
  return batch.gtin14
    ? buildStampUri(baseUrl, { kind: 'gtin', gtin14: batch.gtin14, lot: batch.lot, serial })
    : buildStampUri(baseUrl, { kind: 'short', serial });
}

/**
 * The URI printed on a small label: the GS1 Digital Link compressed (GS1 Digital Link standard,
 * compression section) into one path segment, `<base>/<base64url>`, which the resolver
 * decompresses — a shorter text, so a QR code of fewer modules. The short form `/s/<serial>` of a
 * batch without GTIN is printed as it is (there is no GS1 key to compress).
 */
export function printedStampUriOf(
  baseUrl: string,
  batch: { gtin14: string | null; lot: string },
  serial: string,
  form: StampUriForm,
): string {
  if (form === 'uncompressed' || !batch.gtin14) return stampUriOf(baseUrl, batch, serial);
  return `${baseUrl}/${compressAis({ '01': batch.gtin14, '10': batch.lot, '21': serial })}`;
}
