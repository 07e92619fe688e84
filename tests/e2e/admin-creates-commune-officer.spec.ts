import { expect, test } from '@playwright/test';
import {
  demoAccount,
  fetchFromPage,
  signInThroughApi,
  signInThroughLoginPage,
  type SignedIn,
} from './support/demo';

/** Matches a unit label that starts with `name` ("Xã Bát Tràng, Thành phố Hà Nội — Xã/Phường"). */
function unitLabel(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,| —|$)`);
}

/**
 * Foundation journey: the national administrator creates a commune officer for commune X through
 * the accounts screens; the officer then sees commune X and nothing of commune Y — neither in the
 * unit search nor through the API.
 */
test('an administrator creates a commune officer who sees only their own commune', async ({ browser }) => {
  const admin = demoAccount('admin');
  const communeX = demoAccount('xa1.canbo').unit;
  const communeY = demoAccount('xa2.canbo').unit;
  expect(communeX.id).not.toBe(communeY.id);
  const officer = {
    username: `canbo.e2e.${Date.now().toString(36)}`,
    displayName: 'Nguyễn Thị Thử Nghiệm',
    password: 'Canbo-xa-2026!',
  };

  // --- The administrator creates the account through the web screens ---------------------------
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInThroughLoginPage(adminPage, admin.username, admin.password);
  await adminPage.getByRole('navigation').getByRole('link', { name: 'Tài khoản' }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Tài khoản' })).toBeVisible();
  await adminPage.getByRole('link', { name: 'Tạo tài khoản', exact: true }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Tạo tài khoản mới' })).toBeVisible();

  await adminPage.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill(officer.displayName);
  await adminPage.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(officer.username);
  await adminPage.getByRole('textbox', { name: 'Mật khẩu ban đầu', exact: true }).fill(officer.password);
  const unitPicker = adminPage.getByRole('combobox', { name: 'Đơn vị quản lý tài khoản', exact: true });
  await unitPicker.fill(communeX.name);
  await adminPage
    .getByRole('option', { name: unitLabel(communeX.name) })
    .first()
    .click();
  await adminPage.getByRole('combobox', { name: 'Vai trò ban đầu', exact: true }).click();
  await adminPage.getByRole('option', { name: 'Cán bộ cấp xã' }).click();
  await adminPage.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();

  // The new account's page shows its role in commune X.
  await expect(adminPage).toHaveURL(/\/app\/accounts\/[0-9a-f-]{36}$/);
  await expect(adminPage.getByText(officer.username).first()).toBeVisible();
  const grantRow = adminPage
    .getByRole('row')
    .filter({ has: adminPage.getByRole('cell', { name: 'Cán bộ cấp xã', exact: true }) });
  await expect(grantRow).toHaveCount(1);
  await expect(grantRow.getByRole('cell', { name: communeX.name, exact: true })).toBeVisible();
  await adminContext.close();

  // --- The officer signs in and sees commune X --------------------------------------------------
  const officerContext = await browser.newContext();
  const signedIn: SignedIn = await signInThroughApi(officerContext, officer.username, officer.password);
  expect(signedIn.unitId).toBe(communeX.id);
  expect(signedIn.grants).toEqual([
    expect.objectContaining({ role: 'commune_officer', unitId: communeX.id }),
  ]);

  const page = await officerContext.newPage();
  await page.goto('/app/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText(`Xin chào, ${officer.displayName}.`)).toBeVisible();
  const grants = page.getByRole('region', { name: 'Vai trò và đơn vị của bạn' });
  await expect(grants.getByText('Cán bộ cấp xã')).toBeVisible();
  await expect(grants.getByText(communeX.name, { exact: true })).toBeVisible();
  await expect(grants.getByText(communeY.name)).toHaveCount(0);

  // --- ... and nothing of commune Y ---------------------------------------------------------------
  await page.getByRole('navigation').getByRole('link', { name: 'Đơn vị hành chính' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị hành chính' })).toBeVisible();
  const search = page.getByRole('search', { name: 'Tìm kiếm đơn vị hành chính' });
  const searchBox = search.getByRole('searchbox', { name: 'Tìm đơn vị' });
  const results = search.getByRole('list', { name: 'Kết quả tìm kiếm' });

  // The search works: commune X is found ...
  await searchBox.fill(communeX.name);
  await expect(results.getByText(unitLabel(communeX.name))).toBeVisible();
  // ... but commune Y is not, not even typed in full.
  await searchBox.fill(communeY.name);
  await expect(search.getByRole('status')).toHaveText('Tìm thấy 0 đơn vị');
  await expect(search.getByText(unitLabel(communeY.name))).toHaveCount(0);

  const searchY = await fetchFromPage(page, `/api/v1/units/search?q=${encodeURIComponent(communeY.name)}`);
  expect(searchY.status).toBe(200);
  expect((searchY.body as { items: { id: string }[] }).items.map((unit) => unit.id)).not.toContain(
    communeY.id,
  );

  const unitX = await fetchFromPage(page, `/api/v1/units/${communeX.id}`);
  expect(unitX.status).toBe(200);
  const unitY = await fetchFromPage(page, `/api/v1/units/${communeY.id}`);
  expect(unitY.status).toBe(403);
  expect(unitY.body).toMatchObject({ status: 403 });
  await officerContext.close();
});
