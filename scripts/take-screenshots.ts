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
  dossiers: { id: string; producer: string; status: string }[];
  certificates: { id: string; url: string; status: string; demoKey: string | null }[];
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

const tablet = { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true };

async function signedInPage(
  browser: Browser,
  username: string,
  device: { viewport: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean } = {
    viewport: { width: 1280, height: 860 },
  },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...device,
  });
  const response = await context.request.post('/api/v1/auth/login', {
    data: { username, password: passwordOf(username) },
  });
  if (response.status() !== 200) throw new Error(`sign-in of ${username}: ${response.status()}`);
  return context.newPage();
}

function certificateId(demoKey: string): string {
  const certificate = demo.certificates.find((c) => c.demoKey === demoKey);
  if (!certificate) throw new Error(`no demo certificate ${demoKey}`);
  return certificate.id;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Real content, not the loaders the lists and charts show while their queries run.
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'hidden' });
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

  // The province's home page, scrolled to its figures: certificates by stars and group, the year
  // plan's targets against what the records count.
  await office.goto(`${baseUrl}/app/`);
  await office.locator('#plan-targets-heading').waitFor();
  await office.getByRole('heading', { level: 2, name: /^Số liệu của/ }).evaluate((heading) => {
    heading.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -80);
  });
  await shoot(office, 'web-dashboard-province.png');

  // The central office's home page shows the map of the 34 provinces (Hoàng Sa and Trường Sa drawn).
  const central = await signedInPage(browser, 'tw.vpdp');
  await central.goto(`${baseUrl}/app/`);
  const map = central.locator('main svg[role="group"]');
  await map.locator('path[role="button"]').first().waitFor();
  await map.evaluate((svg) => {
    svg.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -140);
  });
  await shoot(central, 'web-dashboard-national-map.png');

  // A dossier forwarded to the province, reviewed with a piece of evidence open beside the forms.
  const forwarded = demo.dossiers.find((d) => d.status === 'forwarded_to_province');
  if (forwarded) {
    await office.goto(`${baseUrl}/app/dossiers/${forwarded.id}`);
    await office.locator('main button[aria-pressed]').first().click();
    await office.locator('#evidence-viewer-title').waitFor();
    await office
      .locator('main section[aria-labelledby="evidence-viewer-title"] :is(img, iframe, object, embed)')
      .first()
      .waitFor();
    await shoot(office, 'web-dossier-evidence-viewer.png');
  }

  await office.goto(`${baseUrl}/app/certificates/not-re-evaluated`);
  await office.locator('main table tbody tr').first().waitFor();
  await shoot(office, 'web-certificates-not-re-evaluated.png');

  await office.goto(`${baseUrl}/app/certificates/${certificateId('revoked')}`);
  await office.getByRole('heading', { level: 1 }).waitFor();
  await shoot(office, 'web-certificate-history.png');

  await office.goto(`${baseUrl}/app/revocations`);
  await office.locator('main table tbody tr').first().waitFor();
  await shoot(office, 'web-revocations.png');

  // The notifications inbox, opened from the header bell.
  await office.goto(`${baseUrl}/app/`);
  await office.getByTestId('notification-bell').click();
  await office.waitForURL('**/app/notifications');
  await office.getByRole('heading', { level: 1 }).waitFor();
  await shoot(office, 'web-notifications.png');

  const inspector = await signedInPage(browser, 'tinh.kiemtra');
  await inspector.goto(`${baseUrl}/app/market-cases`);
  await inspector.locator('main a[href*="/market-cases/"]:not([href$="/market-cases/new"])').first().click();
  await inspector.getByRole('heading', { level: 1 }).waitFor();
  await shoot(inspector, 'web-market-case.png');

  const inspectorTablet = await signedInPage(browser, 'tinh.kiemtra', tablet);
  await inspectorTablet.goto(`${baseUrl}/app/inspections/new`);
  await inspectorTablet.getByRole('heading', { level: 1 }).waitFor();
  await shoot(inspectorTablet, 'web-inspection-form-tablet.png');

  const communeOfficer = await signedInPage(browser, 'xa1.canbo');
  await communeOfficer.goto(`${baseUrl}/app/`);
  await communeOfficer.getByRole('heading', { level: 1 }).waitFor();
  await shoot(communeOfficer, 'web-dashboard-commune-officer.png');

  const admin = await signedInPage(browser, 'admin');
  await admin.goto(`${baseUrl}/app/accounts`);
  await admin.locator('main table tbody tr').first().waitFor();
  await shoot(admin, 'web-accounts.png');

  await admin.goto(`${baseUrl}/app/jobs`);
  await admin.locator('main table tbody tr').first().waitFor();
  await shoot(admin, 'web-jobs.png');

  // The producer's "submit" confirmation: what happens, who receives the dossier. The button opens
  // once the producer ticks the honesty commitment (nothing is saved by ticking it).
  const returned = demo.dossiers.find((d) => d.status === 'returned_by_commune');
  if (returned) {
    const producer1 = await signedInPage(browser, 'chuthe1');
    await producer1.goto(`${baseUrl}/app/dossiers/${returned.id}`);
    await producer1.getByRole('checkbox', { name: /cam kết các thông tin/ }).check();
    await producer1.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await producer1.getByRole('dialog').waitFor();
    // The dialog fades in: wait until its transitions have finished.
    await producer1.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState === 'finished'),
    );
    await shoot(producer1, 'web-dossier-submit-confirm.png');
  }

  // Public statistics: figures and the map, Hoàng Sa and Trường Sa included.
  // On a phone the whole map fits in the screen.
  const statistics = await phone.newPage();
  await statistics.goto(`${baseUrl}/thong-ke`);
  await statistics.getByText('Quần đảo Trường Sa').first().waitFor();
  await statistics.getByRole('heading', { level: 1 }).evaluate((heading) => {
    heading.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -12);
  });
  await shoot(statistics, 'public-statistics-phone.png');
} finally {
  await browser.close();
}
