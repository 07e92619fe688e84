/**
 * Demo post-inspection: the province's inspector account (tinh.kiemtra) works for the Department of
 * Agriculture and Environment, and has inspected the ginger jam of HTX Nông sản sạch, finding a
 * label to remedy within 30 days (the producer answers it in the app). Idempotent: the record has a
 * fixed client id.
 */
import type { Database } from '../../db/database';
import {
  findProductPlaceByName,
  insertInspectionOnce,
  setInspectorAgency,
} from '../../db/repositories/inspections.repository';
import { checklistOn } from '../../domain/inspection/inspection-checklist';

const DEMO_INSPECTION_CLIENT_ID = '6f1d3c1e-7a5b-4c2d-9e8f-0a1b2c3d4e5f';
const PRODUCT = 'Mứt gừng dẻo';

export async function seedDemoPostInspection(params: {
  db: Database;
  now: Date;
  accountIdByUsername: ReadonlyMap<string, string>;
}): Promise<void> {
  const { db, now } = params;
  const inspectorId = params.accountIdByUsername.get('tinh.kiemtra');
  if (!inspectorId) return;
  await setInspectorAgency(db, inspectorId, 'agriculture_environment', now);
  const place = await findProductPlaceByName(db, PRODUCT);
  if (!place) return;
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const checklist = checklistOn(day(-3));
  await insertInspectionOnce(db, {
    clientId: DEMO_INSPECTION_CLIENT_ID,
    producerId: place.producerId,
    productId: place.productId,
    unitId: place.communeId,
    agency: 'agriculture_environment',
    kind: 'planned',
    inspectedOn: day(-3),
    team: 'Thanh tra Sở Nông nghiệp và Môi trường (demo)',
    checklistVersion: checklist.version,
    checklist: Object.fromEntries(
      checklist.items.map((item) => [
        item.code,
        item.code === 'labels_packaging'
          ? { result: 'fail' as const, note: 'Nhãn phụ thiếu hạn sử dụng' }
          : { result: 'pass' as const, note: '' },
      ]),
    ),
    findings: [
      { itemCode: 'labels_packaging', severity: 'minor', description: 'Nhãn phụ không ghi hạn sử dụng' },
    ],
    conclusion: 'must_remedy',
    conclusionNote: 'Bổ sung hạn sử dụng trên nhãn phụ.',
    remedyDueOn: day(27),
    status: 'awaiting_remedy',
    createdBy: inspectorId,
    createdAt: now,
    submittedAt: now,
  });
}
