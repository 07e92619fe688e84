import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { refreshStatistics } from '../../src/server/modules/statistics/refresh-statistics';
import { signInAsProducer } from '../helpers/dossier-factories';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Authorization matrix of the statistics: a commune sees its own figures, a province its communes,
 * the centre all; a producer nothing but its own products'. One certificate in each of communes X
 * and Y (province A) and Z (province B); producer A owns the one in X.
 */
const NOW = new Date('2026-03-02T08:00:00Z');
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const actors = new Map<string, Session>();

type ActorKey =
  | 'nation'
  | 'provinceA'
  | 'provinceB'
  | 'communeX'
  | 'communeY'
  | 'producerA'
  | 'producerB'
  | 'council_member'
  | 'leader'
  | 'inspector'
  | 'admin';

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  units = await buildJurisdictions(t.db);
  const a = await buildCertifiedProduct(t.db, { province: units.provinceA, commune: units.communeX });
  await buildCertifiedProduct(t.db, { province: units.provinceA, commune: units.communeY });
  const b = await buildCertifiedProduct(t.db, { province: units.provinceB, commune: units.communeZ });
  actors.set('nation', await signInAs(t, 'standing_office', units.nation));
  actors.set('provinceA', await signInAs(t, 'standing_office', units.provinceA));
  actors.set('provinceB', await signInAs(t, 'standing_office', units.provinceB));
  actors.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  actors.set('communeY', await signInAs(t, 'commune_officer', units.communeY));
  actors.set('producerA', await signInAsProducer(t.app, t.db, a.producer, units.communeX));
  actors.set('producerB', await signInAsProducer(t.app, t.db, b.producer, units.communeZ));
  for (const role of ['council_member', 'leader', 'inspector', 'admin'] as const)
    actors.set(role, await signInAs(t, role, units.provinceA));
  await refreshStatistics({ db: t.db, now: NOW });
}, 120_000);
afterAll(async () => t.close());

async function get(actor: ActorKey, url: string) {
  return t.app.inject({ url, headers: actors.get(actor)!.headers });
}

const unitOf = (name: keyof typeof units): UnitRow => units[name];

describe('GET /api/v1/statistics — whose figures', () => {
  /** [actor, unit asked (none = own), status, certificates counted]. */
  const matrix: [ActorKey, keyof typeof units | null, number, number?][] = [
    ['nation', null, 200, 3],
    ['nation', 'communeZ', 200, 1],
    ['provinceA', null, 200, 2],
    ['provinceA', 'communeX', 200, 1],
    ['provinceA', 'provinceB', 403],
    ['provinceA', 'nation', 403],
    ['provinceB', null, 200, 1],
    ['communeX', null, 200, 1],
    ['communeX', 'communeY', 403],
    ['communeX', 'provinceA', 403],
    ['communeY', null, 200, 1],
    ['producerA', null, 200, 1],
    ['producerA', 'communeX', 403],
    ['producerB', null, 200, 1],
    ['council_member', null, 403],
    ['leader', null, 200, 2],
    ['inspector', null, 200, 2],
    ['admin', null, 200, 2],
    ['admin', 'communeZ', 403],
  ];
  it.each(matrix)('%s asking %s → %i', async (actor, unit, status, certificates) => {
    const query = unit ? `?unitId=${unitOf(unit).id}` : '';
    const response = await get(actor, `/api/v1/statistics${query}`);
    expect(response.statusCode, response.body).toBe(status);
    if (certificates !== undefined)
      expect(response.json<{ totals: { certificates: number } }>().totals.certificates).toBe(certificates);
  });

  it('a producer sees its own stamps and certificates, not the pipeline, councils or the map', async () => {
    expect((await get('producerA', '/api/v1/statistics?dataset=stamps')).statusCode).toBe(200);
    for (const url of [
      '/api/v1/statistics?dataset=dossiers',
      '/api/v1/statistics?dataset=councils',
      '/api/v1/statistics?dataset=leadTimes',
      '/api/v1/statistics/map',
    ])
      expect((await get('producerA', url)).statusCode, url).toBe(403);
  });

  it('the map of a province shows its communes only', async () => {
    const response = await get('provinceA', '/api/v1/statistics/map');
    const areas = response.json<{ level: string; areas: { unitId: string; value: number }[] }>();
    expect(areas.level).toBe('commune');
    expect(Object.fromEntries(areas.areas.map((a) => [a.unitId, a.value]))).toEqual({
      [units.communeX.id]: 1,
      [units.communeY.id]: 1,
    });
  });
});

describe('POST /api/v1/statistics/refresh — who may recompute', () => {
  async function refreshedAt(): Promise<string> {
    const [row] = await queryRows<{ at: string }>(
      t.db,
      sql`select refreshed_at::text as at from stats_refresh where id = 'statistics'`,
    );
    return row!.at;
  }

  /** [actor, province asked (none = own), status]. */
  const matrix: [ActorKey, keyof typeof units | null, number][] = [
    ['nation', null, 200],
    ['nation', 'provinceB', 200],
    ['provinceA', null, 200],
    ['provinceA', 'provinceA', 200],
    ['provinceA', 'provinceB', 403],
    ['provinceB', 'provinceA', 403],
    ['admin', null, 200],
    ['communeX', null, 403],
    ['producerA', null, 403],
    ['council_member', null, 403],
    ['leader', null, 403],
    ['inspector', null, 403],
  ];
  let minute = 0;
  it.each(matrix)('%s refreshing %s → %i', async (actor, province, status) => {
    minute += 1;
    const at = new Date(NOW.getTime() + minute * 60_000);
    t.setNow(at);
    const before = await refreshedAt();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/refresh',
      headers: actors.get(actor)!.headers,
      payload: province ? { provinceId: unitOf(province).id } : {},
    });
    expect(response.statusCode, response.body).toBe(status);
    if (status === 200) expect(new Date(await refreshedAt()).toISOString()).toBe(at.toISOString());
    else expect(await refreshedAt()).toBe(before);
  });
});
