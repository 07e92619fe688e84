/**
 * Demo of what happens after the certificate (expiry, re-evaluation, imported certificates): the
 * province's older certificates come in through the certificate import, as a real province's
 * would — one expiring in 20 days, one expired and not re-evaluated, one whose re-evaluation is in
 * progress, and a 2021 certificate of the former Gia Lâm district (abolished on 01/07/2025).
 * Three more valid certificates are kept for the inspection and revocation demo
 * ({@link LIFECYCLE_DEMO_CERTIFICATES} keys `inspection-remedy`, `inspection-revocation`,
 * `revoked`). Idempotent: certificates are found by number.
 */
import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../db/database';
import { findNationUnit, insertSuccessions, insertUnits } from '../../db/repositories/admin-units.repository';
import { SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import { findUnitsByCodes } from '../../db/repositories/certificate-imports.repository';
import { listCertificatesOfIssuers } from '../../db/repositories/certificate-list.repository';
import { childPath } from '../../domain/access/unit-path';
import { REFORM_2025_DATE } from '../../domain/admin-units/unit-dates';
import { deriveCertificateStatus } from '../../domain/evaluation/certificate-rules';
import { addDays } from '../../domain/calendar/working-days';
import { CERTIFICATE_IMPORT_COLUMNS } from '../../domain/registry/certificate-import-layout';
import { IMPORT_COLUMNS } from '../../domain/registry/import-layout';
import { verificationUrlOf } from '../modules/evaluation/certificate.presenter';
import { startCertificateImport } from '../modules/imports/run-certificate-import';
import { DEMO_EVALUATION_REGISTRATION_NUMBERS } from './seed-evaluation';
import { seedLifecycleFlows, seedPreviousDossiers } from './seed-lifecycle-flows';
import { findProducerByRegistrationNumber } from '../../db/repositories/producers.repository';

interface Unit {
  id: string;
  code: string;
  path: string;
}

/** A certificate of the lifecycle demo, as `ocop seed-demo --json` lists it. */
export interface DemoLifecycleCertificate {
  id: string;
  number: string;
  status: string;
  url: string;
  productName: string;
  stars: number;
  /** 'issued' through a council and decision here, 'imported' from the province's records. */
  origin: 'issued' | 'imported';
  /** The demo role of the certificate, when it has one (see LIFECYCLE_DEMO_CERTIFICATES). */
  demoKey: string | null;
}

/** The former district the 2021 certificate names: Gia Lâm, Hà Nội (code 018), until 30/06/2025. */
export const DEMO_FORMER_DISTRICT = { code: '018', name: 'Gia Lâm', fullName: 'Huyện Gia Lâm' } as const;

type Producer = keyof typeof DEMO_EVALUATION_REGISTRATION_NUMBERS;

/**
 * The certificates, dated relative to the day the demo is seeded (`endInDays` from today), or
 * fixed (`issuedOn`). Numbers are stable, so a second seeding imports nothing.
 */
export const LIFECYCLE_DEMO_CERTIFICATES = [
  {
    key: 'expiring',
    number: 'HN-GCN-0101',
    producer: 'gom',
    product: 'Gốm men lam vẽ tay',
    set: 21,
    stars: 4,
    endInDays: 20,
  },
  {
    key: 'expired',
    number: 'HN-GCN-0102',
    producer: 'tra',
    product: 'Trà sen ướp bông',
    set: 7,
    stars: 3,
    endInDays: -40,
  },
  {
    key: 're-evaluation',
    number: 'HN-GCN-0103',
    producer: 'gom',
    product: 'Bình hút lộc men rạn',
    set: 21,
    stars: 3,
    endInDays: 45,
  },
  {
    key: 'inspection-remedy',
    number: 'HN-GCN-0104',
    producer: 'tra',
    product: 'Trà sen túi lọc',
    set: 7,
    stars: 3,
    endInDays: 400,
  },
  {
    key: 'inspection-revocation',
    number: 'HN-GCN-0105',
    producer: 'tra',
    product: 'Mứt sen trần',
    set: 1,
    stars: 3,
    endInDays: 500,
  },
  {
    key: 'revoked',
    number: 'HN-GCN-0106',
    producer: 'gom',
    product: 'Ấm chén men lam',
    set: 21,
    stars: 3,
    endInDays: 600,
  },
  {
    key: 'former-district-2021',
    number: 'GL-GCN-2021-015',
    producer: 'gom',
    product: 'Gốm rạn cổ',
    set: 21,
    stars: 3,
    issuedOn: '2021-04-20',
    issuer: 'district',
  },
] as const satisfies readonly {
  key: string;
  number: string;
  producer: Producer;
  product: string;
  set: number;
  stars: number;
  endInDays?: number;
  issuedOn?: string;
  issuer?: 'district';
}[];

export type LifecycleDemoKey = (typeof LIFECYCLE_DEMO_CERTIFICATES)[number]['key'];

/**
 * The former Hà Nội (01/08/2008 – 30/06/2025), as an import of the pre-reform list has it, linked
 * to today's Hà Nội, which it became on 01/07/2025: browsing the units on a date before the reform
 * finds the province in force then, and under it the former district (recorded under today's
 * Hà Nội, see `listUnitsPage`).
 */
export const DEMO_FORMER_PROVINCE = {
  code: '01',
  name: 'Hà Nội',
  fullName: 'Thành phố Hà Nội',
  nameEn: 'Ha Noi',
  kind: 'Thành phố',
  validFrom: '2008-08-01',
} as const;

const FORMER_VALID_TO = '2025-06-30';

async function ensureFormerProvince(db: Database, province: Unit): Promise<void> {
  const existing = await findUnitsByCodes(db, [DEMO_FORMER_PROVINCE.code]);
  if (existing.some((u) => u.level === 'province' && u.validTo === FORMER_VALID_TO)) return;
  const nation = await findNationUnit(db);
  if (!nation) throw new Error('Demo units missing: no nation');
  const id = randomUUID();
  await insertUnits(db, [
    {
      id,
      ...DEMO_FORMER_PROVINCE,
      level: 'province',
      parentId: nation.id,
      path: childPath(nation.path, id),
      validTo: FORMER_VALID_TO,
      detailsAsOf: DEMO_FORMER_PROVINCE.validFrom,
    },
  ]);
  await insertSuccessions(db, [{ predecessorId: id, successorId: province.id }], REFORM_2025_DATE);
}

async function ensureFormerDistrict(db: Database, province: Unit): Promise<void> {
  const existing = await findUnitsByCodes(db, [DEMO_FORMER_DISTRICT.code]);
  if (existing.some((u) => u.level === 'district' && u.validTo === FORMER_VALID_TO)) return;
  const id = randomUUID();
  await insertUnits(db, [
    {
      id,
      code: DEMO_FORMER_DISTRICT.code,
      name: DEMO_FORMER_DISTRICT.name,
      fullName: DEMO_FORMER_DISTRICT.fullName,
      nameEn: null,
      level: 'district',
      kind: 'Huyện',
      parentId: province.id,
      path: childPath(province.path, id),
      validFrom: '2008-08-01',
      validTo: FORMER_VALID_TO,
      detailsAsOf: '2008-08-01',
    },
  ]);
}

/** Subtracts whole years from an ISO date (29/02 → 28/02). */
function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  const rest = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  return `${year}${rest}`;
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

function importFile(today: string, provinceCode: string, communeCodes: [string, string]): Buffer {
  const columns = [...IMPORT_COLUMNS, ...CERTIFICATE_IMPORT_COLUMNS];
  const producerCells = {
    gom: { producerType: 'Hợp tác xã', producerName: 'HTX Gốm sứ Bát Tràng', communeCode: communeCodes[0] },
    tra: {
      producerType: 'Hộ sản xuất kinh doanh',
      producerName: 'Hộ kinh doanh Trà sen Yên Hòa',
      communeCode: communeCodes[1],
    },
  } as const;
  const rows = LIFECYCLE_DEMO_CERTIFICATES.map((c, index) => {
    const validUntil = 'endInDays' in c ? addDays(today, c.endInDays) : undefined;
    const issuedOn = 'issuedOn' in c ? c.issuedOn : addDays(yearsBefore(validUntil!, 3), 1);
    const cells: Record<string, string> = {
      ...producerCells[c.producer],
      registrationNumber: DEMO_EVALUATION_REGISTRATION_NUMBERS[c.producer],
      address: 'Hà Nội',
      representativeName: 'Nguyễn Văn Minh',
      representativeTitle: 'Giám đốc',
      representativeGender: 'Nam',
      productName: c.product,
      productSet: String(c.set),
      stars: String(c.stars),
      certificateNumber: c.number,
      decisionNumber: `${100 + index}/QĐ-UBND`,
      decisionDate: vnDate(issuedOn),
      issuerCode: 'issuer' in c ? DEMO_FORMER_DISTRICT.code : provinceCode,
      issuedOn: vnDate(issuedOn),
      validUntil: validUntil ? vnDate(validUntil) : '',
    };
    return columns.map((column) => cells[column.key] ?? '');
  });
  const lines = [columns.map((c) => c.header), ...rows];
  return Buffer.from(
    stringify(lines, { quoted: true, quoted_empty: true, record_delimiter: 'unix', eof: false }),
  );
}

/**
 * Seeds the lifecycle demo for the demo province (after the evaluation demo, whose producers it
 * reuses) and returns every certificate the province answers for, with id, number and status.
 */
export async function seedDemoLifecycle(params: {
  db: Database;
  now: Date;
  province: Unit;
  communes: [Unit, Unit];
  publicBaseUrl: string;
  /** Demo account ids by username; without them only the certificates are imported. */
  accountIdByUsername?: ReadonlyMap<string, string>;
}): Promise<{ certificates: DemoLifecycleCertificate[] }> {
  const { db, now, province } = params;
  const today = now.toISOString().slice(0, 10);
  await ensureFormerDistrict(db, province);
  const accounts = params.accountIdByUsername;
  const gom = await findProducerByRegistrationNumber(db, DEMO_EVALUATION_REGISTRATION_NUMBERS.gom);
  if (accounts && gom)
    await seedPreviousDossiers({
      db,
      now,
      accounts,
      producerId: gom.id,
      items: LIFECYCLE_DEMO_CERTIFICATES.filter((c) => c.key === 'expiring' || c.key === 're-evaluation').map(
        (c) => ({ name: c.product, set: c.set }),
      ),
    });
  const { run } = await startCertificateImport({
    db,
    runner: { audit: SYSTEM_AUDIT_CONTEXT, accountId: null, unitId: null, canImportInto: () => true },
    content: importFile(today, province.code, [params.communes[0].code, params.communes[1].code]),
    fileName: 'demo-giay-chung-nhan-da-cap.csv',
    now: () => now,
  });
  const job = await run();
  if (job.status !== 'completed' || (job.problems as unknown[]).length > 0)
    throw new Error(
      `Lifecycle demo import failed: ${JSON.stringify(job.problems)} ${job.failureMessage ?? ''}`,
    );
  // After the import: the demo's older certificates were issued by the Hà Nội of today (the
  // province kept its code and area), not by the former unit.
  await ensureFormerProvince(db, province);
  const keyOf = new Map<string, string>(LIFECYCLE_DEMO_CERTIFICATES.map((c) => [c.number, c.key]));
  if (accounts) {
    const imported = await listCertificatesOfIssuers(db, [province.id]);
    const byKey = new Map(
      imported.flatMap((c) => {
        const key = keyOf.get(c.number);
        return key ? [[key, c] as const] : [];
      }),
    );
    await seedLifecycleFlows({ db, now, accounts, byKey });
  }
  const rows = await listCertificatesOfIssuers(db, [province.id]);
  return {
    certificates: rows.map((c) => ({
      id: c.id,
      number: c.number,
      status: deriveCertificateStatus(c, today),
      url: verificationUrlOf(params.publicBaseUrl, c.number),
      productName: c.productName,
      stars: c.stars,
      origin: c.issueKind === 'imported' ? 'imported' : 'issued',
      demoKey: keyOf.get(c.number) ?? null,
    })),
  };
}
