import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCount } from '../../src/db/database';
import { auditLog, reports, reportVersions } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Periodic reports to the level above: the province's standing office generates, writes and
 * submits its own report; a submitted report is frozen (edits, regeneration and re-submission →
 * 409) until the level above — and only it — reopens it with a reason; every submission is kept
 * as a version; the central office sees who submitted, side by side and summed. Every refusal
 * writes nothing.
 */
type ActorName = 'province' | 'otherProvince' | 'central' | 'leader' | 'commune' | 'producer';
const ACTORS: readonly ActorName[] = [
  'province',
  'otherProvince',
  'central',
  'leader',
  'commune',
  'producer',
];

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  leader: ['leader', () => units.provinceA],
  commune: ['commune_officer', () => units.communeX],
  producer: ['producer', () => units.communeX],
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-07-02T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const actor of ACTORS) {
    const [role, unit] = GRANTS[actor];
    sessions.set(actor, await signInAs(t, role, unit()));
  }
  const a = { province: units.provinceA, commune: units.communeX };
  await buildCertifiedProduct(t.db, a, { stars: 3, signedOn: '2026-02-10' });
  await buildCertifiedProduct(t.db, a, { stars: 4, signedOn: '2026-03-10' });
  await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeY },
    { stars: 4, signedOn: '2026-08-01' },
  );
  await buildCertifiedProduct(
    t.db,
    { province: units.provinceB, commune: units.communeZ },
    { stars: 5, signedOn: '2026-01-20' },
  );
});
afterAll(async () => t.close());

const inject = (actor: ActorName, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: sessions.get(actor)!.headers });

async function snapshot(): Promise<number[]> {
  return Promise.all(
    [auditLog, reports, reportVersions].map(async (table) => {
      const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
      return toCount(row?.n);
    }),
  );
}

interface Report {
  id: string;
  status: string;
  revision: number;
  submittedVersion: number;
  figures: {
    valid: { stars3: number; stars4: number; stars5: number; total: number };
    byGroup: { total: number }[];
  };
  narrative: { difficulties: string };
  versions: { version: number }[];
  can: { edit: boolean; submit: boolean; reopen: boolean };
}

describe('generateReport', () => {
  const matrix: [ActorName, 'provinceA' | 'nation' | 'communeX', number][] = [
    ['otherProvince', 'provinceA', 403],
    ['central', 'provinceA', 403],
    ['leader', 'provinceA', 403],
    ['commune', 'provinceA', 403],
    ['commune', 'communeX', 403],
    ['producer', 'provinceA', 403],
    ['central', 'nation', 400],
    ['province', 'provinceA', 200],
  ];
  it.each(matrix)('%s for %s → %i', async (actor, target, status) => {
    const before = await snapshot();
    const response = await inject(actor, 'POST', '/api/v1/reports', {
      unitId: units[target].id,
      year: 2025,
      period: 'year',
    });
    expect(response.statusCode, response.body).toBe(status);
    if (status !== 200) expect(await snapshot()).toEqual(before);
  });
});

describe('submitting freezes a report; only the level above reopens it', () => {
  let report: Report;

  it('counts the province’s certificates in force at the end of the half-year, by stars and group', async () => {
    const response = await inject('province', 'POST', '/api/v1/reports', {
      unitId: units.provinceA.id,
      year: 2026,
      period: 'half_year',
    });
    expect(response.statusCode, response.body).toBe(200);
    report = response.json<Report>();
    expect(report.status).toBe('draft');
    expect(report.figures.valid).toEqual({ stars3: 1, stars4: 1, stars5: 0, total: 2 });
    expect(report.figures.byGroup.reduce((sum, g) => sum + g.total, 0)).toBe(2);
    expect(report.can).toEqual({ edit: true, submit: true, reopen: false });
  });

  it('refuses a stale revision with 409 and edits with the current one', async () => {
    const stale = await inject('province', 'PATCH', `/api/v1/reports/${report.id}`, {
      revision: report.revision + 5,
      narrative: { difficulties: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    const edited = await inject('province', 'PATCH', `/api/v1/reports/${report.id}`, {
      revision: report.revision,
      narrative: { difficulties: 'Thiếu vốn cho chủ thể nhỏ', proposals: 'Hỗ trợ tín dụng' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    report = edited.json<Report>();
    expect(report.narrative.difficulties).toBe('Thiếu vốn cho chủ thể nhỏ');
  });

  it('lets only the province’s own standing office submit it', async () => {
    const before = await snapshot();
    const refused: [ActorName, number][] = [
      ['otherProvince', 404],
      ['central', 403],
      ['leader', 403],
      ['commune', 403],
      ['producer', 403],
    ];
    for (const [actor, status] of refused)
      expect(
        (await inject(actor, 'POST', `/api/v1/reports/${report.id}/submit`, { revision: report.revision }))
          .statusCode,
        actor,
      ).toBe(status);
    expect(await snapshot()).toEqual(before);
    const sent = await inject('province', 'POST', `/api/v1/reports/${report.id}/submit`, {
      revision: report.revision,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    report = sent.json<Report>();
    expect(report).toMatchObject({ status: 'submitted', submittedVersion: 1, versions: [{ version: 1 }] });
    expect(report.can).toEqual({ edit: false, submit: false, reopen: false });
  });

  it('answers 409 to every change of the submitted report and changes nothing', async () => {
    const frozen = await snapshot();
    const attempts = [
      inject('province', 'PATCH', `/api/v1/reports/${report.id}`, {
        revision: report.revision,
        narrative: { difficulties: 'Sửa sau khi gửi' },
      }),
      inject('province', 'POST', `/api/v1/reports/${report.id}/submit`, { revision: report.revision }),
      inject('province', 'POST', '/api/v1/reports', {
        unitId: units.provinceA.id,
        year: 2026,
        period: 'half_year',
      }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(409);
    expect(await snapshot()).toEqual(frozen);
    const read = (await inject('leader', 'GET', `/api/v1/reports/${report.id}`)).json<Report>();
    expect(read.narrative.difficulties).toBe('Thiếu vốn cho chủ thể nhỏ');
  });

  it('shows the central office who submitted, side by side and summed', async () => {
    const response = await inject('central', 'GET', '/api/v1/reports/submissions?year=2026&period=half_year');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      submittedCount: number;
      units: { unit: { id: string }; status: string; figures: { valid: { total: number } } | null }[];
      aggregate: { valid: { total: number; stars4: number } };
    }>();
    expect(body.submittedCount).toBe(1);
    const a = body.units.find((u) => u.unit.id === units.provinceA.id)!;
    const b = body.units.find((u) => u.unit.id === units.provinceB.id)!;
    expect(a).toMatchObject({ status: 'submitted', figures: { valid: { total: 2 } } });
    expect(b).toMatchObject({ status: 'missing', figures: null });
    expect(body.aggregate.valid).toMatchObject({ total: 2, stars4: 1 });
    const list = (await inject('central', 'GET', '/api/v1/reports?year=2026')).json<{ total: number }>();
    expect(list.total).toBe(1);
    const other = (await inject('otherProvince', 'GET', '/api/v1/reports?year=2026')).json<{
      total: number;
    }>();
    expect(other.total).toBe(0);
    expect(
      (
        await inject(
          'otherProvince',
          'GET',
          '/api/v1/reports/submissions?year=2026&period=half_year&unitId=' + units.nation.id,
        )
      ).statusCode,
    ).toBe(403);
    expect((await inject('producer', 'GET', '/api/v1/reports?year=2026')).statusCode).toBe(403);
  });

  it('is reopened by the level above only, with a reason kept in the audit log; a new submission is version 2', async () => {
    const before = await snapshot();
    const refused: [ActorName, number][] = [
      ['province', 403],
      ['otherProvince', 404],
      ['leader', 403],
      ['commune', 403],
      ['producer', 403],
    ];
    for (const [actor, status] of refused)
      expect(
        (await inject(actor, 'POST', `/api/v1/reports/${report.id}/reopen`, { reason: 'Bổ sung số liệu' }))
          .statusCode,
        actor,
      ).toBe(status);
    expect(await snapshot()).toEqual(before);

    const reopened = await inject('central', 'POST', `/api/v1/reports/${report.id}/reopen`, {
      reason: 'Bổ sung số liệu xúc tiến thương mại',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      status: 'reopened',
      reopenReason: 'Bổ sung số liệu xúc tiến thương mại',
    });
    const audit = await t.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'report.reopened'));
    expect(JSON.stringify(audit)).toContain('Bổ sung số liệu xúc tiến thương mại');
    expect(
      (await inject('central', 'POST', `/api/v1/reports/${report.id}/reopen`, { reason: 'Lần nữa' }))
        .statusCode,
    ).toBe(409);

    report = (await inject('province', 'GET', `/api/v1/reports/${report.id}`)).json<Report>();
    const edited = await inject('province', 'PATCH', `/api/v1/reports/${report.id}`, {
      revision: report.revision,
      narrative: { tradePromotion: 'Tham gia 2 hội chợ' },
    });
    expect(edited.statusCode).toBe(200);
    const sent = await inject('province', 'POST', `/api/v1/reports/${report.id}/submit`, {
      revision: edited.json<Report>().revision,
    });
    expect(sent.json()).toMatchObject({ status: 'submitted', submittedVersion: 2 });
    expect(sent.json<Report>().versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('exports Excel with real number cells and Vietnamese headers, and the PDF in the official layout', async () => {
    const xlsx = await inject('central', 'GET', `/api/v1/reports/${report.id}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Báo cáo')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Chỉ tiêu', '3 sao', '4 sao', '5 sao', 'Tổng số']);
    const valid = rows.find((r) => String(r[0]).startsWith('Sản phẩm còn hiệu lực đến ngày 30/06/2026'))!;
    expect(valid.slice(1)).toEqual([1, 1, 0, 2]);
    expect(workbook.getWorksheet('Thuyết minh')).toBeDefined();

    const pdf = await inject('central', 'GET', `/api/v1/reports/${report.id}/export?format=pdf&version=1`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    writeFileSync(path.join(dir, 'r.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('ngày 02 tháng 07 năm 2026');
    expect(text).toContain('Chương trình OCOP 6 tháng đầu năm 2026');
    expect(text).toContain('Thiếu vốn cho chủ thể nhỏ');
    expect(text).not.toContain('Tham gia 2 hội chợ');
    expect((await inject('otherProvince', 'GET', `/api/v1/reports/${report.id}/export`)).statusCode).toBe(
      404,
    );
  });
});
