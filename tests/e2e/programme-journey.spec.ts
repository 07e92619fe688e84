import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { demoPerson, getJson } from './support/demo';
import { E2E_DEMO_FILE } from './support/e2e-paths';

/**
 * The OCOP cycle before the dossier, on the screens of /app/ideas: the producer (chuthe1) registers
 * a product idea, the commune officer (xa1.canbo) accepts it, and the producer starts the first
 * dossier from it and finds the idea's description and packaging already filled in Biểu 1.
 */
test('producer registers an idea → commune accepts → first dossier starts with the fields filled', async ({
  browser,
}) => {
  const producer = await demoPerson(browser, 'chuthe1');
  const commune = await demoPerson(browser, 'xa1.canbo');
  const name = `Mứt gừng mật ong ${Date.now().toString(36)}`;

  const p = producer.page;
  await p.goto('/app/ideas');
  await expect(
    p.getByRole('heading', { level: 1, name: 'Ý tưởng sản phẩm đăng ký tham gia OCOP' }),
  ).toBeVisible();
  await p.getByRole('link', { name: 'Đăng ký ý tưởng' }).click();
  await p.getByRole('combobox', { name: 'Chủ thể' }).click();
  await p.getByRole('option').first().click();
  await p.getByRole('textbox', { name: 'Tên sản phẩm dự kiến' }).fill(name);
  await p.getByRole('textbox', { name: 'Mô tả sản phẩm' }).fill('Gừng sẻ địa phương sên mật ong rừng.');
  await p.getByRole('textbox', { name: 'Quy cách đóng gói' }).fill('Hũ thuỷ tinh 200 g');
  await p
    .getByRole('textbox', { name: 'Điểm mới, đặc trưng địa phương' })
    .fill('Mật ong rừng của xã, không đường tinh luyện.');
  await p.getByRole('button', { name: 'Lưu' }).click();
  await expect(p.getByRole('row', { name: new RegExp(name) })).toContainText('Đã đăng ký, chờ xã xem xét');

  const c = commune.page;
  await c.goto('/app/ideas');
  await c
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button')
    .click();
  await c.getByRole('dialog').getByRole('button', { name: 'Chấp thuận', exact: true }).click();
  await expect(c.getByRole('row', { name: new RegExp(name) })).toContainText('Được chấp thuận');

  await p.goto('/app/ideas');
  await p
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button', { name: 'Lập hồ sơ đánh giá lần đầu' })
    .click();
  await expect(p).toHaveURL(/\/app\/dossiers\/[0-9a-f-]{36}$/);
  await expect(p.getByRole('textbox', { name: 'Quy cách đóng gói' })).toHaveValue('Hũ thuỷ tinh 200 g');
  await expect(p.getByRole('textbox', { name: 'Mô tả sản phẩm' })).toHaveValue(
    'Gừng sẻ địa phương sên mật ong rừng.',
  );
  await expect(p.getByText(name).first()).toBeVisible();
  await producer.context.close();
  await commune.context.close();
});

/**
 * The province's yearly plan: the standing office (tinh.vpdp) drafts the 2027 plan with two targets
 * on the screens, the province leader (tinh.lanhdao) approves it as version 1; and the progress page
 * of the demo's 2026 plan (listed by `ocop seed-demo --json`) shows "products newly at 3★ or more"
 * as many as the certificates the province issued in 2026, counted here from the certificates list.
 */
test('province drafts and approves a plan with two targets; progress counts the certificates issued', async ({
  browser,
}) => {
  const office = await demoPerson(browser, 'tinh.vpdp');
  const leader = await demoPerson(browser, 'tinh.lanhdao');
  const o = office.page;
  await o.goto('/app/plans');
  await o.getByRole('link', { name: 'Lập kế hoạch' }).click();
  const title = `Kế hoạch OCOP năm 2027 ${Date.now().toString(36)}`;
  await o.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(title);
  await o.getByRole('textbox', { name: 'Năm' }).fill('2027');
  for (const [indicator, value] of [
    ['Sản phẩm mới đạt 3 sao trở lên', '6'],
    ['Chủ thể được hỗ trợ', '3'],
  ] as const) {
    await o.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await o.getByRole('combobox', { name: 'Chỉ tiêu', exact: true }).last().click();
    await o.getByRole('option', { name: indicator, exact: true }).click();
    await o.getByRole('textbox', { name: 'Kế hoạch', exact: true }).last().fill(value);
  }
  await o.getByRole('button', { name: 'Lưu' }).click();
  await expect(o.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(o.getByText('Dự thảo', { exact: true })).toBeVisible();
  const planUrl = o.url().replace(/^https?:\/\/[^/]+/, '');

  // The draft's contents: one activity of the communication section with its agency, quarter and budget.
  await o.getByRole('button', { name: 'Thêm nội dung' }).click();
  await o.getByRole('button', { name: 'Thêm hoạt động' }).click();
  await o.getByRole('textbox', { name: 'Hoạt động' }).fill('Phóng sự OCOP trên đài truyền hình tỉnh');
  await o.getByRole('textbox', { name: 'Cơ quan chủ trì' }).fill('Văn phòng Điều phối nông thôn mới tỉnh');
  await o.getByRole('button', { name: 'Thêm nguồn kinh phí' }).click();
  await o.getByRole('textbox', { name: 'Dự toán (đồng)' }).fill('150.000.000');
  await o.getByRole('button', { name: 'Lưu nội dung kế hoạch' }).click();
  // Without a month or quarter nothing is saved, and the message stands on the field.
  await expect(o.getByRole('combobox', { name: 'Thời gian' })).toHaveAttribute('aria-invalid', 'true');
  await o.getByRole('combobox', { name: 'Thời gian' }).click();
  await o.getByRole('option', { name: 'Quý 3/2027' }).click();
  await Promise.all([
    o.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/plans/') && r.ok(),
    ),
    o.getByRole('button', { name: 'Lưu nội dung kế hoạch' }).click(),
  ]);
  await o.reload();
  await expect(o.getByRole('textbox', { name: 'Cơ quan chủ trì' })).toHaveValue(
    'Văn phòng Điều phối nông thôn mới tỉnh',
  );

  const l = leader.page;
  await l.goto(planUrl);
  await l.getByRole('textbox', { name: 'Số quyết định phê duyệt' }).fill('2027/QĐ-UBND');
  await l.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(l.getByText('Đã phê duyệt', { exact: true })).toBeVisible();
  await expect(l.getByText(/Phiên bản 1: 2027\/QĐ-UBND/)).toBeVisible();
  await expect(l.getByRole('row', { name: /Phóng sự OCOP trên đài truyền hình tỉnh/ })).toContainText(
    'Quý 3/2027',
  );
  await expect(l.getByRole('row', { name: /Sản phẩm mới đạt 3 sao trở lên/ }).first()).toContainText('6');

  const demo = JSON.parse(fs.readFileSync(E2E_DEMO_FILE, 'utf8')) as {
    plans: { id: string; unit: { name: string }; year: number }[];
  };
  const provincePlan = demo.plans[0]!;
  expect(provincePlan.year).toBe(2026);
  const certificates = await getJson<{
    items: { provinceName: string; issuedOn: string; stars: number; supersedesId: string | null }[];
  }>(office, '/api/v1/certificates');
  const issued = certificates.items.filter(
    (c) =>
      c.provinceName === provincePlan.unit.name &&
      c.issuedOn.startsWith('2026-') &&
      c.stars >= 3 &&
      c.supersedesId === null,
  ).length;
  expect(issued).toBeGreaterThan(0);
  await o.goto(`/app/plans/${provincePlan.id}`);
  await expect(o.getByTestId('actual-products_new_3_star_plus').first()).toHaveText(String(issued));
  await office.context.close();
  await leader.context.close();
});

/**
 * The commune sends an idea back with a reason; the producer opens it from the ideas page, reads
 * the reason, corrects it and submits it again, and the commune finds it awaiting review.
 */
test('commune asks for changes → producer reads the reason, edits the idea and submits it again', async ({
  browser,
}) => {
  const producer = await demoPerson(browser, 'chuthe1');
  const commune = await demoPerson(browser, 'xa1.canbo');
  const name = `Trà hoa sen ${Date.now().toString(36)}`;
  const p = producer.page;
  await p.goto('/app/ideas/new');
  await p.getByRole('combobox', { name: 'Chủ thể' }).click();
  await p.getByRole('option').first().click();
  await p.getByRole('textbox', { name: 'Tên sản phẩm dự kiến' }).fill(name);
  await p.getByRole('button', { name: 'Lưu' }).click();
  await expect(p.getByRole('row', { name: new RegExp(name) })).toContainText('Đã đăng ký, chờ xã xem xét');

  const c = commune.page;
  await c.goto('/app/ideas');
  await c
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button')
    .click();
  await c.getByRole('dialog').getByRole('textbox', { name: 'Lý do' }).fill('Bổ sung vùng nguyên liệu sen.');
  await c.getByRole('dialog').getByRole('button', { name: 'Đề nghị sửa đổi' }).click();
  await expect(c.getByRole('row', { name: new RegExp(name) })).toContainText('Xã đề nghị bổ sung, sửa đổi');

  await p.goto('/app/ideas');
  await p
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('link', { name: 'Sửa và gửi lại' })
    .click();
  await expect(p.getByRole('heading', { level: 1, name: `Sửa ý tưởng: ${name}` })).toBeVisible();
  await expect(p.getByText('Bổ sung vùng nguyên liệu sen.')).toBeVisible();
  await p.getByRole('textbox', { name: 'Vùng nguyên liệu', exact: true }).fill('Đầm sen thôn Đông, 3 ha');
  await p.getByRole('button', { name: 'Lưu và gửi lại cho xã' }).click();
  await expect(p.getByRole('row', { name: new RegExp(name) })).toContainText('Đã đăng ký, chờ xã xem xét');

  await c.reload();
  await c
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button')
    .click();
  await expect(c.getByRole('dialog')).toContainText('Đầm sen thôn Đông, 3 ha');
  await producer.context.close();
  await commune.context.close();
});

/**
 * The demo's business plan that the commune sent back (chuthe2, "Trà sen ướp bông"): the producer
 * reads the commune's reason in the edit box, adds the capacity and submits it again.
 */
test('producer corrects a business plan sent back by the commune and submits it again', async ({
  browser,
}) => {
  const producer = await demoPerson(browser, 'chuthe2');
  const p = producer.page;
  await p.goto('/app/ideas');
  const plans = p.getByRole('table', { name: 'Phương án / dự án sản xuất kinh doanh' });
  const row = plans.getByRole('row', { name: /Trà sen ướp bông/ });
  await expect(row).toContainText('Xã đề nghị bổ sung, sửa đổi');
  await row.getByRole('button', { name: 'Sửa và gửi lại' }).click();
  const dialog = p.getByRole('dialog');
  await expect(dialog).toContainText('Làm rõ công suất và thị trường tiêu thụ.');
  await dialog.getByRole('textbox', { name: 'Công suất một năm' }).fill('12,5');
  await dialog.getByRole('textbox', { name: 'Đơn vị công suất' }).fill('tấn');
  await dialog.getByRole('button', { name: 'Lưu và gửi lại cho xã' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Đã đăng ký, chờ xã xem xét');
  await producer.context.close();
});
