import { expect, test } from '@playwright/test';
import { getJson, sendJson } from './support/demo';
import { demoRoundFor, pooledDossier } from './support/pool';

/**
 * The provincial standing office (tinh.vpdp) changes its council regulation on /app/council-settings:
 * with the default rounding 8 of 11 members is a quorum; switching to "round up" the live preview
 * says 9 are needed and 8 is not enough. After saving, a round created afterwards states the new
 * rule (ceil) on its attendance panel. The settings are put back at the end for the other specs.
 */
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const DEFAULTS = {
  quorum: {
    minPresentPercent: 75,
    rounding: 'nearest',
    requireChair: true,
    abstentionsCountAsPresent: false,
  },
  forwardingReading: null,
  districtReading: 'former-district',
};

test('the province rounds its quorum up and a new round uses it', async ({ browser }) => {
  const { office, dossierId } = await pooledDossier(browser, {
    set: 11,
    productName: `Chè quy chế ${Date.now().toString(36)}`,
  });
  const { page } = office;
  const me = await getJson<{ grants: { role: string; unitId: string }[] }>(office, '/api/v1/auth/me');
  const provinceId = me.grants.find((g) => g.role === 'standing_office')!.unitId;
  try {
    await page.goto('/app/');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Quy chế hội đồng' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quy chế hội đồng của tỉnh' })).toBeVisible();
    const inForce = page.getByRole('table', { name: 'Đang áp dụng cho đợt tạo hôm nay' });
    await expect(inForce.getByRole('row', { name: /Cách làm tròn/ })).toContainText('Làm tròn thông thường');

    const preview = page.getByTestId('quorum-preview');
    await expect(preview).toContainText('Cần ít nhất 8/11 thành viên có mặt (75 %).');
    await expect(preview).toContainText('Nếu 8/11 thành viên có mặt: đủ túc số.');
    await page.getByRole('radio', { name: 'Làm tròn lên (không thấp hơn tỷ lệ)' }).check();
    await expect(preview).toContainText('Cần ít nhất 9/11 thành viên có mặt (75 %).');
    await expect(preview).toContainText('Nếu 8/11 thành viên có mặt: chưa đủ túc số.');
    await expect(page.getByText('11 × 75 % = 8,25 → 9: cần 9 của 11 thành viên')).toBeVisible();

    await page.getByLabel(/^Áp dụng từ ngày/).fill(yesterday);
    await page.getByRole('button', { name: 'Lưu quy chế' }).click();
    await expect(page.getByRole('status')).toContainText('Đã lưu quy chế áp dụng từ');
    await expect(inForce.getByRole('row', { name: /Cách làm tròn/ })).toContainText('Làm tròn lên');
    await expect(page.getByRole('region', { name: 'Các lần đặt quy chế' })).toContainText('Làm tròn lên');

    const { roundId } = await demoRoundFor(office, dossierId, {
      name: `Đợt sau khi đổi quy chế ${Date.now().toString(36)}`,
      open: true,
    });
    await page.goto(`/app/rounds/${roundId}`);
    const quorumRule = page.getByTestId('attendance-quorum-rule');
    await expect(quorumRule).toContainText(
      /Túc số của đợt này \(theo quy chế hội đồng của tỉnh khi tạo đợt\): Cần ít nhất \d+\/\d+ thành viên có mặt \(75 %\)/,
    );
    await expect(quorumRule).not.toContainText('ceil(');
  } finally {
    await sendJson(office, 'PUT', `/api/v1/provinces/${provinceId}/council-settings`, {
      effectiveFrom: yesterday,
      settings: DEFAULTS,
    });
    await office.context.close();
  }
});
