import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoAccount, demoPerson } from './support/demo';

/**
 * One walk over the screens on a 390 × 844 phone, then the same screen on an 820 × 1180 tablet:
 * every screen of the menu of each demo role (and up to two screens each list links to, such as a
 * dossier or a round), the sign-in and registration pages and the public pages. On each one:
 * - the page never scrolls sideways, and no visible element sticks out of the screen (a table may
 *   scroll inside its own container);
 * - no status badge is cut short ("ĐÃ TI…");
 * - the header holds on one line and the account menu button and its menu fit on the screen;
 * - axe-core finds no `serious` or `critical` accessibility violation (phone size only).
 * Problems are collected per screen, so one run lists all of them.
 */

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 820, height: 1180 };
const ROLES = [
  'admin',
  'tinh.vpdp',
  'tinh.chutich',
  'tinh.hoidong1',
  'tinh.lanhdao',
  'tinh.kiemtra',
  'xa1.canbo',
  'chuthe1',
] as const;
/** Sub-screens followed from each list screen (a detail, a creation form). */
const LINKS_PER_LIST = 2;
/**
 * Screens already checked, by path with ids left out (`/app/dossiers/:id`): each screen is checked
 * once, by the first role that reaches it, except the home page, which differs per role.
 */
const checked = new Set<string>();
const screenOf = (path: string) =>
  path
    .replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '/:id')
    .replace(/\/\d+(?=\/|$)/g, '/:n');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Size = 'phone' | 'tablet';

/** Waits until a screen has finished loading: a heading is shown and no loader spins. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0);
}

/** Sideways overflow, cut-off badges and a broken header, described for the report. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList]
        .filter((name) => !name.startsWith('m_'))
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}"`;
    };
    const isShown = (element: Element) =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    /** Inside a container that scrolls or clips sideways (a table's scroll area): allowed. */
    const isContained = (element: Element) => {
      for (
        let parent = element.parentElement;
        parent && parent !== document.body;
        parent = parent.parentElement
      ) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };

    if (root.scrollWidth > width + 1)
      problems.push(`the page scrolls sideways (${root.scrollWidth} px > ${width} px)`);
    const offenders = new Set<Element>();
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
      if (!isShown(element) || isContained(element)) continue;
      offenders.add(element);
    }
    // Name the outermost elements only, not each of their children.
    for (const element of offenders) {
      if (element.parentElement && offenders.has(element.parentElement)) continue;
      const box = element.getBoundingClientRect();
      problems.push(`${describe(element)} sticks out to ${Math.round(box.right)} px (screen ${width} px)`);
    }

    for (const label of document.querySelectorAll('.mantine-Badge-label')) {
      if (isShown(label) && label.scrollWidth > label.clientWidth + 1)
        problems.push(`badge cut short: ${describe(label)}`);
    }

    const header = document.querySelector('header');
    if (header && isShown(header)) {
      const headerBox = header.getBoundingClientRect();
      for (const element of header.querySelectorAll('a, button, [role="button"]')) {
        if (!isShown(element)) continue;
        const box = element.getBoundingClientRect();
        if (
          box.bottom > headerBox.bottom + 1 ||
          box.top < headerBox.top - 1 ||
          box.right > width + 1 ||
          box.left < -1
        )
          problems.push(`header control outside the header: ${describe(element)}`);
      }
    }
    return problems;
  });
}

/** The serious and critical axe-core violations of the page, one line each. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  // axe finishes its run in a page of its own and closes it: give the screen the front again, or
  // the browser may treat it as a background tab that draws no more frames.
  await page.bringToFront();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `axe ${violation.impact} ${violation.id} (${violation.help}): ${violation.nodes
          .slice(0, 4)
          .map((node) => node.target.join(' '))
          .join(' | ')}${violation.nodes.length > 4 ? ` and ${violation.nodes.length - 4} more` : ''}`,
    );
}

/** Checks the open page on a phone (layout and axe), then on a tablet (layout). */
async function checkScreen(page: Page, label: string): Promise<void> {
  const problems: string[] = [];
  for (const size of ['phone', 'tablet'] as Size[]) {
    await page.setViewportSize(size === 'phone' ? PHONE : TABLET);
    // Let the layout follow the new width (Mantine switches the menu at 48em).
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    problems.push(...(await layoutProblems(page)).map((problem) => `${size}: ${problem}`));
    if (size === 'phone') problems.push(...(await accessibilityProblems(page)));
  }
  await page.setViewportSize(PHONE);
  expect.soft(problems, `${label} (${page.url()})`).toEqual([]);
}

/** The account menu opens on the phone and its entries fit on the screen. */
async function checkAccountMenu(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(escapeRegExp(displayName)) }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  expect.soft(box, 'the account menu').not.toBeNull();
  if (box) {
    expect.soft(box.x, 'the account menu starts on the screen').toBeGreaterThanOrEqual(0);
    expect.soft(box.x + box.width, 'the account menu ends on the screen').toBeLessThanOrEqual(PHONE.width);
  }
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
}

/** Same-section links of a list screen (`/app/dossiers` → `/app/dossiers/…`) to screens not yet checked, one per screen. */
async function subScreenLinks(page: Page, path: string): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const prefix = path === '/app/' ? '/app/never/' : `${path}/`;
  const unchecked = hrefs.filter((href) => href.startsWith(prefix) && !checked.has(screenOf(href)));
  const byScreen = new Map(unchecked.reverse().map((href) => [screenOf(href), href]));
  return [...byScreen.values()].reverse().slice(0, LINKS_PER_LIST);
}

test.describe('phones and tablets', () => {
  test.use({ viewport: PHONE });

  test('the sign-in, registration and public pages fit a phone and pass axe', async ({ page }) => {
    test.setTimeout(240_000);
    for (const path of ['/app/login', '/app/register']) {
      await page.goto(path);
      await settle(page);
      await checkScreen(page, path);
    }
    const publicPaths = ['/', '/tin-tuc', '/su-kien', '/diem-ban', '/thu-hoi', '/thong-ke'];
    for (const path of publicPaths) {
      await page.goto(path);
      await settle(page);
      await checkScreen(page, path);
    }
    // A product and its certificate (`/p/…`, `/c/…`), from the catalogue.
    await page.goto('/');
    const details = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const product = details.find((href) => href.startsWith('/p/'));
    expect(product, 'the catalogue links a product').toBeDefined();
    for (const path of product ? [product] : []) {
      await page.goto(path);
      await settle(page);
      await checkScreen(page, path);
      const certificate = (
        await page
          .locator('main a[href]')
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
      ).find((href) => href.startsWith('/c/'));
      if (certificate) {
        await page.goto(certificate);
        await settle(page);
        await checkScreen(page, certificate);
      }
    }
  });

  for (const username of ROLES) {
    test(`every screen of ${username} fits a phone and a tablet and passes axe`, async ({ browser }) => {
      test.setTimeout(600_000);
      const person = await demoPerson(browser, username, { viewport: PHONE, locale: 'vi-VN' });
      const { page } = person;
      try {
        await page.goto('/app/');
        await settle(page);
        await checkAccountMenu(page, demoAccount(username).displayName);
        const menu = await page
          .locator('#main-navigation a[href]')
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        expect(menu.length, 'the menu lists screens').toBeGreaterThan(0);
        for (const path of ['/app/', ...menu]) {
          const isHome = path === '/app/' || path === '/app';
          if (!isHome && checked.has(screenOf(path))) continue;
          checked.add(screenOf(path));
          await page.goto(path);
          await settle(page);
          await checkScreen(page, `${username} ${path}`);
          for (const sub of await subScreenLinks(page, path)) {
            if (checked.has(screenOf(sub))) continue;
            checked.add(screenOf(sub));
            await page.goto(sub);
            await settle(page);
            await checkScreen(page, `${username} ${sub}`);
          }
        }
      } finally {
        await person.context.close();
      }
    });
  }
});
