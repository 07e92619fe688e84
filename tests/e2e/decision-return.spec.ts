import { expect, test } from '@playwright/test';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { sampleChoicesForTotal } from '../../src/domain/evaluation/sample-choices';
import { demoPerson, getJson, sendJson } from './support/demo';
import { demoRoundFor, pooledDossier } from './support/pool';

/**
 * The leader reviews a draft recognition decision on screen — each product's stars and mean
 * score, the council members' scores, the minutes — and returns it with a reason (asked for in
 * the confirmation). The standing office sees the reason, corrects the number and resubmits; the
 * leader then finds the draft waiting again with the earlier reason shown.
 *
 * The round behind the decision is set up through the API (a new pooled product, scored by
 * tinh.hoidong1, everyone recorded present, closed and adopted by the chair), so the demo's own
 * rounds are left to the other journeys.
 */
const EARLY = { reason: 'Hội đồng họp sớm hơn lịch đã định' };

test('the leader returns a draft decision with a reason; the office amends and resubmits it', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const productName = `Trà trả lại ${stamp}`;
  const { office, dossierId } = await pooledDossier(browser, { set: 21, productName });
  const { roundId, itemId } = await demoRoundFor(office, dossierId, {
    name: `Đợt trả lại ${stamp}`,
    open: true,
  });

  // tinh.hoidong1 declares no conflict and scores 75; everyone is recorded present; the chair adopts.
  const member = await demoPerson(browser, 'tinh.hoidong1');
  const product = `/api/v1/rounds/${roundId}/products/${itemId}`;
  await sendJson(member, 'POST', `${product}/conflict`, { declaration: 'none' });
  const { choices } = sampleChoicesForTotal(getRubricSheet('148', 21), 75);
  const saved = await sendJson<{ revision: number }>(member, 'PUT', `${product}/sheet`, {
    choices,
    revision: 1,
  });
  await sendJson(member, 'POST', `${product}/sheet/submit`, { revision: saved.revision });
  const councils = await getJson<{ items: { name: string; members: { id: string; role: string }[] }[] }>(
    office,
    '/api/v1/councils',
  );
  const council = councils.items.find((c) => c.name.includes('(demo)'))!;
  await sendJson(office, 'PUT', `/api/v1/rounds/${roundId}/attendance`, {
    evaluationMode: 'meeting',
    chairedBy: 'chair',
    members: council.members
      .filter((m) => ['chair', 'vice_chair', 'member'].includes(m.role))
      .map((m) => ({ memberId: m.id, isPresent: true })),
  });
  const chair = await demoPerson(browser, 'tinh.chutich');
  await sendJson(chair, 'POST', `/api/v1/rounds/${roundId}/close`, EARLY);
  await sendJson(chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, EARLY);
  const number = `${stamp}/QĐ-UBND`;
  await sendJson(
    office,
    'POST',
    '/api/v1/decisions',
    { roundId, number, signedOn: new Date().toISOString().slice(0, 10) },
    201,
  );

  // The leader reviews the draft: results, the council's scores, the minutes.
  const leader = await demoPerson(browser, 'tinh.lanhdao');
  await leader.page.goto('/app/decisions');
  const card = leader.page.getByRole('region', { name: `Quyết định ${number}` });
  const results = card.getByTestId('decision-results');
  await expect(results).toContainText(productName);
  await expect(results).toContainText('4★');
  await expect(results).toContainText(/75/);
  await expect(card.getByRole('link', { name: 'Biên bản họp hội đồng (PDF)' })).toHaveAttribute(
    'href',
    `/api/v1/rounds/${roundId}/minutes.pdf`,
  );

  // "Trả lại" asks for a reason before anything happens.
  await card.getByRole('button', { name: 'Trả lại' }).click();
  const dialog = leader.page.getByRole('dialog', { name: `Trả lại dự thảo quyết định ${number}?` });
  await expect(dialog).toContainText('không cấp giấy chứng nhận nào');
  await expect(dialog).toContainText('Văn phòng Điều phối nhận thông báo kèm lý do');
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(dialog).toBeVisible();
  const reason = 'Số quyết định chưa đúng sổ văn bản của UBND tỉnh';
  await dialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(reason);
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText('Bị trả lại', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  // The office is told, sees the reason, corrects the number and resubmits.
  const notices = await getJson<{ items: { kind: string; bodyVi: string }[] }>(
    office,
    '/api/v1/notifications',
  );
  expect(notices.items.find((n) => n.kind === 'decision.returned')?.bodyVi).toContain(reason);
  await office.page.goto('/app/decisions');
  const officeCard = office.page.getByRole('region', { name: `Quyết định ${number}` });
  await expect(officeCard.getByTestId('return-reason')).toContainText(reason);
  const amend = officeCard.getByRole('region', { name: 'Sửa dự thảo' });
  const corrected = `${stamp}b/QĐ-UBND`;
  await amend.getByRole('textbox', { name: 'Số quyết định' }).fill(corrected);
  await expect(amend.getByRole('button', { name: 'Trình lại' })).toBeDisabled();
  await amend.getByRole('button', { name: 'Lưu sửa đổi' }).click();
  const amendedCard = office.page.getByRole('region', { name: `Quyết định ${corrected}` });
  await amendedCard.getByRole('button', { name: 'Trình lại' }).click();
  const resubmit = office.page.getByRole('dialog', { name: `Trình lại dự thảo quyết định ${corrected}?` });
  await expect(resubmit).toContainText('gửi lại lãnh đạo');
  await resubmit.getByRole('button', { name: 'Trình lại' }).click();
  await expect(resubmit).toBeHidden();
  await expect(amendedCard.getByText('Dự thảo', { exact: true })).toBeVisible();

  // Back with the leader: a draft again, the earlier reason shown, approvable.
  await leader.page.reload();
  const again = leader.page.getByRole('region', { name: `Quyết định ${corrected}` });
  await expect(again.getByTestId('return-reason')).toContainText(reason);
  await expect(again.getByRole('button', { name: 'Phê duyệt' })).toBeVisible();

  for (const p of [office, member, chair, leader]) await p.context.close();
});
