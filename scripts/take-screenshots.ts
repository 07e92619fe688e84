/**
 * Takes the README screenshots from a running demo server in Debian's Chromium.
 *
 *   DATA_DIR=/tmp/ocop-shots PORT=3300 node bin/ocop.js serve --demo &
 *   DATA_DIR=/tmp/ocop-shots node bin/ocop.js seed-demo --json > /tmp/demo.json   (after stopping it, or
 *   use a PostgreSQL DATABASE_URL so both can run)
 *   BASE_URL=http://127.0.0.1:3300 node bin/run-ts.js scripts/take-screenshots.ts /tmp/demo.json
 *
 * Writes PNG files into docs/screenshots/. The demo password is the one `seed-demo --json` prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

interface DemoSummary {
  accounts: { username: string; password: string }[];
  certificates: { url: string; status: string }[];
  stamps: { url: string; status: string; expectedHttpStatus: number }[];
}

const baseUrl = (process.env.BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const outDir = path.resolve(import.meta.dirname, '../docs/screenshots');
const demoFile = process.argv[2];
if (!demoFile) throw new Error('usage: take-screenshots.ts <seed-demo.json>');
const demo = JSON.parse(fs.readFileSync(demoFile, 'utf8')) as DemoSummary;

/** A demo URL carries the seeding server's base; the screenshots use the running one. */
function local(url: string): string {
  const parsed = new URL(url);
  return `${baseUrl}${parsed.pathname}${parsed.search}`;
}

function passwordOf(username: string): string {
  const account = demo.accounts.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account.password;
}

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'vi-VN',
    viewport: { width: 1280, height: 860 },
  });
  const response = await context.request.post('/api/v1/auth/login', {
    data: { username, password: passwordOf(username) },
  });
  if (response.status() !== 200) throw new Error(`sign-in of ${username}: ${response.status()}`);
  return context.newPage();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(outDir, name) });
  process.stdout.write(`${name}\n`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const desktop = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 860 } });
  const catalogue = await desktop.newPage();
  await catalogue.goto(`${baseUrl}/`);
  await shoot(catalogue, 'public-catalogue.png');

  const phone = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  const stamp = demo.stamps.find((s) => s.status === 'active' && s.url.includes('/01/')) ?? demo.stamps[0];
  if (stamp) {
    const page = await phone.newPage();
    await page.goto(local(stamp.url));
    await shoot(page, 'public-stamp-scan-phone.png');
  }
  const certificate = demo.certificates.find((c) => c.status === 'valid');
  if (certificate) {
    const page = await phone.newPage();
    await page.goto(local(certificate.url));
    await shoot(page, 'public-certificate-phone.png');
  }

  const member = await signedInPage(browser, 'tinh.hoidong1');
  await member.goto(`${baseUrl}/app/evaluation`);
  await member.locator('main a[href*="/evaluation/rounds/"]').first().click();
  await member.getByRole('heading', { level: 1 }).waitFor();
  await shoot(member, 'web-score-sheet.png');

  const producer = await signedInPage(browser, 'chuthe1');
  await producer.goto(`${baseUrl}/app/dossiers`);
  await producer.locator('main a[href*="/dossiers/"]').first().click();
  await producer.getByRole('heading', { level: 1 }).waitFor();
  await shoot(producer, 'web-dossier.png');

  const stamps = await signedInPage(browser, 'chuthe2');
  await stamps.goto(`${baseUrl}/app/stamps`);
  await stamps
    .locator('main a[href*="/stamps/"]')
    .filter({ hasNotText: /Đặt tem|Báo cáo/ })
    .first()
    .click();
  await stamps.getByRole('heading', { level: 1 }).waitFor();
  await shoot(stamps, 'web-stamp-batch.png');

  const office = await signedInPage(browser, 'tinh.vpdp');
  await office.goto(`${baseUrl}/app/rounds`);
  await office.locator('main a[href*="/rounds/"]:not([href$="/rounds/new"])').first().click();
  await office.getByRole('heading', { level: 1 }).waitFor();
  await shoot(office, 'web-round.png');
} finally {
  await browser.close();
}
