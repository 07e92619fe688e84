import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_148 } from '../../src/domain/rubric/catalogue/148/rubric-148';
import type { RubricVersion } from '../../src/domain/rubric/rubric.types';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';
import {
  buildProducer,
  buildProduct,
  signInAsProducer,
  type ProducerRow,
} from '../helpers/dossier-factories';

/** A dossier pins the rubric version an administrator published, when one is in force for its set. */
let t: TestApp;
let producer: ProducerRow;
let producerSession: Session;
let admin: Session;

const NEW_TITLE = 'Tổ chức sản xuất theo chuỗi giá trị (tiêu chí sửa đổi 2026)';

/** Set 7 of 148 as a province would load a new decision in force from 1 March 2026. */
function newVersion(): RubricVersion {
  const version = JSON.parse(JSON.stringify(RUBRIC_148)) as RubricVersion;
  const sheets = version.sheets.filter((s) => s.setNumber === 7);
  const first = sheets[0]!.parts[0]!.groups[0]!.criteria[0]!;
  (first as { titleVi: string }).titleVi = NEW_TITLE;
  return {
    ...version,
    id: '07-2026',
    status: 'draft',
    effectiveFrom: '2026-03-01',
    effectiveTo: null,
    legalBasis: { ...version.legalBasis, number: '07/2026/QĐ-TTg', date: '2026-02-20' },
    sheets,
  };
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  producer = await buildProducer(t.db, { commune: units.communeX });
  producerSession = await signInAsProducer(t.app, t.db, producer, units.communeX);
  admin = await signInAs(t, 'admin', units.nation);
});
afterAll(async () => t.close());

async function openDossier(productSet: number) {
  const product = await buildProduct(t.db, { producer, productSet });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    payload: { productId: product.id, type: 'first' },
    headers: producerSession.headers,
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; version: number; rubricVersionId: string }>();
}

async function criteriaTitles(dossierId: string): Promise<string[]> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/dossiers/${dossierId}/criteria`,
    headers: producerSession.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ criteria: { titleVi: string }[] }>().criteria.map((c) => c.titleVi);
}

describe('the rubric a dossier pins', () => {
  it('is the published version of the set once an administrator publishes it; older dossiers keep theirs', async () => {
    const before = await openDossier(7);
    expect(before.rubricVersionId).toBe('148');

    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics',
      headers: admin.headers,
      payload: newVersion(),
    });
    expect(draft.statusCode).toBe(201);
    const whileDraft = await openDossier(7);
    expect(whileDraft.rubricVersionId).toBe('148');
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics/07-2026/publish',
      headers: admin.headers,
    });
    expect(published.statusCode).toBe(200);

    const after = await openDossier(7);
    expect(after.rubricVersionId).toBe('07-2026');
    expect(await criteriaTitles(after.id)).toContain(NEW_TITLE);

    for (const old of [before, whileDraft]) {
      const reread = await t.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${old.id}`,
        headers: producerSession.headers,
      });
      expect(reread.json<{ rubricVersionId: string }>().rubricVersionId).toBe('148');
      expect(await criteriaTitles(old.id)).not.toContain(NEW_TITLE);
    }

    // a set the new decision does not cover still uses the built-in catalogue
    expect((await openDossier(11)).rubricVersionId).toBe('148');
  });

  it('prints the legal basis of the pinned version on Biểu 2', async () => {
    const dossier = await openDossier(7);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossier.id}/documents/bieu-2`,
      headers: producerSession.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: response.rawPayload, encoding: 'utf8' });
    expect(text).toContain('Theo Quyết định số 07/2026/QĐ-TTg ngày 20/02/2026');
    expect(text).toContain(NEW_TITLE);
  });
});
