/**
 * Demo market surveillance: the province's inspector (tinh.kiemtra) has opened a case of ginger
 * jam sold at a market stall as "OCOP 4 sao" under a certificate number that does not exist.
 * Idempotent: the case is keyed by unit, seller and day.
 */
import type { Database } from '../../db/database';
import { hasMarketCase, insertMarketCase } from '../../db/repositories/market-cases.repository';

const SELLER = 'Quầy hàng khô bà Hạnh (demo)';

export async function seedDemoMarketCases(params: {
  db: Database;
  now: Date;
  province: { id: string };
  accountIdByUsername: ReadonlyMap<string, string>;
}): Promise<void> {
  const { db, now, province } = params;
  const inspectorId = params.accountIdByUsername.get('tinh.kiemtra');
  if (!inspectorId) return;
  const observedOn = new Date(now.getTime() - 5 * 86_400_000).toISOString().slice(0, 10);
  if (await hasMarketCase(db, { unitId: province.id, sellerName: SELLER, observedOn })) return;
  await insertMarketCase(db, {
    unitId: province.id,
    sellerName: SELLER,
    placeAddress: 'Ki-ốt 7, chợ trung tâm',
    observedOn,
    description:
      'Hũ mứt gừng dán nhãn "Sản phẩm OCOP 4 sao" và số giấy chứng nhận không có trong hệ thống; không có tem truy xuất.',
    claimedProduct: 'Mứt gừng dẻo — OCOP 4 sao',
    claimedCertificateNumber: '999/GCN-OCOP-DEMO',
    createdBy: inspectorId,
    createdAt: now,
  });
}
