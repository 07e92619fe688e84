import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The provincial standing office (tinh.vpdp) sets up a council and a round on the screens of
 * /app/councils and /app/rounds: nine members (three with accounts), a composition problem that
 * the live check names in Vietnamese and that goes away once fixed; a round drawn from the pool
 * (filtered by product set) with a per-product assignment; opening with a meeting date too early
 * is refused with the working-day rule, then opened with a recorded reason. A council member
 * (tinh.hoidong1) then finds the product in their scoring list. A provincial administrator
 * (tinh.admin) keeps the province's days off on the holiday calendar screen. The office edits a
 * saved council on the same form (live check, advisory team) and a stale save is explained. People
 * sign in through the API.
 */
interface Person {
  context: BrowserContext;
  page: Page;
}

async function person(browser: Browser, username: string): Promise<Person> {
  const context = await browser.newContext();
  await signInThroughApi(context, username, demoAccount(username).password);
  return { context, page: await context.newPage() };
}

/** Today in Vietnam (the browser runs in Asia/Ho_Chi_Minh), as YYYY-MM-DD. */
function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

interface MemberPlan {
  account?: string;
  fullName?: string;
  role?: string;
  agency: string;
  position: string;
}

const POOL_PRODUCT = 'Đĩa gốm trang trí (demo: chờ đánh giá)';
const OFFICE_NAME = 'Cơ quan thường trực OCOP tỉnh';

const MEMBERS: readonly MemberPlan[] = [
  {
    account: 'Chủ tịch Hội đồng OCOP tỉnh (tinh.chutich)',
    agency: 'Ủy ban nhân dân',
    position: 'Phó Chủ tịch UBND Thành phố',
  },
  {
    account: 'Thành viên Hội đồng (Sở Y tế) (tinh.hoidong1)',
    agency: 'Sở Y tế',
    position: 'Phó Giám đốc Sở Y tế',
  },
  {
    account: 'Thành viên Hội đồng (Sở Công Thương) (tinh.hoidong2)',
    agency: 'Sở Công Thương',
    position: 'Phó Giám đốc Sở Công Thương',
  },
  {
    fullName: 'Trần Văn Nông',
    role: 'Phó Chủ tịch hội đồng',
    agency: 'Sở Nông nghiệp và Môi trường',
    position: 'Phó Giám đốc Sở',
  },
  // Entered with the wrong agency first: the check must name Science and Technology as missing.
  { fullName: 'Lê Thị Khoa', agency: 'Cơ quan khác', position: 'Phó Giám đốc Sở Khoa học và Công nghệ' },
  { fullName: 'Phạm Văn Văn', agency: 'Sở Văn hóa, Thể thao và Du lịch', position: 'Phó Giám đốc Sở' },
  { fullName: 'Ngô Thị Tài', agency: 'Cơ quan khác', position: 'Phó Giám đốc Sở Tài chính' },
  { fullName: 'Đỗ Văn Hội', agency: 'Cơ quan khác', position: 'Chủ tịch Hội Nông dân' },
  { fullName: 'Vũ Thị Phụ', agency: 'Cơ quan khác', position: 'Phó Chủ tịch Hội Phụ nữ' },
  {
    fullName: 'Hoàng Thư Ký',
    role: 'Thư ký',
    agency: 'Sở Nông nghiệp và Môi trường',
    position: 'Chi cục Phát triển nông thôn',
  },
];

test('standing office sets up a council and a round, opens it with an override; the member sees the product', async ({
  browser,
}) => {
  const office = await person(browser, 'tinh.vpdp');
  const { page } = office;
  const stamp = Date.now().toString(36);
  const councilName = `Hội đồng OCOP tỉnh nhiệm kỳ thử nghiệm ${stamp}`;

  // ── Council ────────────────────────────────────────────────────────────────
  await page.goto('/app/councils');
  await expect(page.getByRole('heading', { level: 1, name: 'Hội đồng đánh giá, phân hạng' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link', { name: 'Đợt đánh giá' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Lịch ngày nghỉ' })).toBeVisible();
  await page.getByRole('link', { name: 'Lập hội đồng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lập hội đồng đánh giá' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Tên hội đồng', exact: true }).fill(councilName);
  await page.getByRole('textbox', { name: 'Quyết định thành lập', exact: true }).fill(`${stamp}/QĐ-UBND`);

  for (const [index, plan] of MEMBERS.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    const member = page.getByRole('group', { name: `Thành viên ${index + 1}`, exact: true });
    if (plan.account) await choose(page, member, 'Tài khoản', plan.account);
    if (plan.fullName)
      await member.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill(plan.fullName);
    if (plan.role) await choose(page, member, 'Vai trò', plan.role);
    await choose(page, member, 'Cơ quan', plan.agency);
    await member.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill(plan.position);
  }
  // Choosing an account fills the member's name.
  await expect(
    page
      .getByRole('group', { name: 'Thành viên 2', exact: true })
      .getByRole('textbox', { name: 'Họ và tên', exact: true }),
  ).toHaveValue('Thành viên Hội đồng (Sở Y tế)');

  const check = page.getByTestId('composition-check');
  await expect(check).toContainText('Cơ cấu hội đồng chưa đạt');
  await expect(check).toContainText('Thiếu thành viên bắt buộc của Sở Khoa học và Công nghệ.');
  await expect(check).not.toContainText('thành viên, cần ít nhất');

  // The fix: the fifth member comes from the Department of Science and Technology.
  await choose(
    page,
    page.getByRole('group', { name: 'Thành viên 5', exact: true }),
    'Cơ quan',
    'Sở Khoa học và Công nghệ',
  );
  await expect(check).toContainText('Cơ cấu hội đồng đạt yêu cầu. 9 thành viên chấm điểm');
  await page.getByRole('button', { name: 'Lưu hội đồng' }).click();

  await expect(page.getByRole('heading', { level: 1, name: councilName })).toBeVisible();
  await expect(page.getByRole('row', { name: /Lê Thị Khoa/ })).toContainText('Sở Khoa học và Công nghệ');
  await expect(page.getByTestId('composition-check')).toContainText('Cơ cấu hội đồng đạt yêu cầu.');

  // ── Round from the pool ────────────────────────────────────────────────────
  await page.getByRole('link', { name: 'Lập đợt đánh giá' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lập đợt đánh giá' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Hội đồng', exact: true })).toHaveValue(councilName);
  const roundName = `Đợt đánh giá thử nghiệm ${stamp}`;
  await page.getByRole('textbox', { name: 'Tên đợt', exact: true }).fill(roundName);
  const today = todayInVietnam();
  await page.getByLabel(/^Ngày họp/).fill(today);

  await page.getByRole('combobox', { name: 'Lọc theo bộ sản phẩm', exact: true }).click();
  await page.getByRole('option', { name: /^Bộ 21 — / }).click();
  const select = page.getByRole('checkbox', { name: `Chọn ${POOL_PRODUCT}` });
  await expect(select).toBeVisible();
  await select.check();

  const assignment = page.getByRole('group', { name: `Phân công: ${POOL_PRODUCT}` });
  await expect(
    assignment.getByRole('checkbox', { name: 'Thành viên Hội đồng (Sở Y tế)', exact: true }),
  ).toBeChecked();
  await expect(
    assignment.getByRole('checkbox', { name: 'Trần Văn Nông (chấm trên giấy)', exact: true }),
  ).not.toBeChecked();
  await assignment.getByRole('checkbox', { name: 'Chủ tịch Hội đồng OCOP tỉnh', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click();

  await expect(page.getByRole('heading', { level: 1, name: roundName })).toBeVisible();
  await expect(page.getByTestId('round-status')).toHaveText('Đang chuẩn bị');
  const agendaRow = page.getByRole('row', { name: new RegExp(POOL_PRODUCT.replace(/[()]/g, '\\$&')) });
  // The names follow the council's own order, whichever department comes first there.
  await expect(agendaRow).toContainText('Thành viên Hội đồng (Sở Y tế)');
  await expect(agendaRow).toContainText('Thành viên Hội đồng (Sở Công Thương)');
  await expect(agendaRow).not.toContainText('Chủ tịch Hội đồng OCOP tỉnh');

  // ── Open: too early → refused with the rule; then an audited override ──────
  await expect(page.getByTestId('open-rule')).toContainText(
    'không tính thứ Bảy, Chủ nhật và các ngày trong lịch ngày nghỉ',
  );
  await expect(page.getByLabel('Ngày gửi hồ sơ đến thành viên')).toHaveValue(today);
  await page.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Chưa mở được đợt đánh giá' });
  await expect(refusal).toContainText('quá sớm: hồ sơ phải gửi trước ít nhất 1 ngày làm việc');
  await expect(page.getByTestId('round-status')).toHaveText('Đang chuẩn bị');

  await page.getByRole('button', { name: 'Mở đợt với lý do đã ghi' }).click();
  await expect(page.getByText('Hãy ghi lý do (ít nhất 5 ký tự).')).toBeVisible();
  const reason = 'Họp gấp theo chỉ đạo của UBND tỉnh';
  await page.getByRole('textbox', { name: 'Lý do vẫn mở đợt' }).fill(reason);
  await page.getByRole('button', { name: 'Mở đợt với lý do đã ghi' }).click();
  await expect(page.getByTestId('round-status')).toHaveText('Đang chấm');
  await expect(page.getByTestId('override-recorded')).toContainText(
    `Mở khi chưa đạt điều kiện (ngày họp): ${reason} — ${OFFICE_NAME}`,
  );

  // ── The member sees the product in their scoring list ──────────────────────
  const member = await person(browser, 'tinh.hoidong1');
  await member.page.goto('/app/evaluation');
  await expect(member.page.getByRole('heading', { level: 1, name: 'Phiếu chấm điểm' })).toBeVisible();
  await expect(member.page.getByRole('link', { name: `Chấm điểm: ${POOL_PRODUCT}` })).toBeVisible();
  await expect(member.page.getByRole('row', { name: new RegExp(roundName) })).toBeVisible();

  // ── The holiday calendar the working-day rule reads ────────────────────────
  await page.goto('/app/holidays');
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch ngày nghỉ' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Năm', exact: true }).click();
  await page.getByRole('option', { name: '2026', exact: true }).click();
  await expect(page.getByRole('row', { name: /17\/02\/2026/ })).toContainText('Tết Nguyên đán (mùng 1)');

  await office.context.close();
  await member.context.close();
});

test('a provincial administrator adds a day off of the province to the calendar and removes it', async ({
  browser,
}) => {
  const admin = await person(browser, 'tinh.admin');
  const { page } = admin;
  await page.goto('/app/holidays');
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch ngày nghỉ' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Năm', exact: true }).click();
  await page.getByRole('option', { name: '2026', exact: true }).click();
  const tet = page.getByRole('row', { name: /17\/02\/2026/ });
  await expect(tet).toContainText('Theo Bộ luật Lao động');
  // National days belong to the nation's administrators: no delete button here.
  await expect(tet.getByRole('button')).toHaveCount(0);

  const name = `Ngày nghỉ riêng của tỉnh (thử nghiệm ${Date.now().toString(36)})`;
  await page.getByRole('textbox', { name: 'Ngày', exact: true }).fill('2026-10-12');
  await page.getByRole('textbox', { name: 'Tên ngày nghỉ', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
  const added = page.getByRole('row', { name: /12\/10\/2026/ });
  await expect(added).toContainText(name);
  await expect(added).toContainText('Bổ sung');

  // The same day twice: the date field says why.
  await page.getByRole('textbox', { name: 'Ngày', exact: true }).fill('2026-10-12');
  await page.getByRole('textbox', { name: 'Tên ngày nghỉ', exact: true }).fill('Lần hai');
  await page.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
  await expect(page.getByText('Ngày này đã có trong lịch')).toBeVisible();

  await added.getByRole('button', { name: 'Xóa ngày 12/10/2026' }).click();
  const confirm = page.getByRole('dialog', { name: /^Xóa ngày nghỉ 12\/10\/2026/ });
  await expect(confirm).toContainText('hạn xử lý hồ sơ tính từ nay theo lịch mới');
  await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByRole('row', { name: /12\/10\/2026/ })).toHaveCount(0);
  await admin.context.close();
});

test('the standing office edits a council: members, advisory team, live check; a stale save is explained', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const { csrfToken, grants } = await signInThroughApi(
    context,
    'tinh.vpdp',
    demoAccount('tinh.vpdp').password,
  );
  const page = await context.newPage();
  const stamp = Date.now().toString(36);
  const province = grants.find((g) => g.role === 'standing_office')!.unitId;
  const agencies = [
    'peoples-committee',
    'agriculture-and-environment',
    'science-and-technology',
    'industry-and-trade',
    'health',
    'culture-sports-tourism',
    'other',
    'other',
    'other',
  ];
  const created = await context.request.post('/api/v1/councils', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      unitId: province,
      name: `Hội đồng cần sửa ${stamp}`,
      termFrom: '2026-01-01',
      members: agencies.map((agency, index) => ({
        fullName: `Thành viên số ${index + 1}`,
        agency,
        position: 'Phó Giám đốc',
        role: index === 0 ? 'chair' : 'member',
      })),
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const councilId = ((await created.json()) as { id: string }).id;

  await page.goto(`/app/councils/${councilId}`);
  await page.getByRole('link', { name: 'Sửa hội đồng' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Sửa hội đồng: Hội đồng cần sửa ${stamp}` }),
  ).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Tên hội đồng', exact: true });
  await expect(name).toHaveValue(`Hội đồng cần sửa ${stamp}`);
  await expect(
    page
      .getByRole('group', { name: 'Thành viên 3', exact: true })
      .getByRole('textbox', { name: 'Họ và tên', exact: true }),
  ).toHaveValue('Thành viên số 3');
  const check = page.getByTestId('composition-check');
  await expect(check).toContainText('Cơ cấu hội đồng đạt yêu cầu. 9 thành viên chấm điểm');

  // Member 3 moves to another agency: the live check names the missing mandatory agency.
  await choose(page, page.getByRole('group', { name: 'Thành viên 3', exact: true }), 'Cơ quan', 'Sở Y tế');
  await expect(check).toContainText('Thiếu thành viên bắt buộc của Sở Khoa học và Công nghệ.');
  await choose(
    page,
    page.getByRole('group', { name: 'Thành viên 3', exact: true }),
    'Cơ quan',
    'Sở Khoa học và Công nghệ',
  );
  await expect(check).toContainText('Cơ cấu hội đồng đạt yêu cầu.');

  await name.fill(`Hội đồng đã sửa ${stamp}`);
  await page.getByRole('button', { name: 'Bỏ thành viên 9' }).click();
  await expect(check).toContainText('Hội đồng có 8 thành viên, cần ít nhất 9.');
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const added = page.getByRole('group', { name: 'Thành viên 9', exact: true });
  await added.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Văn Mới');
  await choose(page, added, 'Cơ quan', 'Sở Công Thương');
  await added.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Trưởng phòng');
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const advisor = page.getByRole('group', { name: 'Thành viên 10', exact: true });
  await advisor.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Trần Thị Tư Vấn');
  await choose(page, advisor, 'Vai trò', 'Tổ tư vấn / giúp việc');
  await choose(page, advisor, 'Cơ quan', 'Sở Nông nghiệp và Môi trường');
  await advisor.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Chuyên viên');
  await expect(check).toContainText('Cơ cấu hội đồng đạt yêu cầu. 9 thành viên chấm điểm');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Hội đồng đã sửa ${stamp}` })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nguyễn Văn Mới/ })).toContainText('Sở Công Thương');
  await expect(page.getByRole('row', { name: /Trần Thị Tư Vấn/ })).toContainText('Tổ tư vấn / giúp việc');
  await expect(page.getByRole('row', { name: /Thành viên số 9/ })).toHaveCount(0);
  await expect(page.getByTestId('former-members')).toContainText(
    'Đã rời hội đồng (vẫn có tên trong các đợt đã chấm): Thành viên số 9',
  );

  // Someone else saves the council while it is being edited: the stale save is refused clearly.
  await page.getByRole('link', { name: 'Sửa hội đồng' }).click();
  await expect(name).toHaveValue(`Hội đồng đã sửa ${stamp}`);
  const current = (await (await context.request.get(`/api/v1/councils/${councilId}`)).json()) as {
    version: number;
    termFrom: string;
    members: object[];
  };
  const concurrent = await context.request.patch(`/api/v1/councils/${councilId}`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      name: `Tên do người khác lưu ${stamp}`,
      termFrom: current.termFrom,
      version: current.version,
      members: current.members,
    },
  });
  expect(concurrent.status(), await concurrent.text()).toBe(200);
  await name.fill(`Tên của tôi ${stamp}`);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Dữ liệu đã bị người khác thay đổi' }),
  ).toContainText('Hội đồng này vừa được người khác lưu');
  await page.getByRole('button', { name: 'Tải lại trang' }).click();
  await expect(name).toHaveValue(`Tên do người khác lưu ${stamp}`);
  await context.close();
});

test('a provincial administrator records a Saturday worked in lieu, shown with its own badge', async ({
  browser,
}) => {
  const admin = await person(browser, 'tinh.admin');
  const { page } = admin;
  await page.goto('/app/holidays');
  await page.getByRole('combobox', { name: 'Năm', exact: true }).click();
  await page.getByRole('option', { name: '2026', exact: true }).click();
  await expect(page.getByRole('row', { name: /17\/02\/2026/ })).toContainText('Ngày nghỉ');

  await page.getByRole('combobox', { name: 'Loại ngày', exact: true }).click();
  await page.getByRole('option', { name: 'Ngày làm việc bù', exact: true }).click();
  // A plain Tuesday is already a working day: the date field says so and nothing is added.
  await page.getByRole('textbox', { name: 'Ngày', exact: true }).fill('2026-10-20');
  await page.getByRole('textbox', { name: 'Tên ngày làm việc bù', exact: true }).fill('Làm bù thử nghiệm');
  await page.getByRole('button', { name: 'Thêm ngày làm việc bù' }).click();
  await expect(page.getByText('Ngày này đã là ngày làm việc')).toBeVisible();
  await expect(page.getByRole('row', { name: /20\/10\/2026/ })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Ngày', exact: true }).fill('2026-10-24');
  await page.getByRole('button', { name: 'Thêm ngày làm việc bù' }).click();
  const added = page.getByRole('row', { name: /24\/10\/2026/ });
  await expect(added.getByTestId('day-kind')).toHaveText('Ngày làm việc bù');

  await added.getByRole('button', { name: 'Xóa ngày 24/10/2026' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByRole('row', { name: /24\/10\/2026/ })).toHaveCount(0);
  await admin.context.close();
});
