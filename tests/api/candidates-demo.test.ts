/**
 * The demo's 5★ candidate: the product of the consultant's "5★ candidate" contract is supported
 * with that consultant, the contract's budget and end date, and one improvement per mandatory
 * criterion its last result failed; seeding twice keeps one candidate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type TestApp } from '../helpers/test-app';

let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
}, 120_000);
afterAll(async () => t.close());

describe('seed-demo 5★ candidate', () => {
  it('shows the province office one supported candidate with the contract’s consultant, budget and deadline', async () => {
    await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    const office = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const get = async <T>(url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: office.headers })).json<T>();

    const candidates = await get<{
      total: number;
      items: {
        productId: string;
        status: string;
        consultant: { id: string } | null;
        budgetVnd: number | null;
        deadline: string | null;
        improvements: { criterionCode: string }[];
        lastResult: { failedCriteria: { criterionCode: string }[] } | null;
      }[];
    }>('/api/v1/five-star-candidates');
    expect(candidates.total).toBe(1);
    const [candidate] = candidates.items;
    const consultants = await get<{
      items: {
        id: string;
        contracts: { productId: string | null; budgetVnd: number | null; endsOn: string | null }[];
      }[];
    }>('/api/v1/consultants');
    const contract = consultants.items
      .flatMap((c) => c.contracts.map((k) => ({ ...k, consultantId: c.id })))
      .find((k) => k.productId === candidate!.productId);
    expect(candidate).toMatchObject({
      status: 'supported',
      consultant: { id: contract!.consultantId },
      budgetVnd: contract!.budgetVnd,
      deadline: contract!.endsOn,
    });
    expect(candidate!.improvements.map((i) => i.criterionCode)).toEqual(
      (candidate!.lastResult?.failedCriteria ?? []).map((f) => f.criterionCode),
    );
  });
});
