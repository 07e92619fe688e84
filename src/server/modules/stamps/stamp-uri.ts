import { buildStampUri } from '../../../domain/stamps/digital-link';

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
