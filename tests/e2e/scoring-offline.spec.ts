import { expect, test, type Browser, type Page } from '@playwright/test';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { listScorableCriteria } from '../../src/domain/rubric/rubric-tree';
import { demoAccount, demoPerson, getJson, sendJson, type DemoPerson } from './support/demo';

/**
 * A council member scores on a tablet in a meeting room with a bad connection. Set up through
 * the API on the demo data: the producer (chuthe1) submits a set-11 dossier with one evidence
 * file, the commune (xa1.canbo) assesses and forwards it, the province (tinh.vpdp) accepts it
 * into the pool and opens a round of the demo council for tinh.hoidong1. Then, in Chromium, the
 * member declares no conflict of interest, sees the evidence one click away, goes offline, ticks
 * options — the sheet says they are saved on this device and not yet sent — closes the tab,
 * comes back online and re-opens the sheet: the choices are restored and reach the server. On an
 * iPad-sized screen the form fits the width and every option can be tapped.
 */
type Person = DemoPerson;
const person = demoPerson;
const send = sendJson;
type Json = Record<string, unknown> & { id: string; version: number };

const SET = 11;
const MINI_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const scorable = listScorableCriteria(getRubricSheet('148', SET)).filter(
  (s) => s.caseNumber === undefined || s.caseNumber === 1,
);
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A product of chuthe1 in the provincial pool, with one evidence file linked to every criterion. */
async function pooledDossier(browser: Browser, stamp: string) {
  const producer = await person(browser, 'chuthe1');
  const options = await getJson<{ products: { producerId: string }[] }>(
    producer,
    '/api/v1/dossiers/start-options',
  );
  const producerId = options.products[0]!.producerId;
  const productName = `Chè búp Thái Nguyên ${stamp}`;
  const product = await send(
    producer,
    'POST',
    `/api/v1/producers/${producerId}/products`,
    {
      productSet: SET,
      name: productName,
      description: 'Chè búp sao tay.',
      details: { packaging: 'Hộp 200 g' },
    },
    201,
  );
  const evidenceTitle = `Phiếu kiểm nghiệm chè ${stamp}`;
  const upload = await producer.api.post(`/api/v1/producers/${producerId}/evidence`, {
    headers: { 'x-csrf-token': producer.csrf },
    multipart: {
      documentType: 'test_report',
      title: evidenceTitle,
      file: { name: 'kiem-nghiem-che.pdf', mimeType: 'application/pdf', buffer: MINI_PDF },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const evidenceId = ((await upload.json()) as { id: string }).id;
  const created = await send(
    producer,
    'POST',
    '/api/v1/dossiers',
    { productId: product.id, type: 'first' },
    201,
  );
  const answers = Object.fromEntries(
    scorable.map((s) => [s.criterion.code, { option: 1, evidenceIds: [evidenceId], note: '' }]),
  );
  const saved = await send(producer, 'PATCH', `/api/v1/dossiers/${created.id}`, {
    version: created.version,
    registration: { ...(created.registration as object), sampleCount: 5 },
    answers,
  });
  const submitted = await send(producer, 'POST', `/api/v1/dossiers/${created.id}/submit`, {
    version: saved.version,
    truthfulnessCommitment: true,
  });

  const commune = await person(browser, 'xa1.canbo');
  const accepted = await send(commune, 'POST', `/api/v1/dossiers/${created.id}/accept`, {
    version: submitted.version,
  });
  const choices = Object.fromEntries(
    scorable
      .filter((s) => s.criterion.assessedByCommune)
      .map((s) => [s.criterion.code, { option: 1, note: 'Xác minh tại chỗ' }]),
  );
  const assessed = await send(commune, 'PUT', `/api/v1/dossiers/${created.id}/commune-assessment`, {
    version: accepted.version,
    choices,
    conclusion: 'Đạt yêu cầu',
    assessorName: 'Cán bộ xã',
    assessedOn: today,
  });
  await send(commune, 'POST', `/api/v1/dossiers/${created.id}/forward`, {
    version: assessed.version,
    request: {
      number: `${stamp}/UBND`,
      date: today,
      signerName: 'Lê Văn Bình',
      signerTitle: 'Chủ tịch UBND xã',
    },
  });

  const office = await person(browser, 'tinh.vpdp');
  const seen = await getJson<Json>(office, `/api/v1/dossiers/${created.id}`);
  await send(office, 'POST', `/api/v1/dossiers/${created.id}/accept`, {
    version: seen.version,
    comment: 'Đủ điều kiện',
  });
  await Promise.all([producer.context.close(), commune.context.close()]);
  return { office, dossierId: created.id, productName, evidenceTitle };
}

/** A round of the demo council for that product, assigned to tinh.hoidong1, opened. */
async function openRoundFor(office: Person, dossierId: string, stamp: string) {
  const councils = await getJson<{
    items: { id: string; name: string; members: { id: string; fullName: string }[] }[];
  }>(office, '/api/v1/councils');
  const council = councils.items.find((c) => c.name.includes('(demo)'))!;
  const seat = council.members.find((m) => m.fullName === demoAccount('tinh.hoidong1').displayName)!;
  const round = await send(
    office,
    'POST',
    '/api/v1/rounds',
    {
      councilId: council.id,
      name: `Đợt chấm trên máy tính bảng ${stamp}`,
      meetingOn: inDays(21),
      dossierIds: [dossierId],
      memberIds: [seat.id],
    },
    201,
  );
  await send(office, 'POST', `/api/v1/rounds/${round.id}/open`, {
    distributedOn: today,
    meetingDateOverrideReason: 'Đợt thử nghiệm chấm ngoại tuyến',
    compositionOverrideReason: 'Một thành viên chấm thử trên máy tính bảng',
  });
  return { roundId: round.id, itemId: (round.products as { id: string }[])[0]!.id };
}

function criterionGroup(page: Page, code: string) {
  return page.getByRole('radiogroup', { name: new RegExp(`^${code.replace(/\./g, '\\.')} — `) });
}

test('a member scores offline, closes the tab, and the choices reach the server when back online', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const { office, dossierId, productName, evidenceTitle } = await pooledDossier(browser, stamp);
  const { roundId, itemId } = await openRoundFor(office, dossierId, stamp);
  const sheetUrl = `/app/evaluation/rounds/${roundId}/products/${itemId}`;
  const member = await person(browser, 'tinh.hoidong1');

  let page = await member.context.newPage();
  await page.goto(sheetUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phiếu chấm điểm — ${productName}`);

  // Conflict of interest first: declared on the sheet, before scoring.
  const conflict = page.getByRole('region', { name: 'Khai báo xung đột lợi ích' });
  await expect(conflict.getByRole('status').filter({ hasText: 'trước khi chấm điểm' })).toBeVisible();
  await conflict.getByRole('radio', { name: 'Không có xung đột lợi ích' }).check();
  await conflict.getByRole('button', { name: 'Gửi khai báo' }).click();
  await expect(page.getByTestId('conflict-declaration')).toHaveText(
    'Bạn đã khai báo: không có xung đột lợi ích.',
  );

  // Beside each criterion: the producer's choice, and the evidence one click away (a download).
  const first = scorable[0]!.criterion.code;
  const firstField = page.locator('.criterion-field').filter({ has: criterionGroup(page, first) });
  await expect(firstField.getByText('Chủ thể tự chấm: Phương án 1')).toBeVisible();
  const download = page.waitForEvent('download');
  await firstField
    .getByRole('link', { name: `Mở minh chứng cho tiêu chí ${first}: ${evidenceTitle}` })
    .click();
  expect((await download).suggestedFilename()).toBe('kiem-nghiem-che.pdf');

  // Offline: choices stay on this device and say so.
  await member.context.setOffline(true);
  const picks = scorable
    .slice(0, 3)
    .map((s) => ({ code: s.criterion.code, option: s.criterion.options.length }));
  for (const { code, option } of picks)
    await criterionGroup(page, code)
      .getByRole('radio')
      .nth(option - 1)
      .check();
  const saveState = page.getByRole('status').filter({ hasText: /máy này/ });
  await expect(saveState).toHaveText(
    'Đã lưu trên máy này — chưa gửi lên máy chủ (mất kết nối). Phiếu sẽ tự gửi khi có mạng.',
  );
  await expect(saveState).toHaveAttribute('data-save-state', 'offline');
  await page.close();

  // Nothing reached the server yet.
  await member.context.setOffline(false);
  const before = await getJson<{ sheet: { choices: Record<string, number> } | null }>(
    member,
    `/api/v1/rounds/${roundId}/products/${itemId}/sheet`,
  );
  expect(before.sheet).toBeNull();

  // Re-opened online: restored from the device and sent at once.
  page = await member.context.newPage();
  await page.goto(sheetUrl);
  await expect(
    page.getByRole('status').filter({ hasText: 'Đã khôi phục các lựa chọn chưa lưu trên máy này.' }),
  ).toBeVisible();
  for (const { code, option } of picks)
    await expect(
      criterionGroup(page, code)
        .getByRole('radio')
        .nth(option - 1),
    ).toBeChecked();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const after = await getJson<{ sheet: { choices: Record<string, number>; status: string } }>(
    member,
    `/api/v1/rounds/${roundId}/products/${itemId}/sheet`,
  );
  expect(after.sheet.status).toBe('draft');
  expect(after.sheet.choices).toEqual(Object.fromEntries(picks.map((p) => [p.code, p.option])));

  // A.1.a carries the knock-out note added to set 11 by analogy with sets 5–6: ticked under the
  // criterion, it is stated on the sheet and saved with the draft, the choices kept.
  expect(first).toBe('A.1.a');
  await page
    .getByRole('checkbox', { name: 'A.1.a: ghi chú loại áp dụng cho sản phẩm này — không đánh giá tiếp' })
    .check();
  await expect(page.getByTestId('knock-out')).toContainText(
    'Không đánh giá tiếp: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc (tiêu chí A.1.a)',
  );
  await expect
    .poll(async () => {
      const saved = await getJson<{ sheet: { knockOuts: string[]; choices: Record<string, number> } }>(
        member,
        `/api/v1/rounds/${roundId}/products/${itemId}/sheet`,
      );
      return { knockOuts: saved.sheet.knockOuts, choices: Object.keys(saved.sheet.choices).length };
    })
    .toEqual({ knockOuts: ['A.1.a'], choices: picks.length });
  await member.context.close();

  // On an iPad (portrait, touch): no horizontal scrolling, and the last option of the last criterion can be tapped.
  const tablet = await person(browser, 'tinh.hoidong1', {
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  const pad = await tablet.context.newPage();
  await pad.goto(sheetUrl);
  await expect(pad.getByRole('heading', { level: 1 })).toHaveText(`Phiếu chấm điểm — ${productName}`);
  await expect(
    criterionGroup(pad, picks[0]!.code)
      .getByRole('radio')
      .nth(picks[0]!.option - 1),
  ).toBeChecked();
  const overflow = await pad.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const last = scorable.at(-1)!.criterion;
  const lastRadio = criterionGroup(pad, last.code).getByRole('radio').nth(0);
  await lastRadio.scrollIntoViewIfNeeded();
  const box = await lastRadio
    .locator('xpath=ancestor::*[contains(@class,"mantine-Radio-root")][1]')
    .boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(768);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await criterionGroup(pad, last.code).getByText(last.options[0]!.textVi, { exact: false }).first().tap();
  await expect(lastRadio).toBeChecked();
  await expect(pad.locator('[data-save-state="saved"]')).toBeVisible();
  await tablet.context.close();
  await office.context.close();
});

test('the standing office records a consultancy link; the member sees it as a conflict hint on the sheet', async ({
  browser,
}) => {
  const office = await person(browser, 'tinh.vpdp');
  const page = await office.context.newPage();
  await page.goto('/app/consultancy-links');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quan hệ tư vấn (xung đột lợi ích)');
  const form = page.getByRole('form', { name: 'Thêm quan hệ tư vấn' });
  await form.getByLabel('Thành viên hội đồng').click();
  await page.getByRole('option', { name: /^Thành viên Hội đồng \(Sở Y tế\)/ }).click();
  await form.getByLabel('Chủ thể').fill('Gốm sứ');
  await page.getByRole('option', { name: /^HTX Gốm sứ Bát Tràng/ }).click();
  await form.getByLabel('Từ ngày').fill('2024-01-01');
  await form.getByLabel('Đến ngày').fill('2024-12-31');
  await form.getByLabel('Ghi chú').fill('Tư vấn xây dựng hồ sơ OCOP năm 2024');
  await form.getByRole('button', { name: 'Lưu quan hệ tư vấn' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã lưu quan hệ tư vấn.');
  await expect(page.getByRole('row', { name: /HTX Gốm sứ Bát Tràng/ })).toContainText(
    '2024-01-01 → 2024-12-31',
  );

  // The member, on the sheet of a product of that producer, sees the hint with its period.
  const member = await person(browser, 'tinh.hoidong1');
  const rounds = await getJson<{ items: { id: string }[] }>(member, '/api/v1/rounds');
  let sheetUrl = '';
  for (const r of rounds.items) {
    const round = await getJson<{
      products: { id: string; producerName: string; isAssignedToMe: boolean }[];
    }>(member, `/api/v1/rounds/${r.id}`);
    const mine = round.products.find((p) => p.isAssignedToMe && p.producerName === 'HTX Gốm sứ Bát Tràng');
    if (mine) sheetUrl = `/app/evaluation/rounds/${r.id}/products/${mine.id}`;
  }
  expect(sheetUrl).not.toBe('');
  const sheet = await member.context.newPage();
  await sheet.goto(sheetUrl);
  await expect(sheet.getByRole('region', { name: 'Khai báo xung đột lợi ích' })).toContainText(
    'Bạn đã từng tư vấn cho chủ thể này (từ 2024-01-01 đến 2024-12-31).',
  );
  await Promise.all([office.context.close(), member.context.close()]);
});
