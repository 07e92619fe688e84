import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { RUBRIC_148 } from '../../src/domain/rubric/catalogue/148/rubric-148';
import type { RubricVersion } from '../../src/domain/rubric/rubric.types';
import { ROLES } from '../../src/domain/access/roles';
import {
  RUBRIC_CSV_COLUMNS,
  rubricSheetToCsvRows,
  type RubricCsvRow,
} from '../../src/domain/rubric/rubric-csv';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let nationalAdmin: Session;
let provinceAdmin: Session;
let producer: Session;

/** A one-sheet version derived from 148, as a province would load a future decision. */
function draftVersion(id: string, change?: (version: RubricVersion) => void): RubricVersion {
  const version = JSON.parse(JSON.stringify(RUBRIC_148)) as RubricVersion;
  const copy = {
    ...version,
    id,
    status: 'draft' as const,
    effectiveFrom: '2026-05-22',
    effectiveTo: null,
    sheets: version.sheets.filter((s) => s.setNumber === 7),
  };
  change?.(copy);
  return copy;
}

async function storedCount(): Promise<number> {
  return queryCount(t.db, sql`select count(*) as n from rubric_versions`);
}

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
  nationalAdmin = await signInAs(t, 'admin', units.nation);
  provinceAdmin = await signInAs(t, 'admin', units.provinceA);
  producer = await signInAs(t, 'producer', units.communeX);
});
afterAll(async () => t.close());

describe('browsing', () => {
  it('lists the built-in 148 version with its 26 sets to any signed-in user', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/rubrics', headers: producer.headers });
    expect(response.statusCode).toBe(200);
    const v148 = response
      .json<{ items: { id: string; status: string; source: string; sets: unknown[] }[] }>()
      .items.find((v) => v.id === '148');
    expect(v148).toMatchObject({ status: 'published', source: 'built-in' });
    expect(v148?.sets).toHaveLength(26);
  });

  it('lists Decision 1048 as history without sheets, labelled not scorable; its sheets answer 404 and its id cannot be imported', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/rubrics', headers: producer.headers });
    const items = response.json<{
      items: {
        id: string;
        isScorable: boolean;
        historyNoteVi: string | null;
        sets: unknown[];
        effectiveFrom: string;
        effectiveTo: string | null;
      }[];
    }>().items;
    const v1048 = items.find((v) => v.id === '1048');
    expect(v1048).toMatchObject({
      isScorable: false,
      sets: [],
      effectiveFrom: '2019-08-21',
      effectiveTo: '2023-02-23',
    });
    expect(v1048?.historyNoteVi).toContain('không dùng để chấm điểm');
    expect(items.find((v) => v.id === '148')?.isScorable).toBe(true);
    const detail = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/1048',
      headers: producer.headers,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ legalBasis: string; integrity: unknown[] }>()).toMatchObject({ integrity: [] });
    expect(detail.json<{ legalBasis: string }>().legalBasis).toContain('1048/QĐ-TTg');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/rubrics/1048/sets/7', headers: producer.headers }))
        .statusCode,
    ).toBe(404);
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: provinceAdmin.headers,
      payload: { ...draftVersion('1048') },
    });
    expect(imported.statusCode).toBe(409);
  });

  it('shows a sheet as the law prints it and its integrity report', async () => {
    const sheet = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/148/sets/7',
      headers: producer.headers,
    });
    expect(sheet.statusCode).toBe(200);
    const body = sheet.json<{
      parts: { code: string; maxPoints: number; groups: { criteria: { code: string }[] }[] }[];
    }>();
    expect(body.parts.map((p) => [p.code, p.maxPoints])).toEqual([
      ['A', 40],
      ['B', 25],
      ['C', 35],
    ]);
    expect(body.parts[0]?.groups[0]?.criteria[0]?.code).toBe('A.1.a');
    const detail = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/148',
      headers: producer.headers,
    });
    const integrity = detail.json<{ integrity: { isValid: boolean }[] }>().integrity;
    expect(integrity).toHaveLength(26);
    expect(integrity.every((r) => r.isValid)).toBe(true);
  });

  it('prints a blank scoring sheet as a PDF', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/148/sets/26/blank.pdf',
      headers: producer.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers an unknown set with 404', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/148/sets/27',
      headers: producer.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('importing and publishing', () => {
  it('imports a new decision as a draft, hidden from non-administrators, then publishes it', async () => {
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: provinceAdmin.headers,
      payload: draftVersion('26-2026'),
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({
      id: '26-2026',
      status: 'draft',
      source: 'imported',
      integrity: [{ setNumber: 7, isValid: true }],
    });
    const seenByProducer = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/26-2026',
      headers: producer.headers,
    });
    expect(seenByProducer.statusCode).toBe(404);
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics/26-2026/publish',
      headers: nationalAdmin.headers,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/rubrics/26-2026', headers: producer.headers }))
        .statusCode,
    ).toBe(200);
  });

  it('never changes a published version', async () => {
    const before = await storedCount();
    const reimport = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: nationalAdmin.headers,
      payload: draftVersion('26-2026', (v) => (v.nameVi = 'Sửa')),
    });
    expect(reimport.statusCode).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/rubrics/26-2026/publish',
          headers: nationalAdmin.headers,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: '/api/v1/rubrics/26-2026',
          headers: nationalAdmin.headers,
        })
      ).statusCode,
    ).toBe(409);
    const overBuiltIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: nationalAdmin.headers,
      payload: draftVersion('148'),
    });
    expect(overBuiltIn.statusCode).toBe(409);
    const detail = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/26-2026',
      headers: producer.headers,
    });
    expect(detail.json()).toMatchObject({ nameVi: RUBRIC_148.nameVi });
    expect(await storedCount()).toBe(before);
  });

  it('refuses a sheet with a wrong total, naming the node, and stores nothing', async () => {
    const before = await storedCount();
    const broken = draftVersion('bad-total', (v) => {
      const criterion = v.sheets[0]!.parts[0]!.groups[0]!.criteria[0]!;
      (criterion.options[criterion.options.length - 1] as { points: number }).points += 2;
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: nationalAdmin.headers,
      payload: broken,
    });
    expect(response.statusCode).toBe(422);
    const fields = response.json<{ code: string; errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(response.json()).toMatchObject({ code: 'RUBRIC_INVALID' });
    expect(fields).toContain('set 7 / A.1.a');
    expect(await storedCount()).toBe(before);
  });

  it('refuses a duplicate criterion code, naming it', async () => {
    const duplicated = draftVersion('dup-code', (v) => {
      const criteria = v.sheets[0]!.parts[0]!.groups[0]!.criteria as unknown as { code: string }[];
      criteria[1]!.code = criteria[0]!.code;
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: nationalAdmin.headers,
      payload: duplicated,
    });
    expect(response.statusCode).toBe(422);
    expect(JSON.stringify(response.json())).toContain('A.1.a');
  });

  it('names the field of a malformed file', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: nationalAdmin.headers,
      payload: { ...draftVersion('x'), effectiveFrom: '24/02/2023' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'effectiveFrom',
    );
  });

  it('compares two versions criterion by criterion', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: nationalAdmin.headers,
      payload: draftVersion('compare-me', (v) => {
        (v.sheets[0]!.parts[1]!.groups[0]!.criteria[0] as { titleVi: string }).titleVi = 'Tiêu đề mới';
      }),
    });
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/compare?from=148&to=compare-me&set=7',
      headers: nationalAdmin.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      isSame: boolean;
      changes: { code: string; change: string; aspects: string[] }[];
    }>();
    expect(body.isSame).toBe(false);
    expect(body.changes).toEqual([
      expect.objectContaining({ code: 'B.4.a', change: 'changed', aspects: ['title'] }),
    ]);
  });
});

function toCsv(rows: RubricCsvRow[]): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return [
    RUBRIC_CSV_COLUMNS.join(','),
    ...rows.map((row) => RUBRIC_CSV_COLUMNS.map((c) => quote(row[c])).join(',')),
  ].join('\n');
}

describe('importing from CSV', () => {
  const { sheets: _sheets, status: _status, ...metadata } = draftVersion('csv-2026');

  it('imports a spreadsheet export of a sheet as a draft that passes the same checks', async () => {
    const csv = toCsv(rubricSheetToCsvRows(RUBRIC_148.sheets.find((s) => s.setNumber === 26)!));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics/csv',
      headers: nationalAdmin.headers,
      payload: { ...metadata, csv },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      id: 'csv-2026',
      status: 'draft',
      integrity: [{ setNumber: 26, isValid: true }],
    });
    const compare = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/compare?from=148&to=csv-2026&set=26',
      headers: nationalAdmin.headers,
    });
    expect(compare.json()).toMatchObject({ isSame: true });
  });

  it('names the line of an unreadable value and stores nothing', async () => {
    const before = await storedCount();
    const rows = rubricSheetToCsvRows(RUBRIC_148.sheets[0]!);
    rows[5]!.points = 't';
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics/csv',
      headers: nationalAdmin.headers,
      payload: { ...metadata, id: 'csv-bad', csv: toCsv(rows) },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('line 7');
    expect(await storedCount()).toBe(before);
  });
});

describe('authorization of rubric administration', () => {
  const levels = ['nation', 'provinceA', 'communeX'] as const;
  it.each(ROLES.flatMap((role) => levels.map((level) => [role, level] as const)))(
    '%s at %s may import only when a national or provincial admin',
    async (role, level) => {
      const session = await signInAs(t, role, units[level]);
      const before = await storedCount();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/rubrics',
        headers: session.headers,
        payload: draftVersion(`m-${role}-${level}`),
      });
      const allowed = role === 'admin' && level !== 'communeX';
      expect(response.statusCode).toBe(allowed ? 201 : 403);
      expect(await storedCount()).toBe(before + (allowed ? 1 : 0));
      if (allowed) {
        const del = await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/rubrics/m-${role}-${level}`,
          headers: session.headers,
        });
        expect(del.statusCode).toBe(200);
      }
    },
  );

  it('refuses publishing to a non-manager and anonymous callers', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: nationalAdmin.headers,
      payload: draftVersion('to-publish'),
    });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/rubrics/to-publish/publish',
          headers: producer.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/rubrics/to-publish/publish' })).statusCode,
    ).toBe(401);
    const detail = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rubrics/to-publish',
      headers: nationalAdmin.headers,
    });
    expect(detail.json()).toMatchObject({ status: 'draft' });
  });
});
