import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { buildAccount, buildJurisdictions, TEST_PASSWORD } from '../helpers/factories';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * A pilot on a LAN without HTTPS must load the back-office over plain HTTP: the browser is told to
 * stay on HTTPS (CSP upgrade-insecure-requests, HSTS, Secure cookies) only when PUBLIC_BASE_URL
 * says the deployment is reached over HTTPS.
 */
let plain: TestApp;
let https: TestApp;
beforeAll(async () => {
  plain = await createTestApp({ config: { publicBaseUrl: 'http://192.0.2.10:3000' } });
  https = await createTestApp({ config: { publicBaseUrl: 'https://ocop.example.gov.vn' } });
});
afterAll(async () => {
  await plain.close();
  await https.close();
});

async function signInCookie(t: TestApp) {
  const { communeX } = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: communeX,
    grants: [{ role: 'commune_officer', unit: communeX }],
  });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: account.username, password: TEST_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  return response.cookies.find((cookie) => cookie.name === 'ocop_session');
}

describe('HTTPS-only headers follow PUBLIC_BASE_URL', () => {
  it('over plain HTTP: no upgrade-insecure-requests, no HSTS, a session cookie without Secure', async () => {
    for (const url of ['/app/', '/', '/healthz', '/api/v1/no-such-route']) {
      const response = await plain.app.inject({ method: 'GET', url });
      const csp = response.headers['content-security-policy'];
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
    const cookie = await signInCookie(plain);
    expect(cookie?.secure).toBeFalsy();
  });

  it('behind HTTPS: upgrade-insecure-requests, HSTS and a Secure session cookie', async () => {
    const response = await https.app.inject({ method: 'GET', url: '/app/' });
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const cookie = await signInCookie(https);
    expect(cookie?.secure).toBe(true);
  });

  it('reads isHttps from PUBLIC_BASE_URL, whatever TRUST_PROXY says', () => {
    expect(loadConfig({}).isHttps).toBe(false);
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://10.0.0.5:3000' }).isHttps).toBe(false);
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://ocop.example.gov.vn/' }).isHttps).toBe(true);
    expect(loadConfig({ PUBLIC_BASE_URL: 'HTTPS://OCOP.EXAMPLE.GOV.VN' }).isHttps).toBe(true);
  });
});
