import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiers, producerMembers, roundProducts, roundResults, rounds } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildStage, type ProvinceKit } from '../helpers/evaluation-stages';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * The dossier closes: once the council and the decision have spoken, the dossier says what became
 * of it (certified N★ with the decision and certificate, not certified with the reason, forwarded
 * to the ministry), and a product holding a valid certificate is upgraded or re-evaluated, never
 * evaluated "for the first time" again.
 */
let t: TestApp;
let dataDir: string;
let kit: ProvinceKit;
let chairAccountId: string;
let memberAccountId: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-dossier-outcome-'));
  t = await createTestApp({ now: new Date('2026-05-04T02:00:00Z'), config: { dataDir } });
  const units = await buildJurisdictions(t.db);
  kit = {
    province: units.provinceA,
    commune: units.communeX,
    office: await signInAs(t, 'standing_office', units.provinceA),
    leader: await signInAs(t, 'leader', units.provinceA),
  };
  chairAccountId = (
    await buildAccount(t.db, {
      unit: units.provinceA,
      grants: [{ role: 'council_chair', unit: units.provinceA }],
    })
  ).id;
  memberAccountId = (
    await buildAccount(t.db, {
      unit: units.provinceA,
      grants: [{ role: 'council_member', unit: units.provinceA }],
    })
  ).id;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Outcome {
  kind: string;
  labelVi: string;
  stars: number | null;
  points: number | null;
  reasonVi: string | null;
  forwardedTo: string | null;
  decision: { number: string; signedOn: string } | null;
  certificate: { id: string; number: string; stars: number; status: string; verificationUrl: string } | null;
}

/** A producer account acting for the staged dossier's producer. */
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

async function outcomeOf(session: Session, dossierId: string): Promise<Outcome | null> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/dossiers/${dossierId}`,
    headers: session.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ outcome: Outcome | null }>().outcome;
}

/** A closed round whose result the council adopted as given (what adoption writes). */
async function adoptResult(
  itemId: string,
  roundId: string,
  result: Partial<typeof roundResults.$inferInsert>,
) {
  const [item] = await t.db.select().from(roundProducts).where(eq(roundProducts.id, itemId));
  await t.db.insert(roundResults).values({
    roundId,
    roundProductId: itemId,
    productId: item!.productId,
    producerId: item!.producerId,
    meanHundredths: 5200,
    bandStars: 2,
    stars: 2,
    isCertifiable: false,
    routeAction: 'not-certified',
    explanationVi: '52.00 điểm, 2 sao: không công nhận.',
    explanationEn: '52.00 points, 2★: not certified.',
    memberTotals: [],
    adoptedAt: new Date('2026-05-21T02:00:00Z'),
    ...result,
  });
  await t.db
    .update(rounds)
    .set({ status: 'adopted', adoptedAt: new Date('2026-05-21T02:00:00Z') })
    .where(eq(rounds.id, roundId));
}

describe('dossier outcome', () => {
  it('says certified N★ with the decision and the certificate once the certificate is issued', async () => {
    const staged = await buildStage(t, kit, { chairAccountId, memberAccountId }, 'certificate');
    const producer = await producerOf(staged.dossierId);
    const outcome = await outcomeOf(producer, staged.dossierId);
    expect(outcome).toMatchObject({
      kind: 'certified',
      stars: 4,
      points: 74,
      decision: { number: `${staged.roundId.slice(0, 8)}/QĐ-UBND`, signedOn: '2026-05-25' },
      certificate: { id: staged.certificateId, stars: 4, status: 'valid' },
    });
    expect(outcome!.certificate!.verificationUrl).toBe(
      `http://localhost:3000/c/${encodeURIComponent(outcome!.certificate!.number)}`,
    );
    expect(outcome!.labelVi).toBe(
      `Đã công nhận 4 sao — Quyết định ${staged.roundId.slice(0, 8)}/QĐ-UBND, giấy chứng nhận số ${outcome!.certificate!.number}`,
    );
    // The dossier list says it too, so a certified dossier no longer reads "waiting for evaluation".
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/dossiers', headers: producer.headers });
    const row = list
      .json<{ items: { id: string; outcome: { kind: string; stars: number } | null }[] }>()
      .items.find((d) => d.id === staged.dossierId);
    expect(row?.outcome).toMatchObject({ kind: 'certified', stars: 4 });
    // The standing office reads the same outcome.
    expect((await outcomeOf(kit.office, staged.dossierId))?.kind).toBe('certified');
  });

  it('says the council proposes N★ while the decision is still a draft, and nothing before the council', async () => {
    const pending = await buildStage(t, kit, { chairAccountId, memberAccountId }, 'decision');
    expect(await outcomeOf(kit.office, pending.dossierId)).toMatchObject({
      kind: 'awaiting-decision',
      stars: 4,
      decision: null,
      certificate: null,
    });
    const waiting = await buildStage(t, kit, { chairAccountId, memberAccountId }, 'open');
    expect(await outcomeOf(kit.office, waiting.dossierId)).toMatchObject({
      kind: 'in-evaluation',
      labelVi: 'Đã tiếp nhận, chờ hội đồng đánh giá',
    });
  });

  it('says not certified with the reason, naming the mandatory criteria that held it back', async () => {
    const staged = await buildStage(t, kit, { chairAccountId, memberAccountId }, 'closed');
    await adoptResult(staged.itemId, staged.roundId, {
      blockedBy: [{ criterionCode: 'A.1.a', star: 3, titleVi: 'Nguyên liệu địa phương' }],
    });
    const producer = await producerOf(staged.dossierId);
    const outcome = await outcomeOf(producer, staged.dossierId);
    expect(outcome).toMatchObject({
      kind: 'not-certified',
      labelVi: 'Không được công nhận',
      stars: 2,
      points: 52,
      certificate: null,
    });
    expect(outcome!.reasonVi).toBe(
      '52.00 điểm, 2 sao: không công nhận. Tiêu chí bắt buộc chưa đạt: A.1.a (★3) Nguyên liệu địa phương.',
    );
  });

  it('says forwarded to the ministry when the province proposes the product for 5★', async () => {
    const staged = await buildStage(t, kit, { chairAccountId, memberAccountId }, 'closed');
    await adoptResult(staged.itemId, staged.roundId, {
      meanHundredths: 9150,
      bandStars: 5,
      stars: 5,
      isCertifiable: true,
      routeAction: 'forward',
      routeTargetLevel: 'central',
      explanationVi: 'Chuyển cấp trên vì đạt ≥ 90 điểm (91.50 điểm): đề xuất cấp trung ương đánh giá.',
      explanationEn: 'Forwarded because the mean is ≥ 90 points (91.50).',
    });
    const outcome = await outcomeOf(kit.office, staged.dossierId);
    expect(outcome).toMatchObject({ kind: 'forwarded', forwardedTo: 'central', points: 91.5 });
    expect(outcome!.labelVi).toContain('Đã chuyển Bộ Nông nghiệp và Môi trường');
  });

  it('refuses a first evaluation of a certified product (409 naming the reason, nothing written) and offers upgrade or re-evaluation', async () => {
    const staged = await buildStage(t, kit, { chairAccountId, memberAccountId }, 'certificate');
    const producer = await producerOf(staged.dossierId);
    const [dossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, staged.dossierId));
    const before = await t.db.select().from(dossiers).where(eq(dossiers.productId, dossier!.productId));

    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: producer.headers,
      payload: { productId: dossier!.productId, type: 'first' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const problem = refused.json<{
      code: string;
      detail: string;
      errors: { field: string }[];
    }>();
    expect(problem.code).toBe('CONFLICT');
    expect(problem.detail).toContain('giấy chứng nhận OCOP 4 sao còn hiệu lực');
    expect(problem.detail).toContain('nâng hạng hoặc đánh giá lại');
    expect(problem.errors.map((e) => e.field)).toEqual(['type']);
    expect(await t.db.select().from(dossiers).where(eq(dossiers.productId, dossier!.productId))).toEqual(
      before,
    );

    const options = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers/start-options',
      headers: producer.headers,
    });
    const product = options
      .json<{
        products: {
          productId: string;
          allowedTypes: string[];
          validCertificate: { stars: number; dossierId: string } | null;
        }[];
      }>()
      .products.find((p) => p.productId === dossier!.productId);
    expect(product).toMatchObject({
      allowedTypes: ['upgrade', 're-evaluation'],
      validCertificate: { stars: 4, dossierId: staged.dossierId },
    });
  });
});
