import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { auditLog } from '../../src/db/schema';
import { ROLES, type Role } from '../../src/domain/access/roles';
import { buildJurisdictions, nextId, type UnitRow } from '../helpers/factories';
import {
  buildProducer,
  buildProduct,
  signInAsProducer,
  type ProducerRow,
} from '../helpers/dossier-factories';
import { multipartBody, samplePdf } from '../helpers/registry-helpers';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Authorization matrix for the mutating registry endpoints: every role, granted in province A,
 * acting on a producer inside province A (commune X) or outside it (commune Z of province B).
 * Only the commune officer and the standing office act, and only inside (a producer-role grant
 * needs membership, tested below); every refusal is 403 or 404 and leaves no audit row.
 */
let t: TestApp;
let dataDir: string;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<Role, Session>();
const ACTING_ROLES: readonly Role[] = ['commune_officer', 'standing_office'];
/** Roles that may read producers in their unit: refused with 403, not 404, inside it. */
const READING_ROLES: readonly Role[] = ['admin', 'leader', 'inspector'];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-scopes-'));
  t = await createTestApp({ config: { dataDir } });
  units = await buildJurisdictions(t.db);
  for (const role of ROLES) sessions.set(role, await signInAs(t, role, units.provinceA));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Request {
  method: 'POST' | 'PATCH' | 'DELETE';
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
}

function producerPayload(commune: UnitRow) {
  return {
    type: 'enterprise',
    name: `Công ty Thử ${nextId()}`,
    registrationNumber: `01${String(nextId()).padStart(8, '0')}`,
    communeId: commune.id,
    address: 'Số 1',
    legalRepresentative: {
      fullName: 'Trần Văn A',
      title: 'Giám đốc',
      gender: 'male',
      isEthnicMinority: false,
    },
  };
}

function evidenceUpload(producer: ProducerRow): Request {
  const body = multipartBody(
    { documentType: 'other', title: 'Ma trận' },
    { name: 'a.pdf', content: samplePdf(`matrix ${nextId()}`) },
  );
  return {
    method: 'POST',
    url: `/api/v1/producers/${producer.id}/evidence`,
    payload: body.payload,
    headers: body.headers,
  };
}

async function uploadedEvidenceId(producer: ProducerRow): Promise<string> {
  const owner = await signInAsProducer(t.app, t.db, producer, (await unitOf(producer))!);
  const upload = evidenceUpload(producer);
  const response = await t.app.inject({ ...upload, headers: { ...owner.headers, ...upload.headers } });
  return response.json<{ id: string }>().id;
}

async function unitOf(producer: ProducerRow): Promise<UnitRow | undefined> {
  return Object.values(units).find((u) => u.id === producer.communeId);
}

const cases: { operation: string; success: number; request: (target: UnitRow) => Promise<Request> }[] = [
  {
    operation: 'createProducer',
    success: 201,
    request: async (target) => ({
      method: 'POST',
      url: '/api/v1/producers',
      payload: producerPayload(target),
    }),
  },
  {
    operation: 'updateProducer',
    success: 200,
    request: async (target) => ({
      method: 'PATCH',
      url: `/api/v1/producers/${(await buildProducer(t.db, { commune: target })).id}`,
      payload: { version: 1, address: 'Đổi địa chỉ' },
    }),
  },
  {
    operation: 'addProducerMember',
    success: 201,
    request: async (target) => ({
      method: 'POST',
      url: `/api/v1/producers/${(await buildProducer(t.db, { commune: target })).id}/members`,
      payload: {
        username: `thanhvien${nextId()}`,
        displayName: 'Thành viên',
        password: 'mat-khau-manh-2026',
      },
    }),
  },
  {
    operation: 'createProduct',
    success: 201,
    request: async (target) => ({
      method: 'POST',
      url: `/api/v1/producers/${(await buildProducer(t.db, { commune: target })).id}/products`,
      payload: { productSet: 11, name: 'Chè' },
    }),
  },
  {
    operation: 'updateProduct',
    success: 200,
    request: async (target) => {
      const product = await buildProduct(t.db, { producer: await buildProducer(t.db, { commune: target }) });
      return {
        method: 'PATCH',
        url: `/api/v1/products/${product.id}`,
        payload: { version: 1, description: 'Mới' },
      };
    },
  },
  {
    operation: 'uploadEvidence',
    success: 201,
    request: async (target) => evidenceUpload(await buildProducer(t.db, { commune: target })),
  },
  {
    operation: 'deleteEvidence',
    success: 200,
    request: async (target) => ({
      method: 'DELETE',
      url: `/api/v1/evidence/${await uploadedEvidenceId(await buildProducer(t.db, { commune: target }))}`,
    }),
  },
];

async function auditCount(): Promise<number> {
  const [row] = await t.db.select({ count: sql<unknown>`count(*)` }).from(auditLog);
  return toCount(row?.count);
}

describe.each(cases)('$operation', ({ request, success }) => {
  it.each(ROLES.flatMap((role) => [[role, 'inside'] as const, [role, 'outside'] as const]))(
    '%s acting %s its unit',
    async (role, where) => {
      const target = where === 'inside' ? units.communeX : units.communeZ;
      const req = await request(target);
      const before = await auditCount();
      const response = await t.app.inject({
        method: req.method,
        url: req.url,
        payload: req.payload,
        headers: { ...sessions.get(role)!.headers, ...req.headers },
      });
      if (where === 'inside' && ACTING_ROLES.includes(role)) {
        expect(response.statusCode).toBe(success);
        return;
      }
      const expected = where === 'inside' && READING_ROLES.includes(role) ? 403 : 404;
      expect(
        response.statusCode === expected || (req.url === '/api/v1/producers' && response.statusCode === 403),
      ).toBe(true);
      expect(await auditCount()).toBe(before);
    },
  );
});

describe('producer A versus producer B', () => {
  it('lets a producer act on its own records only', async () => {
    const a = await buildProducer(t.db, { commune: units.communeX });
    const b = await buildProducer(t.db, { commune: units.communeX });
    const sessionA = await signInAsProducer(t.app, t.db, a, units.communeX);
    const productB = await buildProduct(t.db, { producer: b });
    const evidenceB = await uploadedEvidenceId(b);
    const attempts: Request[] = [
      { method: 'PATCH', url: `/api/v1/producers/${b.id}`, payload: { version: 1, name: 'Chiếm' } },
      { method: 'POST', url: `/api/v1/producers/${b.id}/products`, payload: { productSet: 11, name: 'Chè' } },
      { method: 'PATCH', url: `/api/v1/products/${productB.id}`, payload: { version: 1, name: 'Chiếm' } },
      evidenceUpload(b),
      { method: 'DELETE', url: `/api/v1/evidence/${evidenceB}` },
      { method: 'POST', url: '/api/v1/producers', payload: producerPayload(units.communeX) },
    ];
    for (const req of attempts) {
      const response = await t.app.inject({
        method: req.method,
        url: req.url,
        payload: req.payload,
        headers: { ...sessionA.headers, ...req.headers },
      });
      expect([403, 404], `${req.method} ${req.url}`).toContain(response.statusCode);
    }
    const own = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/producers/${a.id}`,
      headers: sessionA.headers,
      payload: { version: 1, address: 'Xóm mới' },
    });
    expect(own.statusCode).toBe(200);
    const ownUpload = evidenceUpload(a);
    expect(
      (await t.app.inject({ ...ownUpload, headers: { ...sessionA.headers, ...ownUpload.headers } }))
        .statusCode,
    ).toBe(201);
  });
});
