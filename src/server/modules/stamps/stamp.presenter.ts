import type { StampOutput } from '../../../contracts/stamps.contracts';
import { copyFlagStateOf, showsPublicCopyWarning } from '../../../domain/stamps/copy-flag';
import type { StampRow } from './stamp-batch.presenter';
import { stampUriOf } from './stamp-uri';

/** One stamp as the API shows it: its URI, status, scans and the state of its "possible copy" flag. */
export function presentStamp(
  row: StampRow,
  batch: { gtin14: string | null; lot: string },
  baseUrl: string,
): StampOutput {
  const isReviewed = row.copyReview !== null;
  return {
    serial: row.serial,
    uri: stampUriOf(baseUrl, batch, row.serial),
    position: row.position,
    status: row.status,
    statusReason: row.statusReason,
    scanCount: row.scanCount,
    firstScannedAt: row.firstScannedAt?.toISOString() ?? null,
    isPossibleCopy: row.isPossibleCopy,
    copyFlag: copyFlagStateOf(row),
    hasPublicCopyWarning: showsPublicCopyWarning(row),
    copyReviewReason: isReviewed ? row.copyReviewReason : null,
    copyReviewedAt: isReviewed ? (row.copyReviewedAt?.toISOString() ?? null) : null,
  };
}
