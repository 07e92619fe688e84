import { chromium, expect, test, type Browser } from '@playwright/test';
import { demoAccount, signInThroughLoginPage } from './support/demo';
import { E2E_PORT } from './support/e2e-paths';

/**
 * A provincial pilot on a LAN without HTTPS: another computer opens the back-office by a name that
 * is not localhost, over plain HTTP. Chromium maps the made-up name to this machine, so the page is
 * not a "potentially trustworthy" origin — exactly what an officer's computer sees. The app must
 * load its scripts (no upgrade to HTTPS) and sign in through the form.
 */
const PILOT_HOST = 'ocop-pilot.test';
const PILOT_URL = `http://${PILOT_HOST}:${E2E_PORT}`;

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      `--host-resolver-rules=MAP ${PILOT_HOST} 127.0.0.1`,
    ],
  });
});
test.afterAll(async () => browser.close());

test('the back-office loads and signs in over plain HTTP on a non-localhost name', async () => {
  const context = await browser.newContext({
    baseURL: PILOT_URL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const failedRequests: string[] = [];
  // Signing in navigates on, and the browser aborts what the old page was still fetching (fonts,
  // the favicon): ERR_ABORTED is that, not a refused or upgraded request.
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    if (error === 'net::ERR_ABORTED') return;
    failedRequests.push(`${request.url()} ${error}`);
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const response = await page.goto('/app/');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).protocol).toBe('http:');
  expect(await response?.headerValue('content-security-policy')).not.toContain('upgrade-insecure-requests');
  expect(await response?.headerValue('strict-transport-security')).toBeNull();

  const officer = demoAccount('xa1.canbo');
  await signInThroughLoginPage(page, officer.username, officer.password);
  expect(new URL(page.url()).host).toBe(`${PILOT_HOST}:${E2E_PORT}`);
  // Signed in for real: the session cookie came back over HTTP and the API answers as the officer.
  const me = await page.evaluate(
    async () => (await fetch('/api/v1/auth/me')).json() as Promise<{ username: string }>,
  );
  expect(me.username).toBe(officer.username);
  expect(failedRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
  await context.close();
});
