import { expect, test, type Page } from '@playwright/test';
import { demoPerson } from './support/demo';

/**
 * The dossier journey in Chromium, on the screens of /app/dossiers: the producer (chuthe1) builds
 * a dossier with evidence from its library and submits it; the commune officer (xa1.canbo)
 * returns it with a comment; the producer supplements and submits again; the commune accepts,
 * fills Biểu 3 and forwards it with the written request; the provincial standing office
 * (tinh.vpdp) accepts it into the pool. Only the product and the evidence file are set up
 * through the API (the registry's screens are another module).
 */
const person = demoPerson;

const MINI_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function status(page: Page, expected: string): Promise<void> {
  await expect(page.getByTestId('dossier-status')).toHaveText(expected);
}

/**
 * Clicks an action that cannot be undone, checks that the dialog asking first names it and states
 * its consequence, and confirms.
 */
async function confirmAction(page: Page, button: string, title: string, consequence: string | RegExp) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toContainText(consequence);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('producer → commune (return, accept, Biểu 3, forward) → province pool', async ({ browser }) => {
  const producer = await person(browser, 'chuthe1');
  const commune = await person(browser, 'xa1.canbo');
  const province = await person(browser, 'tinh.vpdp');
  const stamp = Date.now().toString(36);

  // Setup through the registry API: a new product and one evidence file in the library.
  const options = await producer.context.request.get('/api/v1/dossiers/start-options');
  const producerId = ((await options.json()) as { products: { producerId: string }[] }).products[0]!
    .producerId;
  const productName = `Trà shan tuyết cổ thụ ${stamp}`;
  const product = await producer.context.request.post(`/api/v1/producers/${producerId}/products`, {
    headers: { 'x-csrf-token': producer.csrf },
    data: {
      productSet: 11,
      name: productName,
      description: 'Trà shan tuyết hái từ cây cổ thụ trên 100 năm tuổi.',
      details: { packaging: 'Túi 100 g' },
    },
  });
  expect(product.status(), await product.text()).toBe(201);
  const evidenceTitle = `Phiếu kiểm nghiệm trà ${stamp}`;
  const upload = await producer.context.request.post(`/api/v1/producers/${producerId}/evidence`, {
    headers: { 'x-csrf-token': producer.csrf },
    multipart: {
      documentType: 'test_report',
      title: evidenceTitle,
      file: { name: 'kiem-nghiem.pdf', mimeType: 'application/pdf', buffer: MINI_PDF },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);

  // The producer builds the dossier on the screens.
  const p = producer.page;
  await p.goto('/app/dossiers');
  const productSelect = p.getByRole('combobox', { name: 'Sản phẩm' });
  const value = await productSelect.locator('option', { hasText: productName }).getAttribute('value');
  expect(value).toBeTruthy();
  await productSelect.selectOption(value ?? '');
  await p.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await status(p, 'Đang soạn');
  const dossierUrl = p.url();

  await p.getByRole('textbox', { name: 'Số lượng mẫu sản phẩm' }).fill('5');
  const optionSelects = p.getByRole('combobox', { name: /^Phương án / });
  // The criteria sheet arrives after the dossier: wait for its options before counting them.
  await expect.poll(() => optionSelects.count()).toBeGreaterThan(20);
  const count = await optionSelects.count();
  for (let i = 0; i < count; i += 1) await optionSelects.nth(i).selectOption('1');
  const evidenceBoxes = p.getByRole('checkbox', { name: new RegExp(`^Minh chứng .* — ${evidenceTitle}$`) });
  for (let i = 0; i < (await evidenceBoxes.count()); i += 1) await evidenceBoxes.nth(i).check();
  await p.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(p.getByText('Hồ sơ đã đầy đủ.')).toBeVisible();
  await p.getByRole('checkbox', { name: 'Tôi cam kết các thông tin trong hồ sơ là trung thực' }).check();
  // Submitting asks first; cancelling ("Hủy") leaves the draft as it was.
  await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  const submitDialog = p.getByRole('dialog', { name: 'Nộp hồ sơ?' });
  await expect(submitDialog).toContainText(
    'Hồ sơ sẽ được gửi tới UBND xã Bát Tràng. Sau khi gửi, bạn không sửa được cho tới khi hồ sơ bị trả lại.',
  );
  await submitDialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(submitDialog).toBeHidden();
  await status(p, 'Đang soạn');
  await confirmAction(p, 'Nộp hồ sơ', 'Nộp hồ sơ?', 'Sau khi gửi, bạn không sửa được');
  await status(p, 'Đã nộp, chờ xã kiểm tra');

  // The commune returns it with a comment.
  const c = commune.page;
  await c.goto('/app/dossiers');
  await c.getByRole('link', { name: productName }).first().click();
  await status(c, 'Đã nộp, chờ xã kiểm tra');
  await c.getByRole('textbox', { name: 'Ý kiến trả lại' }).fill('Đề nghị bổ sung xác nhận vùng nguyên liệu');
  await c.getByRole('textbox', { name: 'Mục cần bổ sung (mã tiêu chí hoặc trường)' }).fill('A.1.a');
  await c.getByRole('textbox', { name: 'Nội dung cần bổ sung' }).fill('Thiếu xác nhận của UBND xã');
  await confirmAction(
    c,
    'Trả lại hồ sơ',
    'Trả lại hồ sơ để bổ sung?',
    /được thông báo, kèm ý kiến: “Đề nghị bổ sung xác nhận vùng nguyên liệu”/,
  );
  await status(c, 'Xã trả lại để bổ sung');

  // The producer reads the comment, supplements and submits version 2.
  await p.goto(dossierUrl);
  await status(p, 'Xã trả lại để bổ sung');
  await expect(p.getByRole('alert').getByText('Đề nghị bổ sung xác nhận vùng nguyên liệu')).toBeVisible();
  await p
    .getByRole('textbox', { name: 'Ghi chú A.1.a' })
    .fill('Đã bổ sung xác nhận vùng nguyên liệu của UBND xã');
  const saved = p.waitForResponse(
    (r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/dossiers/'),
  );
  await p.getByRole('button', { name: 'Lưu', exact: true }).click();
  expect((await saved).status()).toBe(200);
  await p.getByRole('checkbox', { name: 'Tôi cam kết các thông tin trong hồ sơ là trung thực' }).check();
  await confirmAction(p, 'Nộp hồ sơ', 'Nộp hồ sơ?', 'Hồ sơ sẽ được gửi tới UBND xã Bát Tràng.');
  await status(p, 'Đã nộp, chờ xã kiểm tra');
  await expect(p.getByText('Phiên bản 2')).toBeVisible();

  // The commune accepts, fills Biểu 3 and forwards with the written request.
  await c.goto(dossierUrl);
  await confirmAction(c, 'Tiếp nhận hồ sơ', 'Tiếp nhận hồ sơ?', 'Chủ thể không sửa được hồ sơ nữa');
  await status(c, 'Xã đã tiếp nhận');
  const communeSelects = c.getByRole('combobox', { name: /^Xã đánh giá / });
  for (let i = 0; i < (await communeSelects.count()); i += 1) await communeSelects.nth(i).selectOption('1');
  await c.getByRole('textbox', { name: 'Kết luận' }).fill('Sản phẩm có nguồn gốc địa phương');
  await c.getByRole('textbox', { name: 'Người đánh giá' }).fill('Cán bộ nông nghiệp xã');
  await c.getByRole('button', { name: 'Lưu đánh giá Biểu 3' }).click();
  await status(c, 'Xã đã đánh giá (Biểu 3)');
  // Until the written request is filled in, the greyed-out button says what is missing.
  await expect(c.getByText('Còn thiếu: Số văn bản đề nghị, Người ký.')).toBeVisible();
  await c.getByRole('textbox', { name: 'Số văn bản đề nghị' }).fill(`45/TTr-UBND-${stamp}`);
  await c.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Trần Văn Quý');
  await c.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  const confirmForward = c.getByRole('dialog', { name: 'Gửi hồ sơ lên cấp trên?' });
  await expect(confirmForward).toContainText('cơ quan thường trực OCOP cấp tỉnh');
  await expect(confirmForward).toContainText(`Gửi kèm văn bản đề nghị số 45/TTr-UBND-${stamp}`);
  await confirmForward.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await status(c, 'Đã gửi tỉnh');

  // The province accepts it into the pool.
  const v = province.page;
  await v.goto('/app/dossiers');
  await v.getByRole('link', { name: productName }).first().click();
  await status(v, 'Đã gửi tỉnh');
  await confirmAction(v, 'Tiếp nhận hồ sơ', 'Tiếp nhận hồ sơ?', 'danh sách chờ hội đồng cấp tỉnh đánh giá');
  await status(v, 'Đã tiếp nhận, chờ đánh giá');

  // The producer was told, in the app.
  const notes = await producer.context.request.get('/api/v1/notifications');
  const bodies = ((await notes.json()) as { items: { titleVi: string }[] }).items.map((n) => n.titleVi);
  expect(bodies).toContain(`Hồ sơ "${productName}": Đã tiếp nhận, chờ đánh giá`);
});

test('a certified product: its dossier shows the outcome and a new dossier can only upgrade or re-evaluate', async ({
  browser,
}) => {
  const producer = await person(browser, 'chuthe1');
  const p = producer.page;
  const productName = 'Bình hút lộc men rạn Bát Tràng';
  await p.goto('/app/dossiers');
  const row = p
    .getByRole('row')
    .filter({ has: p.getByRole('link', { name: productName }) })
    .last();
  await expect(row.getByText(/^Đã công nhận [345] sao$/)).toBeVisible();
  await p.getByRole('link', { name: productName }).first().click();
  await expect(p.getByTestId('dossier-status')).toHaveText(/^Đã công nhận [345] sao$/);
  const outcome = p.getByTestId('dossier-outcome');
  await expect(
    outcome.getByText(/^Đã công nhận [345] sao — Quyết định .+, giấy chứng nhận số .+$/),
  ).toBeVisible();
  const certificateLink = outcome.getByRole('link', { name: /^Giấy chứng nhận số / });
  await expect(certificateLink).toHaveAttribute('href', /\/c\/[^/]+$/);
  await expect(outcome.getByText('(còn hiệu lực)', { exact: false })).toBeVisible();

  // Opening a new dossier for it offers only an upgrade or a re-evaluation.
  await p.goto('/app/dossiers');
  const productSelect = p.getByRole('combobox', { name: 'Sản phẩm' });
  const value = await productSelect.locator('option', { hasText: productName }).getAttribute('value');
  await productSelect.selectOption(value ?? '');
  const typeSelect = p.getByRole('combobox', { name: 'Hình thức đánh giá' });
  await expect(typeSelect.locator('option')).toHaveText(['Nâng hạng', 'Đánh giá lại']);
  await expect(p.getByTestId('certified-product-note')).toContainText(
    'chỉ lập hồ sơ nâng hạng hoặc đánh giá lại',
  );

  // The API refuses a first evaluation all the same.
  const refused = await producer.api.post('/api/v1/dossiers', {
    headers: { 'x-csrf-token': producer.csrf },
    data: { productId: value, type: 'first' },
  });
  expect(refused.status()).toBe(409);
  await producer.context.close();
});
