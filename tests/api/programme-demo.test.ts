import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateOutput } from '../../src/contracts/evaluation.contracts';
import type { PlanProgressOutput } from '../../src/contracts/programme.contracts';
import { DEMO_PASSWORD, seedDemo, type DemoSummary } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

/**
 * The demo's 2026 plans: `getPlanProgress` of the province plan counts, for "products newly at 3★
 * or more", the certificates the demo issued in the province in 2026 — counted here independently
 * from the certificates list, not typed — and the demo holds ideas and business plans in every
 * review state.
 */
let t: TestApp;
let summary: DemoSummary;
let office: Session;
const NOW = new Date('2026-05-04T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  summary = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
  office = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
});
afterAll(async () => t.close());

async function getJson<T>(session: Session, url: string): Promise<T> {
  const response = await t.app.inject({ method: 'GET', url, headers: session.headers });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<T>();
}

describe('demo yearly plans', () => {
  it('seed-demo lists the province plan and the two commune plans of 2026, and a second run adds nothing', async () => {
    const province = summary.accounts.find((a) => a.username === 'tinh.vpdp')!.unit;
    expect(summary.plans.map((p) => [p.unit.id === province.id, p.year])).toEqual([
      [true, 2026],
      [false, 2026],
      [false, 2026],
    ]);
    const again = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    expect(again.plans).toEqual(summary.plans);
  });

  it('progress of the province plan counts the certificates issued in the province in 2026', async () => {
    const provincePlan = summary.plans[0]!;
    const { items } = await getJson<{ items: CertificateOutput[] }>(office, '/api/v1/certificates');
    const provinceName = provincePlan.unit.name;
    const issued2026 = items.filter(
      (c) =>
        c.provinceName === provinceName &&
        c.issuedOn.startsWith('2026-') &&
        c.stars >= 3 &&
        c.supersedesId === null,
    );
    expect(issued2026.length).toBeGreaterThan(0);
    const progress = await getJson<PlanProgressOutput>(office, `/api/v1/plans/${provincePlan.id}/progress`);
    const row = (code: string) => progress.indicators.find((i) => i.indicatorCode === code)!;
    expect(row('products_new_3_star_plus')).toMatchObject({
      source: 'computed',
      actual: issued2026.length,
      planned: 5,
    });
    expect(row('products_new_4_star_plus').actual).toBe(issued2026.filter((c) => c.stars >= 4).length);
    expect(row('producers_supported')).toMatchObject({ source: 'manual', actual: 3, isMet: true });
    expect(progress.children.map((c) => c.unitName).sort()).toEqual(
      summary.plans
        .slice(1)
        .map((p) => p.unit.name)
        .sort(),
    );
    const met = progress.children.flatMap((c) => c.indicators.map((i) => i.isMet));
    expect(met).toContain(true);
    expect(met).toContain(false);
  });

  it('training courses are counted from the training records, not typed, and cannot be typed', async () => {
    const [provincePlan, firstCommunePlan, secondCommunePlan] = summary.plans;
    const courses = await getJson<{ items: { startsOn: string; unit: { id: string } }[]; total: number }>(
      office,
      `/api/v1/training-courses?year=2026&unitId=${provincePlan!.unit.id}&limit=200`,
    );
    expect(courses.total).toBe(courses.items.length);
    const of2026 = courses.items.filter((c) => c.startsOn.startsWith('2026-'));
    expect(of2026.length).toBeGreaterThan(0);
    const progress = await getJson<PlanProgressOutput>(office, `/api/v1/plans/${provincePlan!.id}/progress`);
    const trainingOf = (p: PlanProgressOutput) =>
      p.indicators.find((i) => i.indicatorCode === 'training_courses')!;
    expect(trainingOf(progress)).toMatchObject({ source: 'computed', actual: of2026.length });
    const child = (planId: string) => progress.children.find((c) => c.planId === planId)!;
    const inCommune = (unitId: string) => of2026.filter((c) => c.unit.id === unitId).length;
    expect(trainingOf(child(firstCommunePlan!.id)).actual).toBe(inCommune(firstCommunePlan!.unit.id));
    expect(trainingOf(child(secondCommunePlan!.id)).actual).toBe(inCommune(secondCommunePlan!.unit.id));
    // The demo's commune targets: one commune reaches its training target, the other does not.
    expect([
      trainingOf(child(firstCommunePlan!.id)).isMet,
      trainingOf(child(secondCommunePlan!.id)).isMet,
    ]).toEqual([true, false]);

    const typed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/plans/${provincePlan!.id}/actuals/training_courses`,
      headers: office.headers,
      payload: { value: 99, note: 'Gõ tay', evidence: 'Báo cáo' },
    });
    expect(typed.statusCode, typed.body).toBe(400);
    const after = await getJson<PlanProgressOutput>(office, `/api/v1/plans/${provincePlan!.id}/progress`);
    expect(trainingOf(after).actual).toBe(of2026.length);
  });

  it('fairs attended count the fairs begun so far, points of sale the showrooms recorded in the province', async () => {
    const provincePlan = summary.plans[0]!;
    const progress = await getJson<PlanProgressOutput>(office, `/api/v1/plans/${provincePlan.id}/progress`);
    const events = await getJson<{ items: { kind: string; startsOn: string }[] }>(
      office,
      `/api/v1/trade-events?year=2026&unitId=${provincePlan.unit.id}&limit=200`,
    );
    const begun = events.items.filter((e) => e.kind !== 'livestream' && e.startsOn <= progress.asOf);
    // The demo holds a past fair and an upcoming OCOP week: the target of two is not met yet.
    expect(begun.length).toBeLessThan(events.items.length);
    const points = await getJson<{ total: number }>(
      office,
      `/api/v1/points-of-sale?unitId=${provincePlan.unit.id}&limit=200`,
    );
    const row = (code: string) => progress.indicators.find((i) => i.indicatorCode === code)!;
    expect(row('fairs_attended')).toMatchObject({ source: 'computed', actual: begun.length, isMet: false });
    expect(row('points_of_sale')).toMatchObject({ source: 'computed', actual: points.total, isMet: true });
  });

  it('the commune officer reads its commune plan, amended once with the first version still readable', async () => {
    const officer = await login(t.app, 'xa2.canbo', DEMO_PASSWORD);
    const plan = await getJson<{ approvedVersion: number; content: { title: string } }>(
      officer,
      `/api/v1/plans/${summary.plans[2]!.id}`,
    );
    expect(plan.approvedVersion).toBe(2);
    const first = await getJson<{ content: { title: string } }>(
      officer,
      `/api/v1/plans/${summary.plans[2]!.id}/versions/1`,
    );
    expect(first.content.title).not.toBe(plan.content.title);
  });

  it('ideas and business plans are in every review state', async () => {
    const ideas = await getJson<{ items: { status: string }[] }>(
      office,
      '/api/v1/product-ideas?year=2026&limit=200',
    );
    const plans = await getJson<{ items: { status: string }[] }>(
      office,
      '/api/v1/business-plans?year=2026&limit=200',
    );
    const states = ['submitted', 'changes_requested', 'accepted', 'declined'];
    expect(new Set(ideas.items.map((i) => i.status))).toEqual(new Set(states));
    expect(new Set(plans.items.map((i) => i.status))).toEqual(new Set(states));
  });
});
