import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_AUDIT_CONTEXT } from '../../src/db/repositories/audit.repository';
import { emptyRegistration } from '../../src/domain/dossier/dossier.types';
import {
  certificates,
  dossiers,
  dossierVersions,
  notifications,
  producerMembers,
  products,
  roundResults,
} from '../../src/db/schema';
import { endFailedReEvaluations } from '../../src/server/modules/evaluation/end-failed-re-evaluations';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildStage, type ProvinceKit } from '../helpers/evaluation-stages';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Re-evaluation (đánh giá lại): opens from a window before the certificate ends, starts from the
 * last dossier with the "results after 3 years" section, and its outcome supersedes the old
 * certificate with the reason re-evaluation — or, when it fails, ends it and tells the producer.
 */
let t: TestApp;
let dataDir: string;
let kit: ProvinceKit;
let seats: { chairAccountId: string; memberAccountId: string };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-re-evaluation-'));
  t = await createTestApp({ now: new Date('2026-05-04T02:00:00Z'), config: { dataDir } });
  const units = await buildJurisdictions(t.db);
  kit = {
    province: units.provinceA,
    commune: units.communeX,
    office: await signInAs(t, 'standing_office', units.provinceA),
    leader: await signInAs(t, 'leader', units.provinceA),
  };
  const account = (role: 'council_chair' | 'council_member') =>
    buildAccount(t.db, { unit: units.provinceA, grants: [{ role, unit: units.provinceA }] });
  seats = {
    chairAccountId: (await account('council_chair')).id,
    memberAccountId: (await account('council_member')).id,
  };
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function producerOf(dossierId: string): Promise<Session> {
  const [dossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, dossierId));
  const account = await buildAccount(t.db, {
    unit: kit.commune,
    grants: [{ role: 'producer', unit: kit.commune }],
  });
  await t.db
    .insert(producerMembers)
    .values({ producerId: dossier!.producerId, accountId: account.id, isOwner: true });
  return login(t.app, account.username);
}

/** A certificate the staged product held before (imported, still valid), at `stars`. */
async function earlierCertificate(staged: { dossierId: string; decisionId: string }, stars: number) {
  const [dossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, staged.dossierId));
  const [product] = await t.db.select().from(products).where(eq(products.id, dossier!.productId));
  const [row] = await t.db
    .insert(certificates)
    .values({
      number: `OLD-${staged.dossierId.slice(0, 8)}`,
      decisionId: staged.decisionId,
      decisionItemId: null,
      productId: product!.id,
      producerId: product!.producerId,
      issuerUnitId: kit.province.id,
      stars,
      issuedOn: '2023-06-01',
      validUntil: '2026-05-31',
      productName: product!.name,
      productSet: product!.productSet,
      producerName: 'Chủ thể',
      communeName: kit.commune.fullName,
      provinceName: kit.province.fullName,
      issuerName: 'Ủy ban nhân dân tỉnh',
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2023-06-01',
      issueKind: 'imported',
      createdAt: new Date('2023-06-01T00:00:00Z'),
    })
    .returning();
  return row!;
}

async function approve(decisionId: string): Promise<string> {
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/decisions/${decisionId}/approve`,
    headers: kit.leader.headers,
    payload: {},
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json<{ items: { certificateId: string }[] }>().items[0]!.certificateId;
}

describe('re-evaluation', () => {
  it('opens only from the window before the end date, pre-filled from the last dossier with the 3-year section', async () => {
    t.setNow(new Date('2026-05-04T02:00:00Z'));
    const staged = await buildStage(t, kit, seats, 'certificate');
    const producer = await producerOf(staged.dossierId);
    const [dossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, staged.dossierId));
    // The version the producer submitted (the pool fixture writes none): the re-evaluation starts from it.
    const registration = {
      ...emptyRegistration(),
      product: { name: 'Bình gốm men lam', description: 'Gốm vẽ tay', packaging: 'Hộp gỗ' },
    };
    await t.db.insert(dossierVersions).values({
      dossierId: staged.dossierId,
      number: 1,
      registration,
      answers: {},
      evidence: [],
      committedBy: seats.chairAccountId,
      committedByName: 'Chủ thể',
      submittedAt: new Date('2026-04-01T00:00:00Z'),
    });
    const [certificate] = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.id, staged.certificateId));
    expect(certificate!.validUntil).toBe('2029-05-24');
    const open = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: producer.headers,
        payload: { productId: dossier!.productId, type: 're-evaluation' },
      });
    const early = await open();
    expect(early.statusCode).toBe(409);
    expect(early.json<{ detail: string }>().detail).toContain('mở từ ngày 25/11/2028');

    t.setNow(new Date('2029-01-10T02:00:00Z'));
    try {
      const later = await producerOf(staged.dossierId);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: later.headers,
        payload: { productId: dossier!.productId, type: 're-evaluation' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<{ id: string }>().id;
      const view = await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: later.headers });
      expect(view.json()).toMatchObject({
        type: 're-evaluation',
        previousDossierId: staged.dossierId,
        registration: {
          product: { name: 'Bình gốm men lam', packaging: 'Hộp gỗ' },
          reEvaluation: {
            rawMaterials: '',
            market: '',
            qualityDeclarations: '',
            changes: '',
            onSiteCheck: null,
          },
        },
      });
    } finally {
      t.setNow(new Date('2026-05-04T02:00:00Z'));
    }
  });

  it.each([
    ['re-evaluation', 5, 're-evaluation'],
    ['upgrade', 3, 'upgrade'],
  ] as const)(
    'a %s decided at 4★ over a %i★ certificate supersedes it with the reason %s',
    async (type, stars, reason) => {
      const staged = await buildStage(t, kit, seats, 'decision');
      await t.db.update(dossiers).set({ type }).where(eq(dossiers.id, staged.dossierId));
      const older = await earlierCertificate(staged, stars);
      const newId = await approve(staged.decisionId);
      const [old] = await t.db.select().from(certificates).where(eq(certificates.id, older.id));
      expect(old).toMatchObject({
        supersededById: newId,
        supersededOn: '2026-05-25',
        supersedeReason: reason,
      });
      const [next] = await t.db.select().from(certificates).where(eq(certificates.id, newId));
      expect(next).toMatchObject({ stars: 4, supersedesId: older.id });
      const history = await t.app.inject({
        url: `/api/v1/certificates/${older.id}/history`,
        headers: kit.office.headers,
      });
      const events = history.json<{
        events: { kind: string; relatedCertificate: { number: string } | null }[];
      }>().events;
      expect(events.map((e) => e.kind)).toEqual([
        'imported',
        reason === 'upgrade' ? 'upgraded' : 're-evaluated',
      ]);
      expect(events[1]!.relatedCertificate?.number).toBe(next!.number);
    },
  );

  it('a failed re-evaluation ends the certificate on the day it is decided, with the reason, and tells the producer', async () => {
    const staged = await buildStage(t, kit, seats, 'adopted');
    const producer = await producerOf(staged.dossierId);
    await t.db.update(dossiers).set({ type: 're-evaluation' }).where(eq(dossiers.id, staged.dossierId));
    await t.db
      .update(roundResults)
      .set({ routeAction: 'not-certified', stars: null, isCertifiable: false })
      .where(eq(roundResults.roundProductId, staged.itemId));
    const older = await earlierCertificate(
      { dossierId: staged.dossierId, decisionId: (await buildStage(t, kit, seats, 'decision')).decisionId },
      3,
    );
    // A certified product under re-evaluation is in evaluation.
    await t.db.update(products).set({ status: 'in_evaluation' }).where(eq(products.id, older.productId));
    await endFailedReEvaluations({
      tx: t.db,
      audit: SYSTEM_AUDIT_CONTEXT,
      roundId: staged.roundId,
      decidedOn: '2026-05-20',
      now: new Date('2026-05-20T03:00:00Z'),
    });
    t.setNow(new Date('2026-05-21T02:00:00Z'));
    try {
      const office = await signInAs(t, 'standing_office', kit.province);
      const view = await t.app.inject({ url: `/api/v1/certificates/${older.id}`, headers: office.headers });
      expect(view.json()).toMatchObject({ status: 'expired' });
      const history = await t.app.inject({
        url: `/api/v1/certificates/${older.id}/history`,
        headers: office.headers,
      });
      expect(history.json<{ events: { kind: string; textVi: string }[] }>().events).toMatchObject([
        { kind: 'imported' },
        {
          kind: 'ended',
          textVi: 'Chấm dứt hiệu lực từ ngày 20/05/2026: Đánh giá lại ngày 20/05/2026 không đạt 3 sao',
        },
      ]);
    } finally {
      t.setNow(new Date('2026-05-04T02:00:00Z'));
    }
    const [ended] = await t.db.select().from(certificates).where(eq(certificates.id, older.id));
    expect(ended).toMatchObject({
      endedOn: '2026-05-20',
      endReason: 'Đánh giá lại ngày 20/05/2026 không đạt 3 sao',
    });
    const [product] = await t.db.select().from(products).where(eq(products.id, older.productId));
    expect(product!.status).toBe('expired');
    const notices = await t.db.select().from(notifications).where(eq(notifications.entityId, older.id));
    expect(notices.map((n) => n.titleVi)).toEqual([`Giấy chứng nhận ${older.number} chấm dứt hiệu lực`]);
    expect(producer.headers.cookie.length).toBeGreaterThan(0);
  });
});
