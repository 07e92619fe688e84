/**
 * Demo stamps (tem truy xuất) on the demo certificates of seed-evaluation: a GS1 Digital Link batch
 * for the Bát Tràng vase (with a GTIN, one stamp deactivated, one flagged as a possible copy), a short-URI batch for the lotus tea
 * (no GTIN), and a batch of the hand-painted plate whose 2022 certificate has expired. Idempotent:
 * the batches are created once (found again by lot); the summary lists every stamp either way with
 * the HTTP status the resolver answers.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import {
  findCertificateRow,
  findLatestCertificateOfProduct,
  findStampAt,
  findStampBatchByLot,
  flagDemoStampAsCopy,
  insertDemoStampBatch,
  listProductsOfProducersNamed,
  listStampsOfBatch,
  setDemoProductGtin,
} from '../../db/seed/demo-stamp-rows';
import { deriveCertificateStatus } from '../../domain/evaluation/certificate-rules';
import { generateSerial } from '../../domain/stamps/stamp-serial';
import { deactivateStamp } from '../modules/stamps/deactivate-stamp';
import { orderStampBatch } from '../modules/stamps/order-stamp-batch';
import { stampUriOf } from '../modules/stamps/stamp-uri';
import { DEMO_EVALUATION_REGISTRATION_NUMBERS } from './seed-evaluation';

export interface DemoStamp {
  url: string;
  /** What the page shows: active, deactivated, certificate-expired, unregistered-serial. */
  status: string;
  expectedHttpStatus: number;
}

type Unit = AdminUnitRow;

/** A valid GTIN-13 in Vietnam's 893 prefix (check digit 8), given to the demo vase. */
export const DEMO_GTIN = '8938505970028';
const LOTS = { vase: 'BT-2026-01', tea: 'TS-2026-01', plate: 'DL-2022-01' } as const;
const PRODUCT_NAMES = {
  vase: 'Bình hút lộc men rạn Bát Tràng',
  tea: 'Trà sen Tây Hồ ướp thủ công',
  plate: 'Đĩa sứ vẽ tay men lam cổ',
} as const;
const DEACTIVATION_REASON = 'Tem in lỗi, đã thu hồi (demo) — misprinted label, withdrawn';

async function demoProducts(db: Database) {
  const rows = await listProductsOfProducersNamed(
    db,
    Object.values(DEMO_EVALUATION_REGISTRATION_NUMBERS),
    Object.values(PRODUCT_NAMES),
  );
  const byName = (name: string) => rows.find((r) => r.name === name);
  return {
    vase: byName(PRODUCT_NAMES.vase),
    tea: byName(PRODUCT_NAMES.tea),
    plate: byName(PRODUCT_NAMES.plate),
  };
}

/** The expired certificate refuses new orders, so its batch (printed in 2022) is written directly. */
async function insertHistoricBatch(
  db: Database,
  product: { id: string; producerId: string },
  provinceUnitId: string,
) {
  const certificate = await findLatestCertificateOfProduct(db, product.id);
  if (!certificate) return;
  const at = new Date('2022-04-01T03:00:00Z');
  await db.transaction(async (tx) => {
    const batch = await insertDemoStampBatch(
      tx,
      {
        productId: product.id,
        producerId: product.producerId,
        certificateId: certificate.id,
        provinceUnitId,
        gtin14: null,
        lot: LOTS.plate,
        productionDate: '2022-04-01',
        expiryDate: '2032-04-01',
        quantity: 2,
        orderedBy: null,
        createdAt: at,
      },
      [1, 2].map((position) => ({ serial: generateSerial((size) => randomBytes(size)), position })),
    );
    await appendAudit(
      tx,
      SYSTEM_AUDIT_CONTEXT,
      {
        action: 'stamp-batch.ordered',
        entityType: 'stamp_batch',
        entityId: batch.id,
        after: {
          productId: product.id,
          certificate: certificate.number,
          lot: LOTS.plate,
          quantity: 2,
          demo: true,
        },
      },
      at,
    );
  });
}

async function createBatches(
  db: Database,
  now: Date,
  province: Unit,
  found: Awaited<ReturnType<typeof demoProducts>>,
  accountIdByUsername: ReadonlyMap<string, string>,
) {
  const order = (
    product: { id: string; producerId: string; gtin: string | null; productSet: number },
    lot: string,
    username: string,
  ) =>
    orderStampBatch({
      db,
      audit: SYSTEM_AUDIT_CONTEXT,
      input: {
        productId: product.id,
        lot,
        productionDate: now.toISOString().slice(0, 10),
        expiryDate: '2028-12-31',
        quantity: 3,
      },
      product,
      provinceUnitId: province.id,
      accountId: accountIdByUsername.get(username) ?? '',
      now,
    });
  if (found.vase && !(await findStampBatchByLot(db, found.vase.id, LOTS.vase))) {
    if (!found.vase.gtin) await setDemoProductGtin(db, found.vase.id, DEMO_GTIN);
    const { batch } = await order(
      { ...found.vase, gtin: found.vase.gtin ?? DEMO_GTIN },
      LOTS.vase,
      'chuthe1',
    );
    const third = await findStampAt(db, batch.id, 3);
    if (third)
      await deactivateStamp({
        db,
        audit: SYSTEM_AUDIT_CONTEXT,
        stamp: third,
        reason: DEACTIVATION_REASON,
        now,
      });
    // The second vase stamp awaits the standing office's review of a "possible copy" flag (strong signal).
    await flagDemoStampAsCopy(db, batch.id, 2);
  }
  if (found.tea && !(await findStampBatchByLot(db, found.tea.id, LOTS.tea)))
    await order(found.tea, LOTS.tea, 'chuthe2');
  if (found.plate && !(await findStampBatchByLot(db, found.plate.id, LOTS.plate)))
    await insertHistoricBatch(db, found.plate, province.id);
}

/** Creates the demo batches once and lists every demo stamp with the resolver's expected answer. */
export async function seedDemoStamps(params: {
  db: Database;
  now: Date;
  province: Unit;
  accountIdByUsername: ReadonlyMap<string, string>;
  publicBaseUrl: string;
}): Promise<DemoStamp[]> {
  const { db, now, publicBaseUrl } = params;
  const today = now.toISOString().slice(0, 10);
  const found = await demoProducts(db);
  // Orders need a valid certificate (and accounts to order as); a partial demo just lists fewer stamps.
  if (params.accountIdByUsername.size > 0)
    await createBatches(db, now, params.province, found, params.accountIdByUsername);
  const result: DemoStamp[] = [];
  for (const key of ['vase', 'tea', 'plate'] as const) {
    const product = found[key];
    const batch = product ? await findStampBatchByLot(db, product.id, LOTS[key]) : undefined;
    if (!batch) continue;
    const certificate = await findCertificateRow(db, batch.certificateId);
    const certificateStatus = certificate ? deriveCertificateStatus(certificate, today) : undefined;
    const rows = await listStampsOfBatch(db, batch.id);
    for (const stamp of rows) {
      const url = stampUriOf(publicBaseUrl, batch, stamp.serial);
      if (stamp.status === 'deactivated')
        result.push({ url, status: 'deactivated', expectedHttpStatus: 410 });
      else if (certificateStatus === 'revoked')
        result.push({ url, status: 'certificate-revoked', expectedHttpStatus: 410 });
      else
        result.push({
          url,
          status:
            certificateStatus === 'valid' ? stamp.status : `certificate-${certificateStatus ?? 'missing'}`,
          expectedHttpStatus: 200,
        });
    }
    // A known GTIN and lot with a serial nobody issued: the product-level answer with a warning.
    if (batch.gtin14)
      result.push({
        url: stampUriOf(publicBaseUrl, batch, '0000000000000000A'),
        status: 'unregistered-serial',
        expectedHttpStatus: 200,
      });
  }
  return result;
}
