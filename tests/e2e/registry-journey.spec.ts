import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccount, signInThroughApi, signInThroughLoginPage } from './support/demo';

/**
 * The registry screens in Chromium: a commune officer (xa1.canbo) records a producer and its
 * product with a story and a point of sale; the producer chuthe1 uploads a PDF into its evidence
 * library and sees it listed with its validity; a new producer registers itself on /app/register,
 * opens the confirmation link e-mailed to it (read from the outbox, as an administrator does when no
 * SMTP server is configured) and signs in.
 */
const MINI_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A GTIN-13 with its correct check digit, from 12 digits. */
function gtin13(first12: string): string {
  const sum = [...first12].reduce(
    (total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3),
    0,
  );
  return `${first12}${(10 - (sum % 10)) % 10}`;
}

/** Ten digits, unique to this run (registration numbers must be unique). */
function uniqueDigits(): string {
  return String(Date.now()).slice(-10).padStart(10, '0');
}

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  return (await signedIn(browser, username)).page;
}

async function signedIn(browser: Browser, username: string): Promise<{ page: Page; csrf: string }> {
  const context = await browser.newContext();
  const { csrfToken } = await signInThroughApi(context, username, demoAccount(username).password);
  return { page: await context.newPage(), csrf: csrfToken };
}

async function chooseOption(page: Page, combobox: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function chooseCommune(page: Page, communeName: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Xã/phường', exact: true }).fill(communeName);
  await page
    .getByRole('option', { name: new RegExp(`^${communeName}(,|$)`) })
    .first()
    .click();
}

/** Fills the producer profile fields (create form or the producer part of self-registration). */
async function fillProducerProfile(
  page: Page,
  producer: { name: string; registrationNumber: string; commune: string },
): Promise<void> {
  await chooseOption(page, 'Loại hình chủ thể', 'Hợp tác xã');
  await page.getByRole('textbox', { name: 'Tên chủ thể', exact: true }).fill(producer.name);
  await page.getByRole('textbox', { name: 'Mã số đăng ký', exact: true }).fill(producer.registrationNumber);
  await chooseCommune(page, producer.commune);
  await page.getByRole('textbox', { name: 'Địa chỉ (thôn, số nhà…)', exact: true }).fill('Thôn Đông, số 12');
  await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Thị Hoa');
  await page.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Giám đốc');
  await chooseOption(page, 'Giới tính', 'Nữ');
}

test('a commune officer records a producer and a product on the screens', async ({ browser }) => {
  const { page, csrf } = await signedIn(browser, 'xa1.canbo');
  const commune = demoAccount('xa1.canbo').unit.name;
  const stamp = uniqueDigits();
  const producerName = `HTX Nông sản sạch ${stamp}`;

  await page.goto('/app/');
  await page.getByRole('navigation').getByRole('link', { name: 'Chủ thể OCOP' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chủ thể OCOP' })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm chủ thể' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm chủ thể OCOP' })).toBeVisible();

  // A registration number of the wrong format is refused on the field that holds it.
  await fillProducerProfile(page, { name: producerName, registrationNumber: '12AB', commune });
  await page.getByRole('button', { name: 'Tạo chủ thể' }).click();
  const numberBox = page.getByRole('textbox', { name: 'Mã số đăng ký', exact: true });
  await expect(numberBox).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Số đăng ký không đúng định dạng/)).toBeVisible();
  await numberBox.fill(stamp);
  await page.getByRole('button', { name: 'Tạo chủ thể' }).click();

  await expect(page.getByRole('heading', { level: 1, name: producerName })).toBeVisible();
  await expect(page.getByText('Hợp tác xã', { exact: true })).toBeVisible();
  await expect(page.getByText('Nguyễn Thị Hoa')).toBeVisible();
  await expect(page.getByText('Chưa có sản phẩm nào.')).toBeVisible();

  // The product: product set from the taxonomy, GTIN check digit, story and a point of sale.
  await page.getByRole('link', { name: 'Thêm sản phẩm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm sản phẩm' })).toBeVisible();
  const productName = `Miến dong ${stamp}`;
  await page.getByRole('textbox', { name: 'Tên sản phẩm', exact: true }).fill(productName);
  await page.getByRole('combobox', { name: 'Bộ sản phẩm', exact: true }).click();
  await page.getByRole('option', { name: /^1\. / }).first().click();
  const goodGtin = gtin13(`893${stamp.slice(1)}`);
  const badGtin = `${goodGtin.slice(0, 12)}${(Number(goodGtin.slice(12)) + 1) % 10}`;
  await page.getByRole('textbox', { name: 'Mã GTIN (mã vạch)', exact: true }).fill(badGtin);
  await page.getByRole('textbox', { name: 'Quy cách đóng gói', exact: true }).fill('Túi 500 g');
  await page
    .getByRole('textbox', { name: 'Câu chuyện', exact: true })
    .fill('Miến làm từ củ dong riềng trồng trên đồi của xã, phơi nắng tự nhiên.');
  await page.getByRole('button', { name: 'Thêm điểm bán' }).click();
  await page.getByRole('textbox', { name: 'Tên điểm bán 1', exact: true }).fill('Cửa hàng OCOP xã');
  await page
    .getByRole('textbox', { name: 'Trang bán hàng trực tuyến', exact: true })
    .fill('https://cho.example.vn/mien-dong');
  await page.getByRole('button', { name: 'Tạo sản phẩm' }).click();
  const gtinBox = page.getByRole('textbox', { name: 'Mã GTIN (mã vạch)', exact: true });
  await expect(gtinBox).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/số kiểm tra/i)).toBeVisible();
  await gtinBox.fill(goodGtin);
  await page.getByRole('button', { name: 'Tạo sản phẩm' }).click();

  await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
  await expect(page.getByTestId('product-status')).toHaveText('Đã đăng ký');
  await expect(page.getByText(goodGtin)).toBeVisible();
  await expect(
    page.getByText('Miến làm từ củ dong riềng trồng trên đồi của xã, phơi nắng tự nhiên.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://cho.example.vn/mien-dong' })).toBeVisible();

  // A photo of the product, shown as a thumbnail.
  const photos = page.getByRole('form', { name: 'Tải ảnh sản phẩm' });
  await photos.getByRole('textbox', { name: 'Chú thích ảnh', exact: true }).fill('Miến dong phơi nắng');
  await photos
    .locator('input[type="file"]')
    .setInputFiles({ name: 'mien.png', mimeType: 'image/png', buffer: TINY_PNG });
  await photos.getByRole('button', { name: 'Tải ảnh lên' }).click();
  const thumbnail = page.getByRole('img', { name: 'Miến dong phơi nắng' });
  await expect(thumbnail).toBeVisible();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.getByText('Chưa có ảnh nào.')).toHaveCount(0);

  // Back on the producer, the product is listed with its status.
  await page.getByRole('link', { name: producerName }).click();
  const productRow = page.getByRole('row').filter({ hasText: productName });
  await expect(productRow.getByText('Đã đăng ký')).toBeVisible();

  // Someone else saves the producer while the officer edits it: the stale save is refused clearly.
  const producerId = /\/producers\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  await page.getByRole('link', { name: 'Sửa thông tin' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Sửa thông tin chủ thể: ${producerName}` }),
  ).toBeVisible();
  const current = (await (await page.request.get(`/api/v1/producers/${producerId}`)).json()) as {
    version: number;
  };
  const concurrent = await page.request.patch(`/api/v1/producers/${producerId}`, {
    headers: { 'x-csrf-token': csrf },
    data: { version: current.version, address: 'Thôn Tây, số 3' },
  });
  expect(concurrent.status(), await concurrent.text()).toBe(200);
  await page.getByRole('textbox', { name: 'Địa chỉ (thôn, số nhà…)', exact: true }).fill('Thôn Đông, số 14');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Dữ liệu đã bị người khác thay đổi' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Tải lại trang' }).click();
  await expect(page.getByRole('textbox', { name: 'Địa chỉ (thôn, số nhà…)', exact: true })).toHaveValue(
    'Thôn Tây, số 3',
  );
});

test('the producer uploads a PDF into its evidence library and sees its validity', async ({ browser }) => {
  const page = await signedInPage(browser, 'chuthe1');
  await page.goto('/app/');
  await page.getByRole('navigation').getByRole('link', { name: 'Chủ thể OCOP' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chủ thể OCOP' })).toBeVisible();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Thư viện minh chứng' })).toBeVisible();

  const title = `Giấy chứng nhận ATTP ${uniqueDigits()}`;
  const validUntil = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const form = page.getByRole('form', { name: 'Tải lên minh chứng' });
  await expect(form.getByText(/Dung lượng tối đa 20 MB/)).toBeVisible();
  await form.getByRole('combobox', { name: 'Loại giấy tờ', exact: true }).click();
  await page.getByRole('option', { name: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm' }).click();
  await form.getByRole('textbox', { name: 'Tên giấy tờ', exact: true }).fill(title);
  await form.getByRole('textbox', { name: 'Cơ quan cấp', exact: true }).fill('Sở Y tế');
  await form.getByLabel('Có hiệu lực đến').fill(validUntil);

  // A file the API does not accept is refused with its reason.
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải PDF') });
  await form.getByRole('button', { name: 'Tải lên' }).click();
  await expect(form.getByRole('alert')).toContainText('Không tải lên được');

  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: 'giay-chung-nhan-attp.pdf', mimeType: 'application/pdf', buffer: MINI_PDF });
  await form.getByRole('button', { name: 'Tải lên' }).click();

  const row = page.getByTestId('evidence-table').getByRole('row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByText('Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm')).toBeVisible();
  await expect(row.getByText('Sắp hết hạn')).toBeVisible();
  const [year, month, day] = validUntil.split('-');
  await expect(row.getByText(`đến ${day}/${month}/${year}`)).toBeVisible();
  await expect(row.getByRole('link', { name: `Tải xuống ${title}` })).toHaveAttribute(
    'href',
    /\/api\/v1\/evidence\/.+\/file$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'sắp hết hạn' })).toBeVisible();

  // Searching without diacritics finds it; the search stays in the address bar across a reload.
  const digits = title.split(' ').at(-1)!;
  const filters = page.getByRole('search', { name: 'Lọc minh chứng' });
  await filters
    .getByRole('searchbox', { name: 'Tìm theo tên tài liệu hoặc cơ quan cấp' })
    .fill(`giay chung nhan attp ${digits}`);
  await expect(page).toHaveURL(/evidenceQ=giay/);
  await expect(page.getByTestId('evidence-table').getByRole('row')).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('evidence-table').getByRole('row').filter({ hasText: title })).toBeVisible();
  await expect(page.getByText('1 tài liệu')).toBeVisible();
});

test('a producer registers itself, confirms from the e-mailed link and signs in', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const stamp = uniqueDigits();
  const username = `htx${stamp}`;
  const email = `htx${stamp}@example.vn`;
  const password = 'Dang-ky-2026!';

  await page.goto('/app/login');
  await page.getByRole('link', { name: 'Đăng ký chủ thể' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký chủ thể OCOP' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Họ tên người đăng ký', exact: true }).fill('Trần Văn Bình');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await fillProducerProfile(page, {
    name: `HTX Chè ${stamp}`,
    registrationNumber: stamp,
    commune: demoAccount('xa2.canbo').unit.name,
  });
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hãy kiểm tra e-mail' })).toBeVisible();
  await expect(
    page.getByText(`Chúng tôi đã gửi liên kết xác nhận đến ${email}.`, { exact: false }),
  ).toBeVisible();

  // Without SMTP, the administrator reads the outbox and passes the link on.
  const admin = await browser.newContext();
  await signInThroughApi(admin, 'admin', demoAccount('admin').password);
  const outbox = await admin.request.get(`/api/v1/mail/outbox?recipient=${encodeURIComponent(email)}`);
  expect(outbox.status(), await outbox.text()).toBe(200);
  const mail = ((await outbox.json()) as { items: { textBody: string }[] }).items[0];
  const link = /https?:\/\/\S+\/app\/confirm-registration\?token=\S+/.exec(mail?.textBody ?? '')?.[0];
  expect(link, mail?.textBody).toBeTruthy();

  await page.goto(new URL(link ?? '').pathname + new URL(link ?? '').search);
  await expect(page.getByRole('heading', { level: 1, name: 'Xác nhận đăng ký' })).toBeVisible();
  await expect(
    page.getByText(`Tài khoản "${username}" và hồ sơ chủ thể đã được kích hoạt.`, { exact: false }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Đăng nhập' }).click();
  await signInThroughLoginPage(page, username, password);
  await page.getByRole('navigation').getByRole('link', { name: 'Chủ thể OCOP' }).click();
  await expect(page.getByRole('link', { name: `HTX Chè ${stamp}` })).toBeVisible();
});

test('the provincial standing office imports producers from CSV: dry run, then progress and counts', async ({
  browser,
}) => {
  const page = await signedInPage(browser, 'tinh.vpdp');
  const commune = demoAccount('xa1.canbo').unit;
  const number = uniqueDigits();
  const csv = [
    'Loại hình chủ thể,Tên chủ thể,Mã số đăng ký,Mã xã,Địa chỉ,Người đại diện,Chức vụ,Giới tính,Tên sản phẩm,Bộ sản phẩm',
    `HTX,HTX Mật ong ${number},${number},${commune.code},Thôn Bắc,Lê Văn Nam,Giám đốc,Nam,Mật ong rừng ${number},1`,
    `HTX,HTX Sai số,12AB,${commune.code},Thôn Nam,Lê Thị Lan,Giám đốc,Nữ,,`,
  ].join('\n');

  await page.goto('/app/producers');
  await page.getByRole('link', { name: 'Nhập từ Excel/CSV' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Nhập chủ thể và sản phẩm từ tệp' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập dữ liệu' })).toBeDisabled();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'chu-the.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Chạy thử (kiểm tra)' }).click();

  const report = page.getByRole('region', { name: 'Kết quả chạy thử: chu-the.csv' });
  await expect(report.getByText('Dòng hợp lệ').locator('..')).toContainText('1');
  await expect(report.getByText('Dòng lỗi').locator('..')).toContainText('1');
  const problem = page.getByTestId('import-problems').getByRole('row').filter({ hasText: 'Số đăng ký' });
  await expect(problem.getByRole('cell').first()).toHaveText('3');

  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  const done = page.getByRole('status').filter({ hasText: 'Đã nhập xong' });
  await expect(done).toBeVisible();
  await expect(done).toContainText('1 chủ thể được tạo');
  await expect(done).toContainText('1 sản phẩm được tạo');
  await expect(done).toContainText('1 dòng lỗi bị bỏ qua');
  await expect(page.getByText(/Đã xử lý 2 \/ 2 dòng/)).toBeVisible();
});

test('the producer adds an account for a colleague, sees it listed, then removes it', async ({ browser }) => {
  const page = await signedInPage(browser, 'chuthe1');
  const username = `ketoan.${uniqueDigits()}`;
  await page.goto('/app/producers');
  await page.getByRole('table').getByRole('link').first().click();
  const section = page.getByRole('region', { name: 'Tài khoản của chủ thể' });
  await expect(section.getByRole('row').filter({ hasText: 'chuthe1' })).toContainText('Đang hoạt động');

  const form = section.getByRole('form', { name: 'Thêm tài khoản cho chủ thể' });
  await form.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Trần Thị Kế Toán');
  await form.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill('xa1.canbo');
  await form.getByRole('textbox', { name: 'E-mail', exact: true }).fill(`${username}@example.vn`);
  await form.getByLabel('Mật khẩu ban đầu').fill('mat-khau-ke-toan-2026');
  await form.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const usernameBox = form.getByRole('textbox', { name: 'Tên đăng nhập', exact: true });
  await expect(usernameBox).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Đã được sử dụng', { exact: true })).toBeVisible();
  await expect(section.getByRole('row').filter({ hasText: 'xa1.canbo' })).toHaveCount(0);

  await usernameBox.fill(username);
  await form.getByRole('button', { name: 'Thêm tài khoản' }).click();
  await expect(form.getByRole('status')).toContainText(`Đã tạo tài khoản ${username}`);
  const row = section.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText(`${username}@example.vn`);
  await expect(row).toContainText('Đang hoạt động');

  await row.getByRole('button', { name: `Gỡ tài khoản ${username}` }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(`Gỡ tài khoản Trần Thị Kế Toán (${username}) khỏi chủ thể?`);
  await confirm.getByRole('button', { name: 'Gỡ tài khoản' }).click();
  await expect(section.getByRole('row').filter({ hasText: username })).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Gỡ tài khoản chuthe1' })).toHaveCount(0);
});

test('the provincial standing office changes a dossier deadline from a date on', async ({ browser }) => {
  const page = await signedInPage(browser, 'tinh.vpdp');
  await page.goto('/app/');
  await page.getByRole('navigation').getByRole('link', { name: 'Số ngày làm việc' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Số ngày làm việc xử lý hồ sơ' })).toBeVisible();
  await expect(
    page.getByText('Mỗi nhiệm vụ giữ quy định có hiệu lực vào ngày nhiệm vụ bắt đầu'),
  ).toBeVisible();
  const inForce = page.getByRole('table', { name: 'Số ngày làm việc đang áp dụng' });
  await expect(inForce.getByRole('row').filter({ hasText: 'Cần kiểm tra' })).toContainText('5 ngày làm việc');

  const form = page.getByRole('region', { name: 'Đặt số ngày làm việc mới' });
  await form.getByRole('button', { name: 'Lưu quy định' }).click();
  await expect(form.getByText('Hãy nhập số ngày cho ít nhất một nhiệm vụ.')).toBeVisible();
  const toCheck = form.getByRole('textbox', { name: 'Cần kiểm tra', exact: true });
  await toCheck.fill('0');
  await form.getByRole('button', { name: 'Lưu quy định' }).click();
  await expect(toCheck).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Nhập số nguyên từ 1 đến 90')).toBeVisible();

  await toCheck.fill('4');
  await form.getByRole('button', { name: 'Lưu quy định' }).click();
  await expect(form.getByRole('status')).toContainText('Đã lưu quy định áp dụng từ ngày');
  await expect(inForce.getByRole('row').filter({ hasText: 'Cần kiểm tra' })).toContainText('4 ngày làm việc');

  // A second rule from the same day is refused on the date field.
  await toCheck.fill('6');
  await form.getByRole('button', { name: 'Lưu quy định' }).click();
  await expect(form.getByLabel('Áp dụng từ ngày')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Đã có quy định từ ngày này')).toBeVisible();
  await expect(inForce.getByRole('row').filter({ hasText: 'Cần kiểm tra' })).toContainText('4 ngày làm việc');
});

test('the products list filters by product set, and the filter stays in the address bar', async ({
  browser,
}) => {
  const page = await signedInPage(browser, 'tinh.vpdp');
  await page.goto('/app/');
  await page.getByRole('navigation').getByRole('link', { name: 'Sản phẩm', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: 'Mứt gừng dẻo' })).toBeVisible();

  await chooseOption(page, 'Bộ sản phẩm', /^11\. /);
  await expect(page).toHaveURL(/[?&]productSet=11\b/);
  await expect(table.getByRole('row').filter({ hasText: 'Trà xanh búp' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Mứt gừng dẻo' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Bộ sản phẩm', exact: true })).toHaveValue(/^11\. /);
  await expect(table.getByRole('row').filter({ hasText: 'Trà xanh búp' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Mứt gừng dẻo' })).toHaveCount(0);
});
