import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';
import {
  buildEvidence,
  buildProducer,
  buildProduct,
  communeChoices,
  completeAnswers,
  signInAsProducer,
} from '../helpers/dossier-factories';

/**
 * One official may hold grants at several levels (a commune officer who also sits in the
 * province's standing office). The audit row of an intake must name the role and unit the
 * action was performed as — the commune for the commune's intake, the province for the pool.
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producerSession: Session;
let official: Session;
let dossier: { id: string; version: number };

type Json = Record<string, unknown> & { id: string; version: number; status: string };

async function call(
  session: Session,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
) {
  const response = await t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: session.headers,
  });
  return { status: response.statusCode, body: response.json<Json>() };
}

const auditOf = async (action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, dossier.id), eq(auditLog.action, action)));

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  const producer = await buildProducer(t.db, { commune: units.communeX });
  producerSession = await signInAsProducer(t.app, t.db, producer, units.communeX);
  // The province grant comes first, so "the first grant that may read dossiers" is the wrong one
  // for the commune's intake; the commune grant is the wrong one for the province's.
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [
      { role: 'standing_office', unit: units.provinceA },
      { role: 'commune_officer', unit: units.communeX },
    ],
  });
  official = await login(t.app, account.username);
  const evidenceIds = [(await buildEvidence(t.db, { producer, title: 'Giấy đăng ký HTX' })).id];
  const product = await buildProduct(t.db, { producer, productSet: 11 });
  const created = await call(producerSession, 'POST', '/api/v1/dossiers', {
    productId: product.id,
    type: 'first',
  });
  const saved = await call(producerSession, 'PATCH', `/api/v1/dossiers/${created.body.id}`, {
    version: created.body.version,
    registration: { ...(created.body.registration as object), sampleCount: 5 },
    answers: completeAnswers(11, evidenceIds),
  });
  const submitted = await call(producerSession, 'POST', `/api/v1/dossiers/${created.body.id}/submit`, {
    version: saved.body.version,
    truthfulnessCommitment: true,
  });
  expect(submitted.body.status).toBe('submitted');
  dossier = submitted.body;
});
afterAll(async () => t.close());

describe('the audit row of an intake names the level that acted', () => {
  it('records the commune officer grant for the commune accepting, and the standing office for the pool', async () => {
    const accepted = await call(official, 'POST', `/api/v1/dossiers/${dossier.id}/accept`, {
      version: dossier.version,
    });
    expect(accepted.body.status).toBe('accepted_by_commune');
    const [communeRow] = await auditOf('dossier.commune.accept');
    // The row's unit is the dossier's commune (the record's unit); the role is the capacity.
    expect(communeRow).toMatchObject({ actorRole: 'commune_officer', unitId: units.communeX.id });

    const assessed = await call(official, 'PUT', `/api/v1/dossiers/${dossier.id}/commune-assessment`, {
      version: accepted.body.version,
      choices: communeChoices(11),
      conclusion: 'Đạt yêu cầu',
      assessorName: 'Lê Văn Bình',
      assessedOn: '2026-03-03',
    });
    const forwarded = await call(official, 'POST', `/api/v1/dossiers/${dossier.id}/forward`, {
      version: assessed.body.version,
      request: { number: '12/UBND', date: '2026-03-03', signerName: 'Lê Văn Bình', signerTitle: 'Chủ tịch' },
    });
    expect(forwarded.body.status).toBe('forwarded_to_province');
    const pooled = await call(official, 'POST', `/api/v1/dossiers/${dossier.id}/accept`, {
      version: forwarded.body.version,
    });
    expect(pooled.body.status).toBe('accepted_into_pool');
    const [provinceRow] = await auditOf('dossier.province.accept');
    expect(provinceRow).toMatchObject({ actorRole: 'standing_office', unitId: units.communeX.id });
    // The dossier's own history says who acted in which capacity, too.
    const roles = (pooled.body.events as { action: string; actorRole: string }[]).map((e) => [
      e.action,
      e.actorRole,
    ]);
    expect(roles).toContainEqual(['commune.accept', 'commune_officer']);
    expect(roles).toContainEqual(['province.accept', 'standing_office']);
  });
});
