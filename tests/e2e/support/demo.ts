import fs from 'node:fs';
import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { E2E_DEMO_FILE } from './e2e-paths';

/** One account of `ocop seed-demo --json`. */
export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  roles: string[];
  unit: { id: string; code: string; name: string };
}

/** The demo accounts the e2e server was seeded with (written by start-server.ts). */
export function demoAccount(username: string): DemoAccount {
  const summary = JSON.parse(fs.readFileSync(E2E_DEMO_FILE, 'utf8')) as { accounts: DemoAccount[] };
  const account = summary.accounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`demo account ${username} not found in ${E2E_DEMO_FILE}`);
  return account;
}

/** What `POST /api/v1/auth/login` answers (the parts tests use). */
export interface SignedIn {
  id: string;
  username: string;
  unitId: string;
  grants: { role: string; unitId: string; unitName: string }[];
  csrfToken: string;
}

/**
 * Signs in through the API with the context's own request client, so the session cookie lands in
 * the browser context: pages opened afterwards are signed in.
 */
export async function signInThroughApi(
  context: BrowserContext,
  username: string,
  password: string,
): Promise<SignedIn> {
  const response = await context.request.post('/api/v1/auth/login', { data: { username, password } });
  expect(response.status(), `sign-in of ${username}: ${await response.text()}`).toBe(200);
  return (await response.json()) as SignedIn;
}

/** Signs in through the web login page, the way a person does, and waits for the dashboard. */
export async function signInThroughLoginPage(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/app/login');
  await page.getByRole('textbox', { name: 'Tên đăng nhập hoặc e-mail', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
}

/** `fetch` from inside the page: same origin, the page's cookies — what the web app itself can do. */
export async function fetchFromPage(page: Page, url: string): Promise<{ status: number; body: unknown }> {
  return page.evaluate(async (target) => {
    const response = await fetch(target, { headers: { accept: 'application/json' } });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body };
  }, url);
}

/** A demo account signed in in its own browser context: a page, the context's API client and the CSRF token. */
export interface DemoPerson {
  context: BrowserContext;
  page: Page;
  api: APIRequestContext;
  csrf: string;
}

/** Opens a browser context (with `options`, e.g. a tablet viewport) signed in as a demo account. */
export async function demoPerson(
  browser: Browser,
  username: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<DemoPerson> {
  const context = await browser.newContext(options);
  const signedIn = await signInThroughApi(context, username, demoAccount(username).password);
  return { context, page: await context.newPage(), api: context.request, csrf: signedIn.csrfToken };
}

/** GET as that person, expecting 200; the JSON body. */
export async function getJson<T>(person: Pick<DemoPerson, 'api'>, url: string): Promise<T> {
  const response = await person.api.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

/** A write as that person (with the CSRF token), expecting `expected`; the JSON body. */
export async function sendJson<T = Record<string, unknown> & { id: string; version: number }>(
  person: Pick<DemoPerson, 'api' | 'csrf'>,
  method: 'POST' | 'PATCH' | 'PUT',
  url: string,
  data: object,
  expected = 200,
): Promise<T> {
  const response = await person.api.fetch(url, { method, headers: { 'x-csrf-token': person.csrf }, data });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBe(expected);
  return (await response.json()) as T;
}
