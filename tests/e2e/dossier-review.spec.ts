import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { DossierOutput, ListDossiersOutput } from '../../src/contracts/dossiers.contracts';
import { demoPerson, getJson, type DemoPerson } from './support/demo';

/**
 * Reviewing a dossier entirely on screen, in Chromium. The commune officer (xa2.canbo) opens the
 * submitted demo dossier, reads Biểu 1 and a criterion of the producer's self-assessment, opens
 * its evidence PDF in the viewer beside the form (and closes it from the keyboard), accepts the
 * dossier and fills Biểu 3 with the producer's choice shown beside each local criterion. On a
 * phone, the provincial standing office reads a forwarded dossier and the viewer takes the whole
 * screen, without the page scrolling sideways.
 */
const SUBMITTED = 'Trà hoa sen Quảng An (demo: đã nộp)';
const FORWARDED = 'Trà xanh Yên Hòa (demo: đã gửi tỉnh)';

async function openDossier(person: DemoPerson, productName: string): Promise<DossierOutput> {
  const list = await getJson<ListDossiersOutput>(person, '/api/v1/dossiers?limit=200');
  const summary = list.items.find((d) => d.product.name === productName);
  expect(summary, `${productName} in the list`).toBeDefined();
  const page = person.page;
  await page.goto('/app/dossiers');
  await page.getByRole('link', { name: productName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
  return getJson<DossierOutput>(person, `/api/v1/dossiers/${summary!.id}`);
}

/** Clicks an action button and, when it asks for confirmation first, confirms in its dialog. */
async function clickAndConfirm(page: Page, name: string, done: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  const status = page.getByTestId('dossier-status');
  await expect(dialog.or(status.filter({ hasNotText: 'Đã nộp, chờ xã kiểm tra' }))).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole('button', { name, exact: true }).click();
  await done();
}

/** No serious or critical axe-core violation in the page's main content. */
async function isAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious).toEqual([]);
}

async function hasNoHorizontalScroll(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    )
    .toBeLessThanOrEqual(0);
}

test('the commune officer reviews a submitted dossier on screen, evidence beside the form, and fills Biểu 3 beside the producer’s choices', async ({
  browser,
}) => {
  const officer = await demoPerson(browser, 'xa2.canbo');
  const page = officer.page;
  const dossier = await openDossier(officer, SUBMITTED);
  await expect(page.getByTestId('dossier-status')).toHaveText('Đã nộp, chờ xã kiểm tra');

  // Biểu 1, readable on screen.
  const registration = page.getByRole('region', { name: 'Biểu 1 — Phiếu đăng ký sản phẩm' });
  await expect(registration.getByText(dossier.registration.producer.name, { exact: true })).toBeVisible();
  await expect(registration.getByText(dossier.registration.product.name, { exact: true })).toBeVisible();
  await expect(registration.getByText('Số lượng mẫu sản phẩm')).toBeVisible();

  // A criterion of the self-assessment: the producer's option, its points, the evidence linked.
  const item = dossier.selfAssessment.find((i) => i.criterionCode === 'A.1.a')!;
  expect(item.option).toBeGreaterThan(0);
  const criterion = page
    .getByRole('region', { name: 'Biểu 2 — Tự đánh giá của chủ thể' })
    .getByRole('article', { name: /^A\.1\.a\. / });
  await expect(criterion.getByTestId('criterion-choice')).toHaveText(`${item.option} — ${item.optionTextVi}`);
  await expect(criterion.getByTestId('criterion-points')).toContainText(`${item.points}/`);
  const evidence = dossier.evidence.find((e) => e.id === item.evidenceIds[0])!;
  expect(evidence.mediaType).toBe('application/pdf');

  // The evidence PDF opens in the viewer beside the form: the frame's file answers 200, as a PDF.
  const pdfLoaded = page.waitForResponse((r) => r.url().endsWith(evidence.fileUrl));
  const openButton = criterion.getByRole('button', { name: evidence.title });
  await openButton.click();
  const viewer = page.getByRole('region', { name: evidence.title });
  await expect(viewer).toBeVisible();
  const frame = viewer.locator('iframe');
  await expect(frame).toHaveAttribute('src', evidence.fileUrl);
  await expect(frame).toHaveAttribute('title', `${evidence.title} (PDF)`);
  const response = await pdfLoaded;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^inline;/);
  // Beside the form, not over it: the criterion and the viewer are both on screen.
  await expect(criterion).toBeInViewport();
  const [formBox, viewerBox] = [await criterion.boundingBox(), await viewer.boundingBox()];
  expect(viewerBox!.x).toBeGreaterThanOrEqual(formBox!.x + formBox!.width - 1);

  await isAccessible(page);

  // Keyboard: focus lands in the viewer, Escape closes it and focus returns to the button.
  await expect(viewer.getByRole('heading', { name: evidence.title })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(openButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewer).toBeVisible();
  await viewer.getByRole('button', { name: 'Đóng trình xem' }).click();
  await expect(viewer).toBeHidden();

  // Accept, then Biểu 3 with the producer's choice beside each of the local criteria.
  await clickAndConfirm(page, 'Tiếp nhận hồ sơ', () =>
    expect(page.getByTestId('dossier-status')).toHaveText('Xã đã tiếp nhận'),
  );
  const communeSelects = page.getByRole('combobox', { name: /^Xã đánh giá / });
  await expect(communeSelects).toHaveCount(4);
  const producerChoices = page.getByTestId('producer-choice');
  await expect(producerChoices).toHaveCount(4);
  for (let i = 0; i < 4; i += 1) {
    const code = await producerChoices.nth(i).getAttribute('data-producer-choice');
    const own = dossier.selfAssessment.find((s) => s.criterionCode === code)!;
    await expect(producerChoices.nth(i)).toContainText('Chủ thể tự đánh giá');
    await expect(producerChoices.nth(i)).toContainText(`${own.option} — ${own.optionTextVi}`);
    await expect(communeSelects.nth(i)).toHaveAccessibleName(`Xã đánh giá ${code}`);
    // Side by side: the producer's choice sits to the right of the commune's field.
    const [select, choice] = [
      await communeSelects.nth(i).boundingBox(),
      await producerChoices.nth(i).boundingBox(),
    ];
    expect(choice!.x).toBeGreaterThan(select!.x);
    await communeSelects.nth(i).selectOption('1');
  }
  await isAccessible(page);
  await page.getByRole('textbox', { name: 'Kết luận' }).fill('Nguyên liệu và lao động của địa phương');
  await page.getByRole('textbox', { name: 'Người đánh giá' }).fill('Cán bộ nông nghiệp xã');
  await page.getByRole('button', { name: 'Lưu đánh giá Biểu 3' }).click();
  await expect(page.getByTestId('dossier-status')).toHaveText('Xã đã đánh giá (Biểu 3)');
  const assessed = await getJson<DossierOutput>(officer, `/api/v1/dossiers/${dossier.id}`);
  expect(Object.values(assessed.communeAssessment?.choices ?? {}).map((c) => c.option)).toEqual([1, 1, 1, 1]);
  await officer.context.close();
});

test('on a phone the standing office reads a forwarded dossier and the evidence viewer takes the whole screen', async ({
  browser,
}) => {
  const office = await demoPerson(browser, 'tinh.vpdp', {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = office.page;
  const dossier = await openDossier(office, FORWARDED);
  await expect(page.getByTestId('dossier-status')).toHaveText('Đã gửi tỉnh');
  await expect(page.getByRole('region', { name: 'Biểu 1 — Phiếu đăng ký sản phẩm' })).toBeVisible();
  // Read-only: no Biểu 3 form for the province.
  await expect(page.getByRole('combobox', { name: /^Xã đánh giá / })).toHaveCount(0);
  await hasNoHorizontalScroll(page);

  const item = dossier.selfAssessment.find((i) => i.evidenceIds.length > 0)!;
  const evidence = dossier.evidence.find((e) => e.id === item.evidenceIds[0])!;
  const criterion = page.getByRole('article', {
    name: new RegExp(`^${item.criterionCode.replace(/\./g, '\\.')}\\. `),
  });
  const pdfLoaded = page.waitForResponse((r) => r.url().endsWith(evidence.fileUrl));
  await criterion.getByRole('button', { name: evidence.title }).click();
  const dialog = page.getByRole('dialog', { name: evidence.title });
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(Math.round(box!.width)).toBe(390);
  await expect(dialog.locator('iframe')).toHaveAttribute('src', evidence.fileUrl);
  expect((await pdfLoaded).status()).toBe(200);
  await hasNoHorizontalScroll(page);
  await dialog.getByRole('button', { name: 'Đóng trình xem' }).click();
  await expect(dialog).toBeHidden();
  await office.context.close();
});
