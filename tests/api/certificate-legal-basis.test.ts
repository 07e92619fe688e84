import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type TestApp } from '../helpers/test-app';

/**
 * A certificate names the decision it was scored and certified under, read from its issue date
 * (issue 16, item 8): issued in 2022 → 1048/QĐ-TTg; issued in 2026 → 148/QĐ-TTg amended by 1489.
 */
let t: TestApp;
let legacy: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let current: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let office: Awaited<ReturnType<typeof signInAs>>;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  legacy = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { name: 'Gạo tám thơm', stars: 4, signedOn: '2022-01-15' },
  );
  current = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { name: 'Mắm tôm', stars: 3, signedOn: '2026-01-15' },
  );
  office = await signInAs(t, 'standing_office', units.provinceA);
}, 120_000);
afterAll(async () => t.close());

type Basis = { legalBasis: { procedureId: string; textVi: string; textEn: string } | null; issuedOn: string };

describe('the legal basis of a certificate', () => {
  it('a certificate issued in 2022 reads Decision 1048 through the API', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${legacy.certificate.id}`,
      headers: office.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Basis>();
    expect(body.issuedOn).toBe('2022-01-15');
    expect(body.legalBasis).toMatchObject({
      procedureId: '1048',
      textEn: 'Decision 1048/QĐ-TTg of 21/08/2019 (amended by Decision 781/QĐ-TTg, 2020)',
    });
    expect(body.legalBasis?.textVi).toMatch(/^Quyết định 1048\/QĐ-TTg/);
  });

  it('a certificate issued in 2026 reads Decision 148 as amended by 1489', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${current.certificate.id}`,
      headers: office.headers,
    });
    expect(res.json<Basis>().legalBasis?.textVi).toBe(
      'Quyết định 148/QĐ-TTg ngày 24/02/2023, sửa đổi bởi Quyết định 1489/QĐ-TTg ngày 06/07/2025',
    );
  });

  it('the public certificate page names the legal basis of the issue date', async () => {
    const legacyPage = await t.app.inject({
      method: 'GET',
      url: `/c/${encodeURIComponent(legacy.certificate.number)}`,
    });
    expect(legacyPage.statusCode).toBe(200);
    expect(legacyPage.body).toContain('Căn cứ đánh giá, phân hạng');
    expect(legacyPage.body).toContain('Quyết định 1048/QĐ-TTg ngày 21/08/2019');
    expect(legacyPage.body).not.toContain('Quyết định 148/QĐ-TTg');
    const currentPage = await t.app.inject({
      method: 'GET',
      url: `/c/${encodeURIComponent(current.certificate.number)}`,
    });
    expect(currentPage.body).toContain('Quyết định 148/QĐ-TTg ngày 24/02/2023');
    expect(currentPage.body).not.toContain('1048/QĐ-TTg');
  });
});
