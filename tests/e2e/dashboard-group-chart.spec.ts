import { expect, test, type Page } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The home page's "by product group" chart: the six group names sit on the vertical axis, each
 * readable and apart from the others, on a desktop and on a phone.
 */
const GROUPS = [
  'Thực phẩm',
  'Đồ uống',
  'Dược liệu và sản phẩm từ dược liệu',
  'Thủ công mỹ nghệ',
  'Sinh vật cảnh',
  'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
];

async function expectReadableGroupNames(page: Page, screenshotName: string): Promise<void> {
  const chart = page.getByRole('img', { name: /Theo nhóm sản phẩm/ });
  await chart.scrollIntoViewIfNeeded();
  // The names on the vertical axis: the chart's only texts carrying the full name as a title.
  const ticks = chart.locator('text:has(> title)');
  await expect(ticks).toHaveCount(GROUPS.length);
  expect(await ticks.locator('title').allTextContents()).toEqual(GROUPS);
  await expect(ticks.nth(5)).toContainText('Dịch vụ du lịch');
  const chartBox = (await chart.boundingBox())!;
  const boxes = [];
  for (const tick of await ticks.all()) boxes.push((await tick.boundingBox())!);
  for (const [index, box] of boxes.entries()) {
    expect(box.x, `${GROUPS[index]} starts inside the chart`).toBeGreaterThanOrEqual(chartBox.x);
    const next = boxes[index + 1];
    if (next)
      expect(box.y + box.height, `${GROUPS[index]} ends above the next name`).toBeLessThanOrEqual(next.y);
  }
  await chart.screenshot({ path: test.info().outputPath(screenshotName) });
}

test('the product-group chart names every group without overlap, on a desktop and on a phone', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await signInThroughApi(context, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await context.newPage();
  await page.goto('/app/');
  await expectReadableGroupNames(page, 'group-chart-1280.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectReadableGroupNames(page, 'group-chart-390.png');
  await context.close();
});
