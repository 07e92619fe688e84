import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { sampleChoicesForTotal } from '../../src/domain/evaluation/sample-choices';
import { demoPerson, getJson, type DemoPerson } from './support/demo';

/**
 * Council journey on the demo round in progress (tinh.hoidong1 already scored 72), through the
 * screens: tinh.hoidong2 scores 70 and the chair 60 on the "Phiếu chấm điểm" form (autosaved
 * drafts, submit with confirmation); in the chair's view scoring is closed, adoption is refused by
 * the 10-point rule, the chair asks himself to re-score, gives 66, closes and adopts; the standing
 * office drafts the decision and the leader approves it on the decisions screen and downloads the
 * certificates. The producer's certificate PDF is rendered, its QR code decoded with zbarimg, and
 * the decoded URL opens the public page showing "còn hiệu lực".
 *
 * People sign in through the API (their browser context keeps the cookie); the rest is in Chromium.
 */
type Person = DemoPerson;
const person = demoPerson;

const CHAIR_NAME = 'Chủ tịch Hội đồng OCOP tỉnh';
const PRODUCT = 'Bộ ấm chén men lam Bát Tràng';

/**
 * The chair's close/adopt asks first, stating what cannot be undone and who is told; before the
 * meeting date it also asks why.
 */
const CHAIR_ACTIONS = {
  'Đóng chấm điểm': {
    title: 'Đóng chấm điểm đợt này?',
    consequence: 'Phiếu còn ở dạng nháp sẽ không được tính và thành viên không nộp thêm phiếu được nữa',
  },
  'Thông qua kết quả': {
    title: 'Thông qua kết quả đợt này?',
    consequence: 'Điểm và số sao của từng sản phẩm được ghi lại và không sửa được nữa',
  },
} as const;

/** Opens the chair's dialog for `name`, checks what it says, gives a reason when asked and confirms. */
async function openChairAction(page: Page, name: keyof typeof CHAIR_ACTIONS) {
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name: CHAIR_ACTIONS[name].title });
  await expect(dialog).toContainText(CHAIR_ACTIONS[name].consequence);
  await expect(dialog).toContainText(/cơ quan thường trực/i);
  const reason = dialog.getByRole('textbox', { name: 'Lý do làm trước ngày họp' });
  if ((await reason.count()) > 0) await reason.fill('Hội đồng họp sớm hơn lịch đã định');
  await dialog.getByRole('button', { name }).click();
  return dialog;
}

async function confirmChairAction(page: Page, name: keyof typeof CHAIR_ACTIONS) {
  await expect(await openChairAction(page, name)).toBeHidden();
}

/** Ticks, on the scoring form, the options that add up to `target` (clearing the others). */
async function fillSheet(page: Page, rubricVersionId: string, productSet: number, target: number) {
  const { choices, total } = sampleChoicesForTotal(getRubricSheet(rubricVersionId, productSet), target);
  for (const [code, option] of Object.entries(choices)) {
    const group = page.getByRole('radiogroup', { name: new RegExp(`^${code.replace(/\./g, '\\.')} — `) });
    const radio = option === 0 ? group.getByRole('radio').last() : group.getByRole('radio').nth(option - 1);
    if (!(await radio.isChecked())) await radio.check();
  }
  await expect(page.getByTestId('sheet-total')).toContainText(`Tổng: ${total} /`);
  return total;
}

/** Opens the member's work list, the product's sheet, scores `target` and submits. */
async function scoreThroughScreen(
  p: Person,
  item: { rubricVersionId: string; productSet: number },
  target: number,
) {
  const { page } = p;
  await page.goto('/app/evaluation');
  await expect(page.getByRole('heading', { level: 1, name: 'Phiếu chấm điểm' })).toBeVisible();
  await page.getByRole('link', { name: `Chấm điểm: ${PRODUCT}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phiếu chấm điểm — ${PRODUCT}`);
  // Star flags read as labelled badges, explained on hover (and to screen readers).
  const flag = page.getByTestId('flag-badge').first();
  await expect(flag).toContainText(/^Bắt buộc để đạt [345] sao/);
  await expect(flag).toHaveAccessibleDescription(/^Tiêu chí bắt buộc/);
  await flag.hover();
  await expect(page.getByRole('tooltip')).toContainText('Tiêu chí bắt buộc');
  // "Cấp huyện" after the reform: the reading is shown next to the criteria that speak of it.
  await expect(page.getByTestId('district-reading').first()).toContainText('Cấp huyện được hiểu là: địa bàn');
  const total = await fillSheet(page, item.rubricVersionId, item.productSet, target);
  // The draft is autosaved (debounced) before anything is submitted.
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.getByRole('button', { name: 'Nộp phiếu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nộp phiếu chấm điểm?' });
  await expect(dialog).toContainText(`Tổng điểm: ${total}`);
  await dialog.getByRole('button', { name: 'Nộp phiếu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Phiếu đã khóa' })).toContainText(
    `tổng ${total} điểm`,
  );
  return total;
}

test('three members score, one re-scores, the chair adopts, the leader approves, the QR verifies', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const chair = await person(browser, 'tinh.chutich');
  const member2 = await person(browser, 'tinh.hoidong2');
  const office = await person(browser, 'tinh.vpdp');
  const leader = await person(browser, 'tinh.lanhdao');
  const producer = await person(browser, 'chuthe1');

  // The demo's open round is the one scoring PRODUCT (other journeys may have opened rounds too).
  const rounds = await getJson<{ items: { id: string; status: string }[] }>(chair, '/api/v1/rounds');
  type RoundProduct = { id: string; productName: string; productSet: number; rubricVersionId: string };
  let roundId = '';
  let found: RoundProduct | undefined;
  for (const candidate of rounds.items.filter((r) => r.status === 'open')) {
    const round = await getJson<{ products: RoundProduct[] }>(chair, `/api/v1/rounds/${candidate.id}`);
    found = round.products.find((p) => p.productName === PRODUCT);
    if (found) {
      roundId = candidate.id;
      break;
    }
  }
  expect(found, `an open round scores ${PRODUCT}`).toBeDefined();
  const item = found!;

  expect(await scoreThroughScreen(member2, item, 70)).toBe(70);
  expect(await scoreThroughScreen(chair, item, 60)).toBe(60);

  // The chair's view: the 10-point rule names who is outside; adoption is refused.
  const chairPage = chair.page;
  await chairPage.goto('/app/evaluation');
  await chairPage.getByRole('link', { name: /Màn hình chủ tịch: Đợt đánh giá đang diễn ra/ }).click();
  await expect(chairPage.getByRole('heading', { level: 1 })).toContainText('Điều hành chấm điểm');
  const product = chairPage.getByRole('region', { name: PRODUCT });
  await expect(product.getByTestId('dispersion')).toContainText('Vượt ngưỡng: chênh lệch 12 điểm');
  await expect(product.getByRole('row', { name: new RegExp(CHAIR_NAME) })).toContainText('Ngoài ngưỡng');
  await confirmChairAction(chairPage, 'Đóng chấm điểm');
  // The refusal is read in the dialog, and stays under the buttons once the dialog is closed.
  const refused = await openChairAction(chairPage, 'Thông qua kết quả');
  await expect(refused.getByRole('alert')).toContainText('Chưa thông qua được kết quả');
  await refused.getByRole('button', { name: 'Hủy' }).click();
  await expect(refused).toBeHidden();
  await expect(chairPage.getByRole('alert').filter({ hasText: 'Chưa thông qua được kết quả' })).toBeVisible();

  // Re-scoring requested from the chair himself, with a reason.
  await product.getByRole('checkbox', { name: `Chọn ${CHAIR_NAME} để yêu cầu chấm lại` }).check();
  await product.getByRole('textbox', { name: 'Lý do yêu cầu chấm lại' }).fill('Chênh lệch quá 10 điểm');
  await product.getByRole('button', { name: 'Yêu cầu chấm lại' }).click();
  await expect(product.getByRole('status').filter({ hasText: 'Đã yêu cầu chấm lại.' })).toBeVisible();

  await chairPage.goto('/app/evaluation');
  await chairPage.getByRole('link', { name: `Chấm điểm: ${PRODUCT}` }).click();
  await expect(chairPage.getByRole('alert').filter({ hasText: 'yêu cầu chấm lại' })).toContainText(
    'Chênh lệch quá 10 điểm',
  );
  await fillSheet(chairPage, item.rubricVersionId, item.productSet, 66);
  await expect(chairPage.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await chairPage.getByRole('button', { name: 'Nộp phiếu' }).click();
  await chairPage.getByRole('dialog').getByRole('button', { name: 'Nộp phiếu' }).click();
  await expect(chairPage.getByRole('status').filter({ hasText: 'Phiếu đã khóa' })).toContainText(
    'tổng 66 điểm',
  );

  await chairPage.goto(`/app/evaluation/rounds/${roundId}/chair`);
  await expect(chairPage.getByRole('region', { name: PRODUCT }).getByTestId('dispersion')).toContainText(
    'Trong ngưỡng 10 điểm',
  );
  // Quorum is counted on the whole council of 9, not the 3 members scoring in the app.
  await expect(chairPage.getByRole('region', { name: PRODUCT }).getByTestId('quorum')).toContainText(
    'có mặt 3/9 thành viên hội đồng, cần 7',
  );

  // The standing office records the meeting's attendance: 7 of 9 present, the chair chairing.
  await office.page.goto(`/app/rounds/${roundId}`);
  const attendance = office.page.getByRole('form', { name: 'Điểm danh cuộc họp' });
  await expect(office.page.getByTestId('attendance-derived')).toBeVisible();
  for (const name of ['Trần Văn Nông', 'Lê Thị Khoa', 'Phạm Văn Văn', 'Ngô Thị Tài'])
    await attendance.getByRole('checkbox', { name: `${name} có mặt` }).check();
  await attendance.getByRole('radio', { name: 'Chủ tịch hội đồng' }).check();
  await attendance.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(attendance.getByRole('status')).toContainText('Đã lưu: 7/9 thành viên có mặt.');
  await chairPage.reload();
  await expect(chairPage.getByRole('region', { name: PRODUCT }).getByTestId('quorum')).toContainText(
    'có mặt 7/9 thành viên hội đồng, cần 7; chủ trì: chủ tịch (theo điểm danh)',
  );
  await confirmChairAction(chairPage, 'Đóng chấm điểm');
  await confirmChairAction(chairPage, 'Thông qua kết quả');
  await expect(chairPage.getByRole('status').filter({ hasText: 'Kết quả đã được thông qua.' })).toBeVisible();

  // The standing office drafts the decision on the decisions screen.
  const number = `E2E-${Date.now().toString(36)}/QĐ-UBND`;
  await office.page.goto('/app/decisions');
  const draftForm = office.page.getByRole('form', { name: 'Dự thảo quyết định: Đợt đánh giá đang diễn ra' });
  await draftForm.getByRole('textbox', { name: 'Số quyết định' }).fill(number);
  await draftForm.getByRole('button', { name: 'Dự thảo quyết định' }).click();
  const drafted = office.page.getByRole('region', { name: `Quyết định ${number}` });
  await expect(drafted).toContainText('Dự thảo');
  await expect(drafted.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  // The leader approves; who and when are shown; the certificates are downloaded in bulk.
  await leader.page.goto('/app/decisions');
  const decision = leader.page.getByRole('region', { name: `Quyết định ${number}` });
  await decision.getByRole('button', { name: 'Phê duyệt' }).click();
  const approveDialog = leader.page.getByRole('dialog', { name: `Phê duyệt quyết định ${number}?` });
  await expect(approveDialog).toContainText(/Phê duyệt sẽ cấp giấy chứng nhận cho \d+ sản phẩm/);
  await expect(approveDialog).toContainText('Chủ thể và UBND xã của từng sản phẩm được thông báo');
  await approveDialog.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(decision.getByTestId('approved-by')).toContainText('Phê duyệt bởi');
  const [bulk] = await Promise.all([
    leader.page.waitForEvent('download'),
    decision.getByRole('link', { name: 'Tải tất cả giấy chứng nhận (PDF)' }).click(),
  ]);
  const bulkPath = await bulk.path();
  expect(fs.readFileSync(bulkPath).subarray(0, 5).toString()).toBe('%PDF-');

  const decisions = await getJson<{ items: { id: string; number: string }[] }>(leader, '/api/v1/decisions');
  const approved = await getJson<{ items: { certificateId: string }[] }>(
    leader,
    `/api/v1/decisions/${decisions.items.find((d) => d.number === number)!.id}`,
  );
  const certificateId = approved.items[0]!.certificateId;

  // The producer downloads the PDF; the QR code is decoded from the rendered page.
  const pdf = await producer.api.get(`/api/v1/certificates/${certificateId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-e2e-cert-'));
  fs.writeFileSync(path.join(dir, 'certificate.pdf'), await pdf.body());
  execFileSync('pdftoppm', [
    '-r',
    '150',
    '-png',
    '-singlefile',
    path.join(dir, 'certificate.pdf'),
    path.join(dir, 'certificate'),
  ]);
  const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, 'certificate.png')])
    .toString()
    .trim();
  fs.rmSync(dir, { recursive: true, force: true });
  expect(decoded).toMatch(/\/c\/[A-Z0-9]+-\d{4}-\d{5}$/);

  // The decoded URL opens the public page, without signing in, showing "valid".
  await page.goto(decoded);
  await expect(page.getByRole('status')).toContainText('Còn hiệu lực');
  await expect(page.getByRole('status')).toContainText('Valid');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PRODUCT);

  for (const p of [chair, member2, office, leader, producer]) await p.context.close();
});
