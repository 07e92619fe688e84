import type { EpcisBatchRow, EpcisStampRow } from '../../../db/repositories/stamp-epcis.repository';
import { encodeAiValue } from '../../../domain/stamps/digital-link';
import type { EpcisBatchFacts } from '../../../domain/stamps/epcis';
import { stampUriOf } from './stamp-uri';

/** The EPCIS facts of batches and their stamps (URIs as printed on the stamps). */
export function epcisFactsOf(
  batches: EpcisBatchRow[],
  stamps: EpcisStampRow[],
  baseUrl: string,
): EpcisBatchFacts[] {
  const certificateUrl = (number: string) => `${baseUrl}/c/${encodeURIComponent(number)}`;
  return batches.map((b) => ({
    batchId: b.id,
    lotUri: b.gtin14 ? `${baseUrl}/01/${b.gtin14}/10/${encodeAiValue(b.lot)}` : null,
    lot: b.lot,
    productionDate: b.productionDate,
    expiryDate: b.expiryDate,
    issuedAt: b.issuedAt,
    productName: b.productName,
    producerName: b.producerName,
    certificate: {
      number: b.certificateNumber,
      url: certificateUrl(b.certificateNumber),
      validUntil: b.validUntil,
      revokedOn: b.revokedOn,
      revocationReason: b.revocationReason,
      supersededOn: b.supersededOn,
      supersededByUrl: b.supersededByNumber ? certificateUrl(b.supersededByNumber) : null,
    },
    stamps: stamps
      .filter((s) => s.batchId === b.id)
      .map((s) => ({
        uri: stampUriOf(baseUrl, b, s.serial),
        status: s.status,
        statusChangedAt: s.statusChangedAt,
        statusReason: s.statusReason,
      })),
  }));
}
