import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, rounds } from '../../src/db/schema';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

/**
 * A province keeps its own council settings from a date on (getCouncilSettings,
 * updateCouncilSettings): a round created afterwards copies them, a round created before keeps
 * the copy it took, and the attendance screen states the rule of each round.
 */
let t: TestApp;
let w: EvaluationWorld;
let councilId: string;
const NOW = new Date('2026-05-04T02:00:00Z');

const inject = (s: Session, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const settingsUrl = () => `/api/v1/provinces/${w.units.provinceA.id}/council-settings`;
const strict = {
  quorum: { minPresentPercent: 75, rounding: 'up', requireChair: true, abstentionsCountAsPresent: true },
  forwardingReading: 'stars',
  districtReading: 'commune',
} as const;

async function createRound(name: string): Promise<string> {
  const pool = await buildPoolProduct(t.db, w.units.communeX, { set: 21, name });
  const response = await inject(w.office, 'POST', '/api/v1/rounds', {
    councilId,
    name,
    meetingOn: '2026-05-20',
    dossierIds: [pool.dossier.id],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}
const settingsOf = async (roundId: string) =>
  (await t.db.select().from(rounds).where(eq(rounds.id, roundId)))[0]!.settings;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
  councilId = (await createCouncilViaApi(t, w)).id;
});
afterAll(async () => t.close());

describe('council settings of a province', () => {
  it('starts from the defaults: 75 %, nearest (8 of 11), chair required, the procedure’s reading', async () => {
    const response = await inject(w.office, 'GET', settingsUrl());
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      inForce: unknown;
      defaults: unknown;
      periods: unknown[];
      canManage: boolean;
    }>();
    expect(body.inForce).toEqual({
      quorum: {
        minPresentPercent: 75,
        rounding: 'nearest',
        requireChair: true,
        abstentionsCountAsPresent: false,
      },
      forwardingReading: null,
      districtReading: 'former-district',
    });
    expect(body.defaults).toEqual(body.inForce);
    expect(body.periods).toEqual([]);
    expect(body.canManage).toBe(true);
  });

  it('a round created after the change copies the new settings; the earlier round keeps its own', async () => {
    const before = await createRound('Đợt trước khi đổi quy chế');
    const updated = await inject(w.office, 'PUT', settingsUrl(), {
      effectiveFrom: '2026-05-04',
      settings: strict,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ inForce: strict, periods: [{ effectiveFrom: '2026-05-04' }] });
    const after = await createRound('Đợt sau khi đổi quy chế');

    expect((await settingsOf(before)).quorum.rounding).toBe('nearest');
    expect(await settingsOf(after)).toMatchObject({
      quorum: strict.quorum,
      forwardingReading: 'stars',
      districtReading: 'commune',
      dispersionThresholdPoints: 10,
    });
    const ruleOf = async (roundId: string) =>
      (await inject(w.office, 'GET', `/api/v1/rounds/${roundId}/attendance`)).json<{
        quorumRule: { vi: string };
      }>().quorumRule.vi;
    // The test council has 3 voting members: 3 × 75 % = 2.25, rounded to 2, or up to 3.
    expect(await ruleOf(before)).toContain('Cần ít nhất 2/3 thành viên có mặt (75 %)');
    expect(await ruleOf(after)).toContain('Cần ít nhất 3/3 thành viên có mặt (75 %)');
    expect(await ruleOf(after)).not.toMatch(/round\(|ceil\(/);

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council-settings.updated'), eq(auditLog.unitId, w.units.provinceA.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ effectiveFrom: '2026-05-04', settings: strict });
  });

  it('a later period waits for its day; saving the same day again replaces that period', async () => {
    const later = { ...strict, quorum: { ...strict.quorum, minPresentPercent: 80 } };
    expect(
      (await inject(w.office, 'PUT', settingsUrl(), { effectiveFrom: '2026-07-01', settings: later }))
        .statusCode,
    ).toBe(200);
    const again = await inject(w.office, 'PUT', settingsUrl(), {
      effectiveFrom: '2026-07-01',
      settings: { ...later, districtReading: 'former-district' },
    });
    const body = again.json<{
      inForce: typeof strict;
      periods: { effectiveFrom: string; settings: { districtReading: string } }[];
    }>();
    expect(body.inForce.quorum.minPresentPercent).toBe(75);
    expect(body.periods.map((p) => p.effectiveFrom)).toEqual(['2026-05-04', '2026-07-01']);
    expect(body.periods[1]!.settings.districtReading).toBe('former-district');
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'council-settings.updated'));
    expect(audits.at(-1)!.before).toMatchObject({
      effectiveFrom: '2026-07-01',
      settings: { districtReading: 'commune' },
    });
  });

  it('refuses a share outside 50–100 % and a commune, naming the field', async () => {
    const bad = await inject(w.office, 'PUT', settingsUrl(), {
      effectiveFrom: '2026-05-04',
      settings: { ...strict, quorum: { ...strict.quorum, minPresentPercent: 120 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('settings.quorum.minPresentPercent');
    const commune = await inject(
      w.office,
      'GET',
      `/api/v1/provinces/${w.units.communeX.id}/council-settings`,
    );
    expect(commune.statusCode).toBe(400);
    expect(commune.body).toContain('provinceId');
  });
});
