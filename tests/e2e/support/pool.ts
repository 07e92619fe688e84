import { expect, type Browser } from '@playwright/test';
import { getRubricSheet } from '../../../src/domain/rubric/catalogue/rubric-catalogue';
import { listScorableCriteria } from '../../../src/domain/rubric/rubric-tree';
import { demoAccount, demoPerson, getJson, sendJson, type DemoPerson } from './demo';

type Json = Record<string, unknown> & { id: string; version: number };

const MINI_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Through the API on the demo data: chuthe1 submits a dossier of a new product of `set` (case 1 of
 * every "choose one case" block), the commune (xa1.canbo) assesses and forwards it and the
 * province (tinh.vpdp) accepts it into the pool. Returns the office signed in.
 */
export async function pooledDossier(
  browser: Browser,
  options: { set: number; productName: string },
): Promise<{ office: DemoPerson; dossierId: string }> {
  const stamp = Date.now().toString(36);
  const scorable = listScorableCriteria(getRubricSheet('148', options.set)).filter(
    (s) => s.caseNumber === undefined || s.caseNumber === 1,
  );
  const producer = await demoPerson(browser, 'chuthe1');
  const start = await getJson<{ products: { producerId: string }[] }>(
    producer,
    '/api/v1/dossiers/start-options',
  );
  const producerId = start.products[0]!.producerId;
  const product = await sendJson(
    producer,
    'POST',
    `/api/v1/producers/${producerId}/products`,
    { productSet: options.set, name: options.productName, description: 'Sản phẩm thử nghiệm.', details: {} },
    201,
  );
  const upload = await producer.api.post(`/api/v1/producers/${producerId}/evidence`, {
    headers: { 'x-csrf-token': producer.csrf },
    multipart: {
      documentType: 'test_report',
      title: `Hồ sơ minh chứng ${stamp}`,
      file: { name: 'minh-chung.pdf', mimeType: 'application/pdf', buffer: MINI_PDF },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const evidenceId = ((await upload.json()) as { id: string }).id;
  const created = await sendJson<Json>(
    producer,
    'POST',
    '/api/v1/dossiers',
    { productId: product.id, type: 'first' },
    201,
  );
  const answers = Object.fromEntries(
    scorable.map((s) => [s.criterion.code, { option: 1, evidenceIds: [evidenceId], note: '' }]),
  );
  const saved = await sendJson<Json>(producer, 'PATCH', `/api/v1/dossiers/${created.id}`, {
    version: created.version,
    registration: { ...(created.registration as object), sampleCount: options.set === 26 ? 0 : 5 },
    answers,
  });
  const submitted = await sendJson<Json>(producer, 'POST', `/api/v1/dossiers/${created.id}/submit`, {
    version: saved.version,
    truthfulnessCommitment: true,
  });

  const commune = await demoPerson(browser, 'xa1.canbo');
  const accepted = await sendJson<Json>(commune, 'POST', `/api/v1/dossiers/${created.id}/accept`, {
    version: submitted.version,
  });
  const choices = Object.fromEntries(
    scorable
      .filter((s) => s.criterion.assessedByCommune)
      .map((s) => [s.criterion.code, { option: 1, note: 'Xác minh tại chỗ' }]),
  );
  const assessed = await sendJson<Json>(commune, 'PUT', `/api/v1/dossiers/${created.id}/commune-assessment`, {
    version: accepted.version,
    choices,
    conclusion: 'Đạt yêu cầu',
    assessorName: 'Cán bộ xã',
    assessedOn: todayIso(),
  });
  await sendJson(commune, 'POST', `/api/v1/dossiers/${created.id}/forward`, {
    version: assessed.version,
    request: {
      number: `${stamp}/UBND`,
      date: todayIso(),
      signerName: 'Lê Văn Bình',
      signerTitle: 'Chủ tịch UBND xã',
    },
  });

  const office = await demoPerson(browser, 'tinh.vpdp');
  const seen = await getJson<Json>(office, `/api/v1/dossiers/${created.id}`);
  await sendJson(office, 'POST', `/api/v1/dossiers/${created.id}/accept`, {
    version: seen.version,
    comment: 'Đủ điều kiện',
  });
  await Promise.all([producer.context.close(), commune.context.close()]);
  return { office, dossierId: created.id };
}

/** Creates a round of the demo council for the dossier, assigned to tinh.hoidong1; opened when asked. */
export async function demoRoundFor(
  office: DemoPerson,
  dossierId: string,
  options: { name: string; open: boolean },
): Promise<{ roundId: string; itemId: string }> {
  const councils = await getJson<{
    items: { id: string; name: string; members: { id: string; fullName: string }[] }[];
  }>(office, '/api/v1/councils');
  const council = councils.items.find((c) => c.name.includes('(demo)'))!;
  const seat = council.members.find((m) => m.fullName === demoAccount('tinh.hoidong1').displayName)!;
  const meetingOn = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const round = await sendJson(
    office,
    'POST',
    '/api/v1/rounds',
    { councilId: council.id, name: options.name, meetingOn, dossierIds: [dossierId], memberIds: [seat.id] },
    201,
  );
  if (options.open)
    await sendJson(office, 'POST', `/api/v1/rounds/${round.id}/open`, {
      distributedOn: todayIso(),
      meetingDateOverrideReason: 'Đợt thử nghiệm',
      compositionOverrideReason: 'Một thành viên chấm thử',
    });
  return { roundId: round.id, itemId: (round.products as { id: string }[])[0]!.id };
}
