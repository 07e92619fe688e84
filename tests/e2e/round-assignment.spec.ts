import { expect, test } from '@playwright/test';
import { demoAccount, getJson, sendJson } from './support/demo';
import { demoRoundFor, pooledDossier } from './support/pool';

/**
 * Round set-up: the standing office changes who scores a product of a round in preparation. The
 * dialog lists the council's scoring members and shows the composition check of those ticked as
 * they are ticked; the saved assignment appears on the round. Once the round is open the button
 * is gone and the server refuses a change (409).
 */
test('the standing office changes who scores a product before the round opens', async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const productName = `Trà phân công ${stamp}`;
  const { office, dossierId } = await pooledDossier(browser, { set: 21, productName });
  const { roundId, itemId } = await demoRoundFor(office, dossierId, {
    name: `Đợt phân công ${stamp}`,
    open: false,
  });
  const member1 = demoAccount('tinh.hoidong1').displayName;
  const member2 = demoAccount('tinh.hoidong2').displayName;

  const page = office.page;
  await page.goto(`/app/rounds/${roundId}`);
  const row = page.getByRole('row').filter({ hasText: productName });
  await expect(row).toContainText(member1);
  await expect(row).not.toContainText(member2);
  await row.getByRole('button', { name: 'Đổi phân công' }).click();

  const dialog = page.getByRole('dialog', { name: `Phân công thành viên chấm: ${productName}` });
  await expect(dialog.getByRole('checkbox', { name: member1 })).toBeChecked();
  const check = dialog.getByTestId('composition-check');
  // One member: the live check says the group is too small for a council.
  await expect(check).toContainText('Hội đồng có 1 thành viên');
  await dialog.getByRole('checkbox', { name: member2 }).check();
  await expect(check).toContainText('Hội đồng có 2 thành viên');
  await dialog.getByRole('button', { name: 'Lưu phân công' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(member2);
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu phân công.' })).toBeVisible();

  const round = await getJson<{ products: { id: string; memberIds: string[] }[] }>(
    office,
    `/api/v1/rounds/${roundId}`,
  );
  expect(round.products.find((p) => p.id === itemId)!.memberIds).toHaveLength(2);

  // Opened: the assignment is fixed.
  await sendJson(office, 'POST', `/api/v1/rounds/${roundId}/open`, {
    distributedOn: new Date().toISOString().slice(0, 10),
    meetingDateOverrideReason: 'Đợt thử nghiệm',
    compositionOverrideReason: 'Hai thành viên chấm thử',
  });
  await page.reload();
  await expect(page.getByTestId('round-status')).toHaveText('Đang chấm');
  await expect(row.getByRole('button', { name: 'Đổi phân công' })).toHaveCount(0);
  await sendJson(
    office,
    'PUT',
    `/api/v1/rounds/${roundId}/products/${itemId}/members`,
    { memberIds: round.products[0]!.memberIds.slice(0, 1) },
    409,
  );
  await office.context.close();
});
