/**
 * The linkset of a stamp uses only ratified link types: every GS1 relation in it is a stable link
 * type of the GS1 Web Vocabulary — read from the vocabulary itself as the `@vocabulary/gs1` package
 * ships it (GS1's gs1Voc as N-Quads: sub-properties of gs1:linkType whose term status is "stable")
 * — and anything else comes from schema.org. Also at the lot and product levels walked up.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, type TestApp } from '../helpers/test-app';

const GS1 = 'https://gs1.org/voc/';
const VOC = 'https://ref.gs1.org/voc/';

/** The GS1 Web Vocabulary's stable link types, by local name (`pip`, `certificationInfo`…). */
function stableLinkTypes(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@vocabulary/gs1/package.json')), 'gs1.nq');
  const subPropertyOfLinkType = new Set<string>();
  const stable = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^<([^>]+)> <([^>]+)> (<[^>]+>|"[^"]*"\S*)/.exec(line);
    if (!match) continue;
    const [, subject, predicate, object] = match;
    if (!subject!.startsWith(VOC)) continue;
    const term = subject!.slice(VOC.length);
    if (predicate === 'http://www.w3.org/2000/01/rdf-schema#subPropertyOf' && object === `<${VOC}linkType>`)
      subPropertyOfLinkType.add(term);
    if (predicate === 'http://www.w3.org/2003/06/sw-vocab-status/ns#term_status' && object === '"stable"')
      stable.add(term);
  }
  return new Set([...subPropertyOfLinkType].filter((term) => stable.has(term)));
}

let t: TestApp;
let stampPath: string;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  const producer = await login(t.app, account.username);
  const product = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { gtin: '8938505970011', producerAccountId: account.id, name: 'Bưởi Diễn' },
  );
  const ordered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: producer.headers,
    payload: {
      productId: product.product.id,
      lot: 'BD-01',
      productionDate: '2026-05-01',
      expiryDate: '2026-07-01',
      quantity: 1,
    },
  });
  expect(ordered.statusCode, ordered.body).toBe(201);
  const stamps = await t.app.inject({
    method: 'GET',
    url: `/api/v1/stamp-batches/${ordered.json<{ id: string }>().id}/stamps`,
    headers: producer.headers,
  });
  stampPath = new URL(stamps.json<{ items: { uri: string }[] }>().items[0]!.uri).pathname;
}, 120_000);
afterAll(async () => t.close());

describe('link types of the linkset', () => {
  it('are stable GS1 Web Vocabulary link types or schema.org terms, at every level', async () => {
    const ratified = stableLinkTypes();
    // The vocabulary is read, not assumed: it knows the link types GS1 ratified.
    expect(ratified.has('pip')).toBe(true);
    expect(ratified.has('verificationService')).toBe(true);
    const res = await t.app.inject({ method: 'GET', url: `${stampPath}?linkType=linkset` });
    expect(res.statusCode).toBe(200);
    const { linkset } = res.json<{ linkset: Record<string, unknown>[] }>();
    expect(linkset).toHaveLength(3); // serial, lot, product
    const relations = linkset.flatMap((level) => Object.keys(level).filter((key) => key.startsWith('http')));
    const gs1 = relations.filter((relation) => relation.startsWith(GS1)).map((r) => r.slice(GS1.length));
    expect(gs1).toContain('verificationService');
    expect(gs1).toContain('certificationInfo');
    expect(gs1.filter((term) => !ratified.has(term))).toEqual([]);
    expect(relations.filter((r) => !r.startsWith(GS1) && !r.startsWith('https://schema.org/'))).toEqual([]);
  });
});
