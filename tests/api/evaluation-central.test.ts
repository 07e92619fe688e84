import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { certificates, dossiers } from '../../src/db/schema';
import { emptyRegistration } from '../../src/domain/dossier/dossier.types';
import { buildAccount } from '../helpers/factories';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  choicesFor,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

/**
 * The central level through the API: a product certified 4★ by the province comes back for an
 * upgrade, scores ≥ 90 at the province and is routed to the central pool; its 4★ certificate stays
 * valid meanwhile. A central council (the nation's standing office, a chair and members granted at
 * the nation) runs a round, the nation's leader approves the decision, a 5★ certificate is issued
 * by the ministry and the provincial 4★ is superseded by it.
 */
let t: TestApp;
let w: EvaluationWorld;
let central: {
  office: Session;
  chair: Session;
  member1: Session;
  member2: Session;
  leader: Session;
  provinceLeaderOutside: Session;
};
let product: Awaited<ReturnType<typeof buildPoolProduct>>;
let fourStar: { id: string; number: string };
let upgradeDossierId: string;

const NOW = new Date('2026-05-04T02:00:00Z');
/** The meeting is later than the clock: closing and adopting early need the chair's reason. */
const EARLY = { reason: 'Hội đồng họp sớm hơn lịch đã định' };

const inject = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

async function ok<T>(
  promise: Promise<{ statusCode: number; body: string; json: <U>() => U }>,
  status = 200,
): Promise<T> {
  const res = await promise;
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

/** Runs a whole round: create, open, every member scores `total`, close, adopt. */
async function runRound(
  office: Session,
  chair: Session,
  scorers: Session[],
  councilId: string,
  dossierId: string,
  total: number,
) {
  const round = await ok<{ id: string; products: { id: string }[] }>(
    inject(office, 'POST', '/api/v1/rounds', {
      councilId,
      name: `Đợt ${total}`,
      meetingOn: '2026-05-20',
      dossierIds: [dossierId],
    }),
    201,
  );
  await ok(
    inject(office, 'POST', `/api/v1/rounds/${round.id}/open`, {
      distributedOn: '2026-05-05',
      compositionOverrideReason: 'Hội đồng thử nghiệm ba người',
    }),
  );
  const url = `/api/v1/rounds/${round.id}/products/${round.products[0]!.id}/sheet`;
  for (const s of scorers) {
    const saved = await ok<{ revision: number }>(
      inject(s, 'PUT', url, { choices: choicesFor(total), revision: 1 }),
    );
    await ok(inject(s, 'POST', `${url}/submit`, { revision: saved.revision }));
  }
  await ok(inject(chair, 'POST', `/api/v1/rounds/${round.id}/close`, EARLY));
  const adopted = await ok<{
    items: {
      id: string;
      mean: number;
      stars: number;
      routeAction: string;
      routeTargetLevel: string | null;
    }[];
  }>(inject(chair, 'POST', `/api/v1/rounds/${round.id}/adopt`, EARLY));
  return { roundId: round.id, result: adopted.items[0]! };
}

async function certificateStatus(id: string) {
  const [row] = await t.db.select().from(certificates).where(eq(certificates.id, id));
  const page = await t.app.inject({ method: 'GET', url: `/c/${row!.number}` });
  return { row: row!, page };
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
  const nation = w.units.nation;
  const make = async (
    roles: ('standing_office' | 'council_chair' | 'council_member' | 'leader')[],
    unit = nation,
  ) =>
    login(
      t.app,
      (await buildAccount(t.db, { unit, grants: roles.map((role) => ({ role, unit })) })).username,
    );
  central = {
    office: await make(['standing_office']),
    chair: await make(['council_chair', 'council_member']),
    member1: await make(['council_member']),
    member2: await make(['council_member']),
    leader: await make(['leader']),
    provinceLeaderOutside: w.leader,
  };
  product = await buildPoolProduct(t.db, w.units.communeX, {
    producerAccountId: w.producerAccountId,
    name: 'Trà shan tuyết cổ thụ',
  });
});
afterAll(async () => t.close());

describe('central level', () => {
  it('the province certifies 4★ first', async () => {
    const council = await createCouncilViaApi(t, w);
    const { roundId, result } = await runRound(
      w.office,
      w.chair,
      [w.chair, w.member1, w.member2],
      council.id,
      product.dossier.id,
      80,
    );
    expect(result).toMatchObject({ stars: 4, routeAction: 'certify' });
    const decision = await ok<{ id: string }>(
      inject(w.office, 'POST', '/api/v1/decisions', {
        roundId,
        number: '100/QĐ-UBND',
        signedOn: '2026-05-21',
      }),
      201,
    );
    const approved = await ok<{ items: { certificateId: string; certificateNumber: string }[] }>(
      inject(w.leader, 'POST', `/api/v1/decisions/${decision.id}/approve`),
    );
    fourStar = { id: approved.items[0]!.certificateId, number: approved.items[0]!.certificateNumber };
  });

  it('an upgrade scored ≥ 90 at the province is routed to the central pool; the 4★ stays valid', async () => {
    const [upgrade] = await t.db
      .insert(dossiers)
      .values({
        producerId: product.producer.id,
        productId: product.product.id,
        communeId: w.units.communeX.id,
        type: 'upgrade',
        rubricVersionId: '148',
        productSet: 21,
        procedureVersionId: '148-amended-1489',
        status: 'accepted_into_pool',
        registration: emptyRegistration(),
        versionNumber: 1,
      })
      .returning();
    upgradeDossierId = upgrade!.id;
    const council = await createCouncilViaApi(t, w);
    const { roundId, result } = await runRound(
      w.office,
      w.chair,
      [w.chair, w.member1, w.member2],
      council.id,
      upgradeDossierId,
      93,
    );
    expect(result.mean).toBeGreaterThanOrEqual(90);
    expect(result).toMatchObject({ routeAction: 'forward', routeTargetLevel: 'central' });
    // Nothing to certify at the province: the decision is refused, the 4★ is untouched.
    expect(
      (
        await inject(w.office, 'POST', '/api/v1/decisions', {
          roundId,
          number: '101/QĐ-UBND',
          signedOn: '2026-05-22',
        })
      ).statusCode,
    ).toBe(400);
    const { row, page } = await certificateStatus(fourStar.id);
    expect(row.supersededById).toBeNull();
    expect(page.body).toContain('Còn hiệu lực');
  });

  it('a central council runs a round; only the nation’s leader approves; a 5★ supersedes the 4★', async () => {
    const council = await ok<{ id: string; level: string }>(
      inject(central.office, 'POST', '/api/v1/councils', {
        unitId: w.units.nation.id,
        name: 'Hội đồng đánh giá sản phẩm OCOP quốc gia',
        termFrom: '2026-01-01',
        members: [
          {
            accountId: central.chair.accountId,
            fullName: 'Chủ tịch TW',
            agency: 'peoples-committee',
            position: 'Thứ trưởng',
            role: 'chair',
          },
          {
            accountId: central.member1.accountId,
            fullName: 'Thành viên TW Một',
            agency: 'agriculture-and-environment',
            position: 'Vụ trưởng',
            role: 'member',
          },
          {
            accountId: central.member2.accountId,
            fullName: 'Thành viên TW Hai',
            agency: 'science-and-technology',
            position: 'Vụ trưởng',
            role: 'member',
          },
        ],
      }),
      201,
    );
    expect(council.level).toBe('central');
    // The province's office cannot draw from the central pool; the central office sees the product.
    expect((await inject(w.office, 'GET', `/api/v1/councils/${council.id}/pool`)).statusCode).toBe(403);
    const pool = await ok<{ items: { dossierId: string; provincialMean: number }[] }>(
      inject(central.office, 'GET', `/api/v1/councils/${council.id}/pool`),
    );
    expect(pool.items.map((i) => i.dossierId)).toEqual([upgradeDossierId]);
    expect(pool.items[0]!.provincialMean).toBeGreaterThanOrEqual(90);

    const { roundId, result } = await runRound(
      central.office,
      central.chair,
      [central.chair, central.member1, central.member2],
      council.id,
      upgradeDossierId,
      94,
    );
    expect(result).toMatchObject({ stars: 5, routeAction: 'certify' });
    expect((await certificateStatus(fourStar.id)).row.supersededById).toBeNull();

    const decision = await ok<{ id: string; issuerName: string; level: string }>(
      inject(central.office, 'POST', '/api/v1/decisions', {
        roundId,
        number: '55/QĐ-BNNMT',
        signedOn: '2026-06-01',
      }),
      201,
    );
    expect(decision).toMatchObject({ level: 'central', issuerName: 'Bộ Nông nghiệp và Môi trường' });
    expect((await inject(w.office, 'POST', `/api/v1/decisions/${decision.id}/approve`)).statusCode).toBe(403);
    expect(
      (await inject(central.provinceLeaderOutside, 'POST', `/api/v1/decisions/${decision.id}/approve`))
        .statusCode,
    ).toBe(403);
    expect((await certificateStatus(fourStar.id)).page.body).toContain('Còn hiệu lực');

    const approved = await ok<{
      status: string;
      approvedByName: string;
      items: { certificateId: string; certificateNumber: string; stars: number }[];
    }>(inject(central.leader, 'POST', `/api/v1/decisions/${decision.id}/approve`));
    expect(approved.status).toBe('approved');
    const five = approved.items[0]!;
    expect(five.stars).toBe(5);
    expect(five.certificateNumber).toMatch(/^TW-2026-\d{5}$/);
    const fiveCert = await ok<{ status: string; stars: number; issuerName: string; supersedesId: string }>(
      inject(central.office, 'GET', `/api/v1/certificates/${five.certificateId}`),
    );
    expect(fiveCert).toMatchObject({
      status: 'valid',
      stars: 5,
      issuerName: 'Bộ Nông nghiệp và Môi trường',
      supersedesId: fourStar.id,
    });

    const mine = await ok<{ items: { number: string }[] }>(inject(w.producer, 'GET', '/api/v1/certificates'));
    expect(mine.items.map((c) => c.number).sort()).toEqual([fourStar.number, five.certificateNumber].sort());
    // The 5★ takes effect on its decision date; from then on the 4★ shows as superseded.
    t.setNow(new Date('2026-06-02T03:00:00Z'));
    const old = await certificateStatus(fourStar.id);
    expect(old.row.supersededById).toBe(five.certificateId);
    expect(old.page.body).toContain('Đã được thay thế');
    expect(old.page.body).toContain(five.certificateNumber);
  });
});
