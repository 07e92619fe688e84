import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates, dossiers, inspections, revocationProposals } from '../../src/db/schema';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed-demo';
import {
  DEMO_PREVIOUS_DOSSIER,
  DEMO_REVOCATION_DECISION_NUMBER,
} from '../../src/server/demo/seed-lifecycle-flows';
import { createTestApp, login, type TestApp } from '../helpers/test-app';

/** The lifecycle demo: certificates near and past their end, and one of a former district. */
let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');

interface Listed {
  id: string;
  number: string;
  status: string;
  demoKey: string | null;
  origin: string;
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
});
afterAll(async () => t.close());

describe('seed-demo lifecycle data', () => {
  it('lists certificates with id, number and status, idempotently', async () => {
    const first = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    const certs = first.certificates as Listed[];
    const byKey = new Map(certs.map((c) => [c.demoKey, c]));
    expect(certs.every((c) => /^[0-9a-f-]{36}$/.test(c.id) && c.number.length > 0)).toBe(true);
    expect(byKey.get('expiring')).toMatchObject({ status: 'valid', origin: 'imported' });
    expect(byKey.get('expired')).toMatchObject({ status: 'expired' });
    expect(byKey.get('former-district-2021')).toMatchObject({ status: 'expired', number: 'GL-GCN-2021-015' });
    const again = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    expect(again.certificates).toEqual(first.certificates);
  });

  it('the certificate expiring in 20 days and the 2021 one of the former Gia Lâm district read as issued', async () => {
    const certs = (await seedDemo({ db: t.db, now: NOW })).certificates as Listed[];
    const { headers } = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const get = async (id: string) =>
      (await t.app.inject({ url: `/api/v1/certificates/${id}`, headers })).json<Record<string, unknown>>();
    const expiring = await get(certs.find((c) => c.demoKey === 'expiring')!.id);
    expect(expiring.validUntil).toBe('2026-05-24');
    const former = await get(certs.find((c) => c.demoKey === 'former-district-2021')!.id);
    expect(former).toMatchObject({
      issuerName: 'Ủy ban nhân dân huyện Gia Lâm',
      issuedOn: '2021-04-20',
      legalBasis: { procedureId: '1048' },
    });
    const soon = await t.app.inject({ url: '/api/v1/certificates?expiringWithinDays=30', headers });
    expect(soon.json<{ items: { number: string }[] }>().items.map((i) => i.number)).toEqual(['HN-GCN-0101']);
  });

  it('has every stage of the life after the certificate, made through the use cases', async () => {
    const certs = (await seedDemo({ db: t.db, now: NOW })).certificates as Listed[];
    const byKey = new Map(certs.map((c) => [c.demoKey, c]));
    const { headers } = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const rowOf = async (key: string) =>
      (
        await t.db
          .select()
          .from(certificates)
          .where(eq(certificates.id, byKey.get(key)!.id))
      )[0]!;

    // Expiring in 20 days and expired without re-evaluation: both on the office's list.
    const due = await t.app.inject({ url: '/api/v1/certificates?notReEvaluated=true', headers });
    const dueNumbers = due.json<{ items: { number: string }[] }>().items.map((i) => i.number);
    expect(dueNumbers).toEqual(expect.arrayContaining(['HN-GCN-0101', 'HN-GCN-0102']));
    expect(dueNumbers).not.toContain('HN-GCN-0103');

    // A re-evaluation in progress, started from the product's earlier dossier.
    const reEvaluated = await rowOf('re-evaluation');
    const own = await t.db.select().from(dossiers).where(eq(dossiers.productId, reEvaluated.productId));
    const reEvaluation = own.find((d) => d.type === 're-evaluation')!;
    expect(reEvaluation.status).toBe('submitted');
    expect(reEvaluation.previousDossierId).toBe(own.find((d) => d.type === 'first')!.id);
    expect(reEvaluation.registration.product.packaging).toBe(DEMO_PREVIOUS_DOSSIER.packaging);
    expect(reEvaluation.registration.reEvaluation?.market).toContain('Doanh thu');

    // An inspection with a finding to remedy, and one proposing revocation.
    const remedy = await t.db
      .select()
      .from(inspections)
      .where(eq(inspections.productId, (await rowOf('inspection-remedy')).productId));
    expect(remedy.map((i) => [i.conclusion, i.status])).toEqual([['must_remedy', 'awaiting_remedy']]);
    const proposing = await rowOf('inspection-revocation');
    const [inspection] = await t.db
      .select()
      .from(inspections)
      .where(eq(inspections.productId, proposing.productId));
    expect(inspection!.conclusion).toBe('propose_revocation');
    const proposals = await t.db
      .select()
      .from(revocationProposals)
      .where(eq(revocationProposals.certificateId, proposing.id));
    expect(proposals.map((p) => [p.source, p.inspectionId])).toEqual([['inspection', inspection!.id]]);

    // A certificate revoked by an approved decision, public as such.
    expect(byKey.get('revoked')).toMatchObject({ status: 'revoked' });
    const revoked = await rowOf('revoked');
    expect(revoked.revocation?.decisionNumber).toBe(DEMO_REVOCATION_DECISION_NUMBER);
    const page = await t.app.inject({ url: `/c/${encodeURIComponent(revoked.number)}` });
    expect(page.body).toContain('Đã bị thu hồi');
    expect(page.body).toContain(DEMO_REVOCATION_DECISION_NUMBER);

    // The 2021 certificate of the former district, imported.
    expect(byKey.get('former-district-2021')).toMatchObject({ origin: 'imported' });
  });
});
