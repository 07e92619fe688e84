import { expect, test } from '@playwright/test';
import { demoPerson, sendJson } from './support/demo';
import { demoRoundFor, pooledDossier } from './support/pool';

/**
 * A set-26 (tourism) product is scored on one case for the whole council. Set up through the API:
 * chuthe1's tourism dossier (Biểu 2 answered for case 1: a community) reaches the provincial pool
 * and a round of the demo council. On the round's set-up screen the standing office (tinh.vpdp)
 * corrects the case to 2 (a tourist spot) with a reason and a confirmation; once the round is open
 * the member's (tinh.hoidong1) score sheet shows only case 2, marked as chosen for the product.
 */
test('the office picks the tourism case in round set-up and the member scores only that case', async ({
  browser,
}) => {
  const productName = `Điểm du lịch làng nghề ${Date.now().toString(36)}`;
  const { office, dossierId } = await pooledDossier(browser, { set: 26, productName });
  const { roundId, itemId } = await demoRoundFor(office, dossierId, {
    name: `Đợt du lịch cộng đồng ${Date.now().toString(36)}`,
    open: false,
  });

  const { page } = office;
  await page.goto(`/app/rounds/${roundId}`);
  const control = page.getByTestId(`product-case-${itemId}`);
  await expect(control).toContainText('Đang chấm theo trường hợp 1');
  const change = control.getByRole('button', { name: 'Đổi trường hợp' });
  await control.getByRole('radio', { name: 'Trường hợp 2: điểm dịch vụ du lịch' }).check();
  await expect(change).toBeDisabled();
  await control
    .getByRole('textbox', { name: 'Lý do đổi' })
    .fill('Biểu 2 ghi nhầm, sản phẩm là một điểm du lịch');
  await change.click();
  const dialog = page.getByRole('dialog', { name: 'Đổi trường hợp' });
  await expect(dialog).toContainText('Đổi sang trường hợp 2? Mọi thành viên sẽ chấm theo trường hợp này.');
  await dialog.getByRole('button', { name: 'Xác nhận đổi' }).click();
  await expect(control.getByRole('status')).toHaveText('Đã đổi trường hợp chấm.');
  await expect(control).toContainText('Đang chấm theo trường hợp 2');

  await sendJson(office, 'POST', `/api/v1/rounds/${roundId}/open`, {
    distributedOn: new Date().toISOString().slice(0, 10),
    meetingDateOverrideReason: 'Đợt thử nghiệm',
    compositionOverrideReason: 'Một thành viên chấm thử',
  });

  const member = await demoPerson(browser, 'tinh.hoidong1');
  const sheet = member.page;
  await sheet.goto(`/app/evaluation/rounds/${roundId}/products/${itemId}`);
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(`Phiếu chấm điểm — ${productName}`);
  const conflict = sheet.getByRole('region', { name: 'Khai báo xung đột lợi ích' });
  await conflict.getByRole('radio', { name: 'Không có xung đột lợi ích' }).check();
  await conflict.getByRole('button', { name: 'Gửi khai báo' }).click();
  await expect(sheet.getByTestId('conflict-declaration')).toHaveText(
    'Bạn đã khai báo: không có xung đột lợi ích.',
  );

  // C.8, C.9 and C.15 each show case 2 only, marked as the product's case.
  const chosen = sheet.getByRole('heading', {
    name: 'Trường hợp 2: Điểm dịch vụ du lịch — trường hợp đã chọn cho sản phẩm, mọi thành viên chấm như nhau',
  });
  await expect(chosen).toHaveCount(3);
  await expect(sheet.getByRole('heading', { name: /^Trường hợp 1:/ })).toHaveCount(0);
  await expect(sheet.getByRole('radiogroup', { name: /^C\.8\.case-2/ }).first()).toBeVisible();
  await expect(sheet.getByRole('radiogroup', { name: /^C\.8\.case-1/ })).toHaveCount(0);
  await Promise.all([office.context.close(), member.context.close()]);
});
