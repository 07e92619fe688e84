import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access/roles';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * List exports (exportList): each list downloads as Excel or CSV with exactly the rows the caller
 * sees on screen with the same filters — its own jurisdiction only — with Vietnamese headers,
 * numbers as numbers, UTF-8 with BOM and formula-safe text; the list's own refusals come back as is.
 */
type ActorName = 'province' | 'otherProvince' | 'central' | 'commune' | 'councilMember';
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  commune: ['commune_officer', () => units.communeX],
  councilMember: ['council_member', () => units.provinceA],
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-07-02T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const [actor, [role, unit]] of Object.entries(GRANTS))
    sessions.set(actor as ActorName, await signInAs(t, role, unit()));
  await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { stars: 4, name: 'Mật ong bạc hà' },
  );
  await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeY },
    { stars: 3, name: '=HYPERLINK("http://x")' },
  );
  await buildCertifiedProduct(
    t.db,
    { province: units.provinceB, commune: units.communeZ },
    { stars: 5, name: 'Chè Shan tuyết' },
  );
});
afterAll(async () => t.close());

const get = (actor: ActorName | null, url: string) =>
  t.app.inject({ method: 'GET', url, headers: actor ? sessions.get(actor)!.headers : {} });

async function sheetRows(payload: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('exportList', () => {
  it('exports the province’s certificates to Excel: Vietnamese headers, star counts as numbers, no other province', async () => {
    const response = await get('province', '/api/v1/exports/certificates?format=xlsx');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('giay-chung-nhan-2026-07-02.xlsx');
    const rows = await sheetRows(response.rawPayload);
    expect(rows[0]).toEqual(['Danh sách giấy chứng nhận OCOP']);
    expect(rows[2]?.slice(0, 7)).toEqual([
      'Số giấy chứng nhận',
      'Sản phẩm',
      'Chủ thể',
      'Xã/phường',
      'Tỉnh/thành phố',
      'Bộ sản phẩm',
      'Số sao',
    ]);
    const data = rows.slice(3);
    expect(data).toHaveLength(2);
    const honey = data.find((r) => r[1] === 'Mật ong bạc hà')!;
    expect(honey[6]).toBe(4);
    expect(honey[9]).toBe('Còn hiệu lực');
    expect(data.some((r) => r[1] === '\'=HYPERLINK("http://x")')).toBe(true);
    expect(data.some((r) => r[1] === 'Chè Shan tuyết')).toBe(false);
  });

  it('exports CSV as UTF-8 with a BOM, Vietnamese headers and formula-safe cells', async () => {
    const response = await get('province', '/api/v1/exports/certificates?format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^Số giấy chứng nhận,Sản phẩm,Chủ thể,/);
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(text).not.toContain('Chè Shan tuyết');
  });

  it('keeps the list’s own filters and jurisdiction for each caller', async () => {
    const central = await sheetRows((await get('central', '/api/v1/exports/certificates')).rawPayload);
    expect(central.slice(3)).toHaveLength(3);
    const other = await sheetRows((await get('otherProvince', '/api/v1/exports/certificates')).rawPayload);
    expect(other.slice(3).map((r) => r[1])).toEqual(['Chè Shan tuyết']);
    const products = await sheetRows(
      (await get('province', '/api/v1/exports/products?q=mat%20ong')).rawPayload,
    );
    expect(products.slice(3).map((r) => r[0])).toEqual(['Mật ong bạc hà']);
    const producers = await sheetRows((await get('commune', '/api/v1/exports/producers')).rawPayload);
    expect(producers[2]?.[0]).toBe('Tên chủ thể');
    expect(producers.slice(3)).toHaveLength(1);
    const member = await get('councilMember', '/api/v1/exports/producers');
    expect(member.statusCode).toBe(200);
    expect((await sheetRows(member.rawPayload)).slice(3)).toEqual([]);
  });

  it('hands back the list’s refusals: anonymous 401, a bad filter 400, an unknown list 400', async () => {
    expect((await get(null, '/api/v1/exports/certificates')).statusCode).toBe(401);
    const bad = await get('province', '/api/v1/exports/dossiers?status=bogus');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await get('province', '/api/v1/exports/accounts')).statusCode).toBe(400);
    expect((await get('province', '/api/v1/exports/certificates?format=pdf')).statusCode).toBe(400);
  });

  it('exports every list to both formats for the standing office', async () => {
    for (const list of ['producers', 'products', 'dossiers', 'certificates', 'rounds', 'stamps', 'events'])
      for (const format of ['xlsx', 'csv']) {
        const response = await get('province', `/api/v1/exports/${list}?format=${format}`);
        expect(response.statusCode, `${list} ${format}: ${response.body.slice(0, 200)}`).toBe(200);
      }
  });
});
