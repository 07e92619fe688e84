import fs from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';
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
