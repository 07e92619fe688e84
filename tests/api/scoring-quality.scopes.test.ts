import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilMembers, councils, roundProducts, rounds, scoreSheets } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { DEFAULT_COUNCIL_SETTINGS } from '../../src/domain/rubric/council-settings';
import { buildPoolProduct } from '../helpers/evaluation-fixtures';
import { buildAccount, buildJurisdictions, nextId, type UnitRow } from '../helpers/factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Scoring quality of a council (getScoringQuality): the chair of that council and the standing
 * office of its province (and the central office) see each member's deviation from the council,
 * z-scores per round and re-scored share, with a flag for members consistently far; members —
 * including the flagged one — another province and another council's chair do not.
 */
type ActorName = 'province' | 'central' | 'otherProvince' | 'chair' | 'otherChair' | 'member' | 'leader';
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let councilId: string;
const sessions = new Map<ActorName, Session>();

async function seatedAccount(role: Role, unit: UnitRow) {
  const account = await buildAccount(t.db, { unit, grants: [{ role, unit }] });
  return { account, session: await login(t.app, account.username) };
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-07-02T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  const grants: [ActorName, Role, UnitRow][] = [
    ['province', 'standing_office', units.provinceA],
    ['central', 'standing_office', units.nation],
    ['otherProvince', 'standing_office', units.provinceB],
    ['leader', 'leader', units.provinceA],
  ];
  for (const [name, role, unit] of grants) sessions.set(name, await signInAs(t, role, unit));
  const chair = await seatedAccount('council_chair', units.provinceA);
  const otherChair = await seatedAccount('council_chair', units.provinceA);
  const member = await seatedAccount('council_member', units.provinceA);
  sessions.set('chair', chair.session);
  sessions.set('otherChair', otherChair.session);
  sessions.set('member', member.session);

  const [council] = await t.db
    .insert(councils)
    .values({
      unitId: units.provinceA.id,
      level: 'province',
      name: 'Hội đồng tỉnh A',
      termFrom: '2025-01-01',
    })
    .returning();
  councilId = council!.id;
  await t.db
    .insert(councils)
    .values({ unitId: units.provinceA.id, level: 'province', name: 'Hội đồng khác', termFrom: '2025-01-01' });
  const seat = async (fullName: string, role: 'chair' | 'member', accountId: string | null) =>
    (
      await t.db
        .insert(councilMembers)
        .values({ councilId, accountId, fullName, agency: 'Sở', position: 'Chuyên viên', role })
        .returning()
    )[0]!;
  const chairSeat = await seat('Chủ tịch Hội đồng', 'chair', chair.account.id);
  const steady = await seat('Thành viên ổn định', 'member', null);
  const high = await seat('Thành viên chấm cao', 'member', member.account.id);
  for (const month of ['03', '05', '06']) {
    const [round] = await t.db
      .insert(rounds)
      .values({
        councilId,
        unitId: units.provinceA.id,
        level: 'province',
        name: `Đợt tháng ${month}`,
        status: 'adopted',
        meetingOn: `2026-${month}-10`,
        settings: DEFAULT_COUNCIL_SETTINGS,
        procedureVersionId: '148-amended-1489',
      })
      .returning();
    for (let p = 0; p < 2; p += 1) {
      const { producer, product, dossier } = await buildPoolProduct(t.db, units.communeX, {
        name: `SP ${nextId()}`,
      });
      const [rp] = await t.db
        .insert(roundProducts)
        .values({
          roundId: round!.id,
          dossierId: dossier.id,
          productId: product.id,
          producerId: producer.id,
          productSet: dossier.productSet,
          rubricVersionId: '148',
        })
        .returning();
      const at = new Date(`2026-${month}-10T03:00:00Z`);
      const sheet = (memberId: string, total: number, version = 1) => ({
        roundProductId: rp!.id,
        memberId,
        version,
        status: 'submitted' as const,
        totalHundredths: total * 100,
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
      });
      await t.db
        .insert(scoreSheets)
        .values([
          sheet(chairSeat.id, 70),
          sheet(steady.id, 71),
          sheet(high.id, month === '03' && p === 0 ? 95 : 86),
          ...(month === '03' && p === 0 ? [sheet(high.id, 86, 2)] : []),
        ]);
    }
  }
});
afterAll(async () => t.close());

const get = (actor: ActorName, id = councilId) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/councils/${id}/scoring-quality`,
    headers: sessions.get(actor)!.headers,
  });

interface Quality {
  members: {
    fullName: string;
    meanDeviation: number;
    rescoredShare: number;
    isFlagged: boolean;
    rounds: unknown[];
  }[];
}

describe('getScoringQuality', () => {
  it('shows the chair and the standing office each member’s deviation, z-scores per round and re-scored share', async () => {
    const response = await get('chair');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Quality>();
    const high = body.members.find((m) => m.fullName === 'Thành viên chấm cao')!;
    // 86 against the mean of 70, 71 and 86 (75.67) on every product.
    expect(high.meanDeviation).toBe(10.33);
    expect(high.isFlagged).toBe(true);
    expect(high.rounds).toHaveLength(3);
    expect(high.rescoredShare).toBe(0.17);
    expect(body.members.find((m) => m.fullName === 'Thành viên ổn định')!.isFlagged).toBe(false);
    expect(body.members[0]!.fullName).toBe('Thành viên chấm cao');
  });

  const matrix: [ActorName, number][] = [
    ['province', 200],
    ['central', 200],
    ['chair', 200],
    ['otherChair', 403],
    ['member', 403],
    ['leader', 403],
    ['otherProvince', 404],
  ];
  it.each(matrix)('%s → %i', async (actor, status) => {
    expect((await get(actor)).statusCode).toBe(status);
  });

  it('answers 404 for an unknown council', async () => {
    expect((await get('province', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
