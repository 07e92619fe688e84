import type { Database } from '../../../db/database';
import {
  findResolvedGtin,
  findResolvedLot,
  findResolvedStamp,
  type ResolvedStamp,
} from '../../../db/repositories/stamp-resolver.repository';
import type { StampKey } from '../../../domain/stamps/digital-link';
import type { ResolverKey } from '../../../domain/stamps/digital-link-request';
import { normalizeSerial } from '../../../domain/stamps/stamp-serial';

export type { ResolvedStamp } from '../../../db/repositories/stamp-resolver.repository';

/**
 * Looks a scanned URI up: the stamp with everything shown on the page; for an unknown (or mistyped)
 * serial of a known GTIN and lot, the product-level answer with `serial: null`; `undefined` when
 * nothing matches.
 */
export async function resolveStamp(db: Database, key: StampKey): Promise<ResolvedStamp | undefined> {
  const serial = normalizeSerial(key.serial);
  if (serial) {
    const found =
      key.kind === 'gtin'
        ? await findResolvedStamp(db, serial, key.gtin14, key.lot)
        : await findResolvedStamp(db, serial, null, undefined);
    if (found) return { ...found, scanCount: Number(found.scanCount) };
  }
  if (key.kind === 'short') return undefined;
  return findResolvedLot(db, key.gtin14, key.lot);
}

/**
 * One level of a resolver request, without walking up: the stamp (serial, with the lot when
 * given), the lot (serial `null`), or the product of a GTIN (its newest batch, serial `null`).
 */
export async function resolveLevel(db: Database, key: ResolverKey): Promise<ResolvedStamp | undefined> {
  if (key.kind === 'short' || key.serial !== undefined) {
    const serial = normalizeSerial(key.serial!);
    if (!serial) return undefined;
    const found =
      key.kind === 'short'
        ? await findResolvedStamp(db, serial, null, undefined)
        : await findResolvedStamp(db, serial, key.gtin14, key.lot);
    return found ? { ...found, scanCount: Number(found.scanCount) } : undefined;
  }
  const found =
    key.lot !== undefined
      ? await findResolvedLot(db, key.gtin14, key.lot)
      : await findResolvedGtin(db, key.gtin14);
  return found ? { ...found, scanCount: Number(found.scanCount) } : undefined;
}
