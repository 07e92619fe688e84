import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDossierWithNames } from '../../src/db/repositories/dossiers.repository';
import { listRubricSheetHashes } from '../../src/db/repositories/rubrics.repository';
import { RUBRIC_148 } from '../../src/domain/rubric/catalogue/148/rubric-148';
import { canonicalJson } from '../../src/domain/rubric/canonical-json';
import type { RubricVersion } from '../../src/domain/rubric/rubric.types';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';
import {
  buildProducer,
  buildProduct,
  signInAsProducer,
  type ProducerRow,
} from '../helpers/dossier-factories';

/** A dossier records which content of its sheet it was opened against, not only the version id. */
let t: TestApp;
let producer: ProducerRow;
let producerSession: Session;
let admin: Session;

const CATALOGUE_DIR = path.resolve(__dirname, '..', '..', 'src', 'domain', 'rubric', 'catalogue', '148');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The hash of a built-in sheet computed from its data file, as shipped. */
function hashOfDataFile(setNumber: number): string {
  const file = path.join(CATALOGUE_DIR, `set-${String(setNumber).padStart(2, '0')}.json`);
  return sha256(canonicalJson(JSON.parse(readFileSync(file, 'utf8'))));
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
  const row = await findDossierWithNames(t.db, response.json<{ id: string }>().id);
  return row!.dossier;
}

describe('the content hash a dossier records', () => {
  it('is the hash of its set’s sheet computed from the data file, as stored for the built-in version', async () => {
    const stored = await listRubricSheetHashes(t.db, '148');
    for (const productSet of [7, 26]) {
      const dossier = await openDossier(productSet);
      expect(dossier.rubricVersionId).toBe('148');
      expect(dossier.rubricContentHash).toBe(hashOfDataFile(productSet));
      expect(dossier.rubricContentHash).toBe(stored.get(productSet));
      const read = await t.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${dossier.id}`,
        headers: producerSession.headers,
      });
      expect(read.json<{ rubricContentHash: string }>().rubricContentHash).toBe(hashOfDataFile(productSet));
    }
  });

  it('matches, for every built-in sheet, the hash the migration stored: a shipped sheet was not edited', async () => {
    const stored = await listRubricSheetHashes(t.db, '148');
    const fromFiles = new Map(RUBRIC_148.sheets.map((s) => [s.setNumber, hashOfDataFile(s.setNumber)]));
    expect(stored).toEqual(fromFiles);
  });

  it('is the hash of the published sheet for a dossier of a version an administrator published', async () => {
    const version = JSON.parse(JSON.stringify(RUBRIC_148)) as RubricVersion;
    const sheet = version.sheets.find((s) => s.setNumber === 9)!;
    (sheet.parts[0]!.groups[0]!.criteria[0]! as { titleVi: string }).titleVi = 'Nguồn nguyên liệu (2026)';
    const draft = {
      ...version,
      id: '09-2026',
      status: 'draft',
      effectiveFrom: '2026-03-01',
      sheets: [sheet],
    };
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/rubrics', headers: admin.headers, payload: draft }))
        .statusCode,
    ).toBe(201);
    const publish = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rubrics/09-2026/publish',
      headers: admin.headers,
    });
    expect(publish.statusCode).toBe(200);

    const dossier = await openDossier(9);
    expect(dossier.rubricVersionId).toBe('09-2026');
    expect(dossier.rubricContentHash).toBe(sha256(canonicalJson(sheet)));
    expect(dossier.rubricContentHash).not.toBe(hashOfDataFile(9));
    expect((await listRubricSheetHashes(t.db, '09-2026')).get(9)).toBe(dossier.rubricContentHash);
  });
});
