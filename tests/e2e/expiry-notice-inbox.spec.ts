import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { demoAccount, signInThroughApi } from './support/demo';

const minusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The daily expiry-notices job runs as of 30 days before one of the producer's certificates ends
 * (the administrator's "run now", what `ocop jobs run expiry-notices --as-of` does): the producer
 * sees the bell count, reads the notice in the inbox on a phone-sized screen and marks it read.
 */
test('a producer finds the expiry notice of its certificate in the inbox', async ({ browser }) => {
  const producer = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signInThroughApi(producer, 'chuthe1', demoAccount('chuthe1').password);
  const products = (await (await producer.request.get('/api/v1/stamp-products')).json()) as {
    items: { certificate: { number: string; status: string; validUntil: string } | null }[];
  };
  const [certificate] = products.items
    .flatMap((p) => (p.certificate?.status === 'valid' ? [p.certificate] : []))
    .sort((a, b) => b.validUntil.localeCompare(a.validUntil));
  expect(certificate, 'the demo producer has a certificate in force').toBeDefined();

  const admin = await browser.newContext();
  const { csrfToken } = await signInThroughApi(admin, 'admin', demoAccount('admin').password);
  const asOf = minusDays(certificate!.validUntil, 30);
  const run = await admin.request.post('/api/v1/jobs/expiry-notices/run', {
    data: { asOf },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(run.status(), await run.text()).toBe(200);
  expect(((await run.json()) as { summary: { notices: number } }).summary.notices).toBeGreaterThanOrEqual(1);
  // Run again as of the same day: nothing more.
  const again = await admin.request.post('/api/v1/jobs/expiry-notices/run', {
    data: { asOf },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(((await again.json()) as { summary: { notices: number } }).summary.notices).toBe(0);
  await admin.close();

  const page = await producer.newPage();
  await page.goto('/app/');
  const bell = page.getByRole('link', { name: /^Thông báo, \d+ chưa đọc$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  const notice = page
    .getByRole('listitem')
    .filter({ hasText: 'Giấy chứng nhận OCOP sắp hết hạn' })
    .filter({ hasText: certificate!.number });
  await expect(notice).toHaveCount(1);
  await expect(notice.getByText('Chưa đọc')).toBeVisible();
  await notice.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
  await expect(notice.getByText('Chưa đọc')).toBeHidden();
  await producer.close();
});

/**
 * Issue item (a) to the end: the notice 30 days before HN-GCN-0101 ends (a demo certificate whose
 * product was first evaluated here) → the producer follows it to the certificate, applies for
 * re-evaluation, finds Biểu 1 and the self-assessment carried over from the earlier dossier, fills
 * "Kết quả sau 3 năm" with an on-site check record and submits the re-evaluation dossier.
 */
test('from the expiry notice the producer submits a re-evaluation pre-filled from the old dossier', async ({
  browser,
}) => {
  const producer = await browser.newContext();
  const { csrfToken: producerCsrf } = await signInThroughApi(
    producer,
    'chuthe1',
    demoAccount('chuthe1').password,
  );
  const listed = (await (await producer.request.get('/api/v1/certificates?limit=500')).json()) as {
    items: { id: string; number: string; validUntil: string; status: string }[];
  };
  const certificate = listed.items.find((c) => c.number === 'HN-GCN-0101');
  expect(certificate, 'the demo certificate expiring in 20 days').toMatchObject({ status: 'valid' });

  const admin = await browser.newContext();
  const { csrfToken } = await signInThroughApi(admin, 'admin', demoAccount('admin').password);
  const run = await admin.request.post('/api/v1/jobs/expiry-notices/run', {
    data: { asOf: minusDays(certificate!.validUntil, 30) },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(run.status(), await run.text()).toBe(200);
  await admin.close();

  const page = await producer.newPage();
  await page.goto('/app/notifications');
  const notice = page
    .getByRole('listitem')
    .filter({ hasText: 'Giấy chứng nhận OCOP sắp hết hạn' })
    .filter({ hasText: 'HN-GCN-0101' });
  await expect(notice).toHaveCount(1);
  await notice.getByRole('link', { name: 'Xem' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Giấy chứng nhận số HN-GCN-0101' })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký đánh giá lại' }).click();

  // The re-evaluation dossier: Biểu 1 and the answers of the earlier dossier, and the new section.
  const section = page.getByRole('region', { name: 'Kết quả sau 3 năm (đánh giá lại)' });
  await expect(section).toBeVisible();
  await expect(page).toHaveURL(/\/app\/dossiers\/[0-9a-f-]{36}$/);
  const dossierId = page.url().split('/').pop()!;
  await expect(page.getByLabel('Quy cách đóng gói')).toHaveValue(
    'Hộp gỗ sơn mài kèm giấy chứng nhận nguồn gốc',
  );
  await expect(page.getByLabel('Mô tả sản phẩm')).toHaveValue(
    'Gốm men lam vẽ tay trên xương gốm trắng, nung 1.250 °C (hồ sơ lần đầu).',
  );
  await expect(page.getByLabel('Số lượng mẫu sản phẩm')).toHaveValue('5');
  await expect(page.getByRole('combobox', { name: 'Phương án A.1.a' })).toHaveValue('1');

  const phone = page.getByLabel('Điện thoại liên hệ');
  if ((await phone.inputValue()) === '') await phone.fill('0243 874 1234');
  await section
    .getByLabel('Nguyên liệu (nguồn, vùng nguyên liệu, sản lượng)')
    .fill('Đất sét Trúc Thôn, ổn định 3 năm');
  await section
    .getByLabel('Thị trường (doanh thu, kênh bán, thị trường mới)')
    .fill('Doanh thu 2,1 tỷ đồng năm 2025');
  await section
    .getByLabel('Công bố chất lượng (tiêu chuẩn, công bố, kiểm nghiệm)')
    .fill('TCCS 01:2023, thử nghiệm chì đạt');
  await section.getByLabel('Thay đổi so với lần công nhận trước').fill('Thêm mẫu bình 30 cm');
  await section.getByLabel('Có biên bản kiểm tra thực tế tại cơ sở').check();
  await section.getByLabel('Ngày kiểm tra').fill(minusDays(new Date().toISOString().slice(0, 10), 3));
  await section.getByLabel('Người/đoàn kiểm tra').fill('Văn phòng Điều phối tỉnh');
  await section.getByLabel('Kết quả kiểm tra').fill('Cơ sở sản xuất đúng quy trình đã công nhận');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/v1/dossiers/${dossierId}`) && r.request().method() === 'PATCH',
  );
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  expect((await saved).status()).toBe(200);

  await page.getByLabel('Tôi cam kết các thông tin trong hồ sơ là trung thực').check();
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

  await expect
    .poll(async () => {
      const response = await producer.request.get(`/api/v1/dossiers/${dossierId}`, {
        headers: { 'x-csrf-token': producerCsrf },
      });
      return ((await response.json()) as { status: string }).status;
    })
    .toBe('submitted');
  const submitted = (await (await producer.request.get(`/api/v1/dossiers/${dossierId}`)).json()) as {
    type: string;
    registration: {
      product: { packaging: string };
      reEvaluation: { market: string; onSiteCheck: { checkedBy: string } | null };
    };
  };
  expect(submitted.type).toBe('re-evaluation');
  expect(submitted.registration.product.packaging).toBe('Hộp gỗ sơn mài kèm giấy chứng nhận nguồn gốc');
  expect(submitted.registration.reEvaluation.market).toBe('Doanh thu 2,1 tỷ đồng năm 2025');
  expect(submitted.registration.reEvaluation.onSiteCheck?.checkedBy).toBe('Văn phòng Điều phối tỉnh');
  await producer.close();
});

/**
 * The standing office's list "sắp hết hạn / đã hết hạn chưa đánh giá lại": the demo certificate
 * that expired without re-evaluation is on it, the one whose re-evaluation is in progress is not,
 * and "Xuất Excel" downloads that very list.
 */
test('the office finds the certificates not re-evaluated and exports that list', async ({ browser }) => {
  const office = await browser.newContext();
  await signInThroughApi(office, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await office.newPage();
  await page.goto('/app/');
  await page.getByRole('link', { name: 'Sắp hết hạn, chưa đánh giá lại' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sắp hết hạn / đã hết hạn chưa đánh giá lại' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Sắp hết hạn / đã hết hạn chưa đánh giá lại' });
  await expect(table.getByRole('row', { name: /HN-GCN-0102/ })).toContainText('Hết hiệu lực');
  await expect(table.getByRole('row', { name: /HN-GCN-0103/ })).toHaveCount(0);
  await expect(page.getByLabel('Chưa đánh giá lại (sắp hết hạn hoặc đã hết hạn)')).toBeChecked();

  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Tải tệp giay-chung-nhan-.*\.xlsx$/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^giay-chung-nhan-.*\.xlsx$/);
  // The file holds that very list: the expired certificate, not the one being re-evaluated.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const numbers: unknown[] = [];
  workbook.worksheets[0]!.eachRow((row, index) => {
    if (index > 3) numbers.push(row.getCell(1).value);
  });
  expect(numbers).toContain('HN-GCN-0102');
  expect(numbers).not.toContain('HN-GCN-0103');
  await office.close();
});
