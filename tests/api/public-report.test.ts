/**
 * "Report a suspected fake" is limited per client address: the eleventh report within ten minutes
 * gets a friendly 429 page (Vietnamese and English, Retry-After), other addresses are unaffected,
 * and nothing is stored for a refused report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampReports } from '../../src/db/schema';
import { REPORTS_PER_WINDOW } from '../../src/server/public/stamp-report.routes';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;

function form(fields: Record<string, string>) {
  const boundary = '----ocopReportBoundary';
  const body = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  return {
    payload: Buffer.from(`${body}--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const report = (remoteAddress: string) =>
  t.app.inject({
    method: 'POST',
    url: '/stamp-reports',
    remoteAddress,
    ...form({ stampPath: '/s/ABCDEFGHJK', message: 'Tem có vẻ bị in lại', placeOfPurchase: 'Chợ Bến Thành' }),
  });

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  await buildJurisdictions(t.db);
}, 120_000);
afterAll(async () => t.close());

describe('report-a-fake rate limit', () => {
  it(`accepts ${REPORTS_PER_WINDOW} reports from one address, then answers 429 with a friendly page`, async () => {
    for (let i = 0; i < REPORTS_PER_WINDOW; i += 1)
      expect((await report('203.0.113.7')).statusCode).toBe(201);
    const refused = await report('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('text/html');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toContain('role="status"');
    expect(refused.body).toContain('Xin hãy thử lại sau 10 phút');
    expect(refused.body).toContain('Please try again in 10 minutes');
    expect(refused.body).toContain('<meta name="robots" content="noindex">');
    expect(await t.db.select().from(stampReports)).toHaveLength(REPORTS_PER_WINDOW);
  });

  it('another address is not affected', async () => {
    expect((await report('198.51.100.20')).statusCode).toBe(201);
  });
});
