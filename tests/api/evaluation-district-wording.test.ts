import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { adminUnitSuccessions, rounds } from '../../src/db/schema';
import { DEFAULT_COUNCIL_SETTINGS } from '../../src/domain/rubric/council-settings';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { buildUnit } from '../helpers/factories';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

/**
 * "Cấp huyện" after the reform (issue 16, item 6): a member's score sheet carries how the
 * province reads the district, next to which criteria, and the producer's former district(s)
 * from the unit history. Commune X was formed from two communes of the former district Gia Lâm;
 * commune Y from communes of Gia Lâm and of the former district Long Biên.
 */
let t: TestApp;
let w: EvaluationWorld;
let roundId: string;
const items: Record<'x' | 'y', string> = { x: '', y: '' };

type DistrictWording = {
  reading: string;
  textVi: string;
  formerDistricts: { name: string }[];
  criteria: { code: string; textsVi: string[] }[];
};
const inject = (s: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const wordingOf = async (item: string) => {
  const res = await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}/products/${item}/sheet`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ districtWording: DistrictWording }>().districtWording;
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-04T02:00:00Z') });
  w = await buildEvaluationWorld(t);
  const old = { validFrom: '2008-08-01', validTo: '2025-06-30' };
  const giaLam = await buildUnit(t.db, {
    level: 'district',
    parent: w.units.provinceA,
    name: 'Gia Lâm',
    ...old,
  });
  const longBien = await buildUnit(t.db, {
    level: 'district',
    parent: w.units.provinceA,
    name: 'Long Biên',
    ...old,
  });
  const predecessors = {
    x: [
      await buildUnit(t.db, { level: 'commune', parent: giaLam, name: 'Bát Tràng', ...old }),
      await buildUnit(t.db, { level: 'commune', parent: giaLam, name: 'Kim Lan', ...old }),
    ],
    y: [
      await buildUnit(t.db, { level: 'commune', parent: giaLam, name: 'Đa Tốn', ...old }),
      await buildUnit(t.db, { level: 'commune', parent: longBien, name: 'Phúc Đồng', ...old }),
    ],
  };
  const links = [
    ...predecessors.x.map((p) => ({
      predecessorId: p.id,
      successorId: w.units.communeX.id,
      effectiveDate: '2025-07-01',
    })),
    ...predecessors.y.map((p) => ({
      predecessorId: p.id,
      successorId: w.units.communeY.id,
      effectiveDate: '2025-07-01',
    })),
  ];
  await t.db.insert(adminUnitSuccessions).values(links);
  const inX = await buildPoolProduct(t.db, w.units.communeX, { set: 7, name: 'Mứt gừng' });
  const inY = await buildPoolProduct(t.db, w.units.communeY, { set: 7, name: 'Ô mai' });
  const council = await createCouncilViaApi(t, w);
  const round = await inject(w.office, 'POST', '/api/v1/rounds', {
    councilId: council.id,
    name: 'Đợt có tiêu chí cấp huyện',
    meetingOn: '2026-05-20',
    dossierIds: [inX.dossier.id, inY.dossier.id],
  });
  expect(round.statusCode, round.body).toBe(201);
  roundId = round.json<{ id: string }>().id;
  const products = round.json<{ products: { id: string; dossierId: string }[] }>().products;
  items.x = products.find((p) => p.dossierId === inX.dossier.id)!.id;
  items.y = products.find((p) => p.dossierId === inY.dossier.id)!.id;
  const opened = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
    distributedOn: '2026-05-05',
    compositionOverrideReason: 'Hội đồng thử nghiệm 3 thành viên',
  });
  expect(opened.statusCode, opened.body).toBe(200);
});
afterAll(async () => t.close());

describe('"cấp huyện" on the score sheet', () => {
  it('names the former district of a commune formed from communes of one district, next to the district-worded criteria', async () => {
    const wording = await wordingOf(items.x);
    expect(wording.reading).toBe('former-district');
    expect(wording.formerDistricts.map((d) => d.name)).toEqual(['Gia Lâm']);
    expect(wording.textVi).toBe('Cấp huyện được hiểu là: địa bàn huyện cũ Gia Lâm (trước 01/07/2025)');
    const labour = wording.criteria.find((c) =>
      c.textsVi.some((text) => text.includes('lao động là người trên địa bàn cấp huyện')),
    );
    expect(labour?.code).toBe('A.3.c');
    expect(
      wording.criteria.flatMap((c) => c.textsVi).some((text) => text.startsWith('Thị trường ngoài huyện')),
    ).toBe(true);
  });

  it('names every former district of a commune formed from communes of several', async () => {
    const wording = await wordingOf(items.y);
    expect(wording.formerDistricts.map((d) => d.name).sort()).toEqual(['Gia Lâm', 'Long Biên']);
    expect(wording.textVi).toContain('Gia Lâm');
    expect(wording.textVi).toContain('Long Biên');
  });

  it('reads the commune when the province setting pinned on the round says so', async () => {
    await t.db
      .update(rounds)
      .set({ settings: { ...DEFAULT_COUNCIL_SETTINGS, districtReading: 'commune' } })
      .where(eq(rounds.id, roundId));
    const wording = await wordingOf(items.x);
    expect(wording.reading).toBe('commune');
    // The test commune is stored as "Xã Thanh Hòa" without a kind: its name is shown as stored.
    expect(wording.textVi).toBe('Cấp huyện được hiểu là: địa bàn Xã Thanh Hòa');
    expect(wording.criteria.length).toBeGreaterThan(0);
  });
});
