import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { sampleChoicesForTotal } from '../../src/domain/evaluation/sample-choices';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * Council journey on the demo round in progress (tinh.hoidong1 already scored 72): the chair
 * scores 60 (outside the 10-point band), tinh.hoidong2 scores 70; adoption is refused; the chair
 * asks himself to re-score and gives 66; the chair closes and adopts; the standing office drafts
 * the decision; the leader approves; the producer downloads the certificate PDF; its QR code,
 * decoded from the rendered PDF with zbarimg, opens the public page showing "còn hiệu lực".
 *
 * Setup and scoring go through the API of each person's own signed-in browser context (the
 * scoring screens are not built yet — see docs/user/hoi-dong.md); the verification is in Chromium.
 */
interface Person {
  context: BrowserContext;
  api: APIRequestContext;
  csrf: string;
}

async function person(browser: import('@playwright/test').Browser, username: string): Promise<Person> {
  const context = await browser.newContext();
  const signedIn = await signInThroughApi(context, username, demoAccount(username).password);
  return { context, api: context.request, csrf: signedIn.csrfToken };
}

async function call(p: Person, method: 'GET' | 'POST' | 'PUT', url: string, data?: object) {
  const response = await p.api.fetch(url, { method, headers: { 'x-csrf-token': p.csrf }, ...(data ? { data } : {}) });
  return { status: response.status(), json: (await response.json().catch(() => null)) as Record<string, unknown> & { items?: Record<string, unknown>[] } };
}

test('three members score, one re-scores, the chair adopts, the leader approves, the QR verifies', async ({ browser, page }) => {
  const chair = await person(browser, 'tinh.chutich');
  const member2 = await person(browser, 'tinh.hoidong2');
  const office = await person(browser, 'tinh.vpdp');
  const leader = await person(browser, 'tinh.lanhdao');
  const producer = await person(browser, 'chuthe1');

  const rounds = await call(chair, 'GET', '/api/v1/rounds');
  const open = rounds.json.items!.find((r) => r.status === 'open')!;
  const roundId = open.id as string;
  const round = await call(chair, 'GET', `/api/v1/rounds/${roundId}`);
  const item = (round.json.products as { id: string; productSet: number; rubricVersionId: string }[])[0]!;
  const rubricSheet = getRubricSheet(item.rubricVersionId, item.productSet);
  const sheetUrl = `/api/v1/rounds/${roundId}/products/${item.id}/sheet`;

  async function score(p: Person, target: number) {
    const mine = await call(p, 'GET', sheetUrl);
    const revision = (mine.json.sheet as { revision: number } | null)?.revision ?? 1;
    const { choices, total } = sampleChoicesForTotal(rubricSheet, target);
    const saved = await call(p, 'PUT', sheetUrl, { choices, revision });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    const submitted = await call(p, 'POST', `${sheetUrl}/submit`, { revision: saved.json.revision as number });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    return total;
  }

  const chairTotal = await score(chair, 60);
  await score(member2, 70);
  expect(chairTotal).toBe(60);

  // The 10-point rule blocks adoption until the chair re-scores.
  expect((await call(chair, 'POST', `/api/v1/rounds/${roundId}/close`)).status).toBe(200);
  const blocked = await call(chair, 'POST', `/api/v1/rounds/${roundId}/adopt`);
  expect(blocked.status).toBe(409);
  expect(blocked.json.code).toBe('ADOPTION_BLOCKED');
  const chairMemberId = round.json.myMemberId as string;
  expect((await call(chair, 'POST', `/api/v1/rounds/${roundId}/rescore-requests`, { roundProductId: item.id, memberIds: [chairMemberId], reason: 'Chênh lệch quá 10 điểm' })).status).toBe(200);
  await score(chair, 66);
  expect((await call(chair, 'POST', `/api/v1/rounds/${roundId}/close`)).status).toBe(200);
  const adopted = await call(chair, 'POST', `/api/v1/rounds/${roundId}/adopt`);
  expect(adopted.status, JSON.stringify(adopted.json)).toBe(200);
  expect(adopted.json.status).toBe('adopted');

  // The standing office drafts the decision; only the leader approves it.
  const drafted = await call(office, 'POST', '/api/v1/decisions', { roundId, number: `E2E-${Date.now().toString(36)}/QĐ-UBND`, signedOn: new Date().toISOString().slice(0, 10) });
  expect(drafted.status, JSON.stringify(drafted.json)).toBe(201);
  const decisionId = drafted.json.id as string;
  expect((await call(office, 'POST', `/api/v1/decisions/${decisionId}/approve`)).status).toBe(403);
  const approved = await call(leader, 'POST', `/api/v1/decisions/${decisionId}/approve`);
  expect(approved.status).toBe(200);
  const certificateId = (approved.json.items as { certificateId: string }[])[0]!.certificateId;

  // The producer downloads the PDF; the QR code is decoded from the rendered page.
  const pdf = await producer.api.get(`/api/v1/certificates/${certificateId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-e2e-cert-'));
  fs.writeFileSync(path.join(dir, 'certificate.pdf'), await pdf.body());
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', path.join(dir, 'certificate.pdf'), path.join(dir, 'certificate')]);
  const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, 'certificate.png')]).toString().trim();
  fs.rmSync(dir, { recursive: true, force: true });
  expect(decoded).toMatch(/\/c\/[A-Z0-9]+-\d{4}-\d{5}$/);

  // The decoded URL opens the public page, without signing in, showing "valid".
  await page.goto(decoded);
  await expect(page.getByRole('status')).toContainText('Còn hiệu lực');
  await expect(page.getByRole('status')).toContainText('Valid');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bộ ấm chén men lam Bát Tràng');

  for (const p of [chair, member2, office, leader, producer]) await p.context.close();
});
