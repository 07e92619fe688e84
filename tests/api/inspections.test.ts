/**
 * Post-inspection (hậu kiểm) through the API: a yearly plan, a record opened from a tablet (a
 * replayed sync creates it once), submitted with the checklist, findings and a conclusion; the
 * producer answers a remedy and the inspector closes; "propose revocation" feeds the revocation
 * workflow. Jurisdiction: inspectors of another province, another agency, other producers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setInspectorAgency } from '../../src/db/repositories/inspections.repository';
import { checklistOn } from '../../src/domain/inspection/inspection-checklist';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { multipartFile, tinyPdf } from '../helpers/multipart';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let other: Awaited<ReturnType<typeof buildCertifiedProduct>>;
const who = new Map<string, Session>();

const send = (actor: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.get(actor)!.headers, ...(payload ? { payload } : {}) });

const allPass = () =>
  Object.fromEntries(checklistOn('2026-06-10').items.map((i) => [i.code, { result: 'pass', note: '' }]));

async function inspector(
  key: string,
  unit: (typeof units)['provinceA'],
  agency: 'health' | 'industry_trade',
) {
  const account = await buildAccount(t.db, { unit, grants: [{ role: 'inspector', unit }] });
  await setInspectorAgency(t.db, account.id, agency, new Date());
  who.set(key, await login(t.app, account.username));
}

async function openInspection(productId: string, producerId: string) {
  const res = await send('healthA', 'POST', '/api/v1/inspections', {
    clientId: randomUUID(),
    producerId,
    productId,
    kind: 'surprise',
    inspectedOn: '2026-06-09',
    team: 'Đoàn kiểm tra liên ngành',
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; version: number }>();
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-10T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  const owner = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  const stranger = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  certified = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { producerAccountId: owner.id },
  );
  other = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { producerAccountId: stranger.id },
  );
  who.set('owner', await login(t.app, owner.username));
  who.set('stranger', await login(t.app, stranger.username));
  who.set('officeA', await signInAs(t, 'standing_office', units.provinceA));
  who.set('leaderA', await signInAs(t, 'leader', units.provinceA));
  await inspector('healthA', units.provinceA, 'health');
  await inspector('tradeA', units.provinceA, 'industry_trade');
  await inspector('healthB', units.provinceB, 'health');
}, 120_000);
afterAll(async () => t.close());

describe('inspection plans', () => {
  it('the office plans the year; a producer of another province is refused by field', async () => {
    const plan = await send('officeA', 'POST', '/api/v1/inspection-plans', {
      unitId: units.provinceA.id,
      year: 2026,
      title: 'Kế hoạch hậu kiểm sản phẩm OCOP năm 2026',
      items: [
        { producerId: certified.producer.id, productId: certified.product.id, agency: 'health', month: 6 },
      ],
    });
    expect(plan.statusCode).toBe(201);
    expect(plan.json()).toMatchObject({ year: 2026, items: [{ agency: 'health', kind: 'planned' }] });
    const listed = await send('healthA', 'GET', '/api/v1/inspection-plans?year=2026');
    expect(listed.json<{ total: number }>().total).toBe(1);
    expect((await send('healthB', 'GET', '/api/v1/inspection-plans')).json<{ total: number }>().total).toBe(
      0,
    );
    const foreign = await buildCertifiedProduct(t.db, { province: units.provinceB, commune: units.communeZ });
    const bad = await send('officeA', 'POST', '/api/v1/inspection-plans', {
      unitId: units.provinceA.id,
      year: 2026,
      title: 'Sai địa bàn',
      items: [{ producerId: foreign.producer.id, agency: 'health', month: 7 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors?: { field: string }[]; details?: { field: string }[] }>()).toMatchObject({});
    expect(bad.body).toContain('items.0.producerId');
  });
});

describe('an inspection record', () => {
  it('a replayed sync creates the record once', async () => {
    const body = {
      clientId: randomUUID(),
      producerId: certified.producer.id,
      productId: certified.product.id,
      inspectedOn: '2026-06-09',
    };
    const first = await send('healthA', 'POST', '/api/v1/inspections', body);
    const again = await send('healthA', 'POST', '/api/v1/inspections', body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    expect(first.json()).toMatchObject({
      agency: 'health',
      status: 'draft',
      certificateId: certified.certificate.id,
    });
  });

  it('must remedy: the producer answers, the inspector of the agency closes; others may not', async () => {
    const record = await openInspection(certified.product.id, certified.producer.id);
    const incomplete = await send('healthA', 'POST', `/api/v1/inspections/${record.id}/submit`, {
      version: record.version,
      checklist: { raw_material: { result: 'pass' } },
      conclusion: 'compliant',
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.body).toContain('checklist.local_labour');
    expect(
      (
        await send('tradeA', 'POST', `/api/v1/inspections/${record.id}/submit`, {
          version: record.version,
          checklist: allPass(),
          conclusion: 'compliant',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await send('healthB', 'POST', `/api/v1/inspections/${record.id}/submit`, {
          version: record.version,
          checklist: allPass(),
          conclusion: 'compliant',
        })
      ).statusCode,
    ).toBe(404);
    const submitted = await send('healthA', 'POST', `/api/v1/inspections/${record.id}/submit`, {
      version: record.version,
      checklist: { ...allPass(), labels_packaging: { result: 'fail', note: 'Nhãn thiếu hạn dùng' } },
      findings: [
        { itemCode: 'labels_packaging', severity: 'minor', description: 'Nhãn phụ thiếu hạn sử dụng' },
      ],
      conclusion: 'must_remedy',
      remedyDueOn: '2026-07-09',
    });
    expect(submitted.statusCode).toBe(200);
    const s = submitted.json<{ status: string; version: number; findings: unknown[] }>();
    expect(s.status).toBe('awaiting_remedy');
    // The producer sees its own findings, another producer does not.
    const own = await send('owner', 'GET', '/api/v1/inspections');
    expect(own.json<{ items: { id: string; findings: unknown[] }[] }>().items).toEqual([
      expect.objectContaining({ id: record.id, findings: s.findings }),
    ]);
    expect((await send('stranger', 'GET', '/api/v1/inspections')).json<{ total: number }>().total).toBe(0);
    expect((await send('stranger', 'GET', `/api/v1/inspections/${record.id}`)).statusCode).toBe(404);
    expect(
      (
        await send('stranger', 'POST', `/api/v1/inspections/${record.id}/remedy`, {
          version: s.version,
          text: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const answered = await send('owner', 'POST', `/api/v1/inspections/${record.id}/remedy`, {
      version: s.version,
      text: 'Đã in lại nhãn phụ có hạn sử dụng',
    });
    expect(answered.statusCode).toBe(200);
    const a = answered.json<{ status: string; version: number }>();
    expect(a.status).toBe('remedy_answered');
    const closed = await send('healthA', 'POST', `/api/v1/inspections/${record.id}/close`, {
      version: a.version,
    });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    const again = await send('healthA', 'POST', `/api/v1/inspections/${record.id}/close`, {
      version: a.version + 1,
    });
    expect(again.statusCode).toBe(409);
  });

  it('propose revocation feeds the office’s proposals, drafted and approved into a revocation', async () => {
    const record = await openInspection(other.product.id, other.producer.id);
    const submitted = await send('healthA', 'POST', `/api/v1/inspections/${record.id}/submit`, {
      version: record.version,
      checklist: { ...allPass(), food_safety_certificate: { result: 'fail', note: 'Hết hạn' } },
      findings: [
        {
          itemCode: 'food_safety_certificate',
          severity: 'critical',
          description: 'Giấy chứng nhận ATTP hết hạn',
        },
      ],
      conclusion: 'propose_revocation',
      revocationGroundCode: 'food_safety_violation',
    });
    expect(submitted.statusCode).toBe(200);
    const s = submitted.json<{ status: string; revocationProposalId: string }>();
    expect(s.status).toBe('revocation_proposed');
    const proposals = await send('officeA', 'GET', '/api/v1/revocation-proposals?status=proposed');
    const proposal = proposals
      .json<{ items: { id: string; source: string; inspectionId: string }[] }>()
      .items.find((p) => p.id === s.revocationProposalId)!;
    expect(proposal).toMatchObject({ source: 'inspection', inspectionId: record.id });
    const draft = (
      await send('officeA', 'POST', '/api/v1/revocation-decisions', {
        proposalIds: [proposal.id],
        number: '31/QĐ-UBND',
      })
    ).json<{ id: string; version: number }>();
    const approved = await send('leaderA', 'POST', `/api/v1/revocation-decisions/${draft.id}/approve`, {
      version: draft.version,
    });
    expect(approved.statusCode).toBe(200);
    const page = await t.app.inject({ url: `/c/${encodeURIComponent(other.certificate.number)}` });
    expect(page.body).toContain('Đã bị thu hồi');
    expect(page.body).toContain('31/QĐ-UBND');
  });

  it('photos of the visit and the proof of remedy are uploaded like evidence, type sniffed from the bytes', async () => {
    const record = await openInspection(certified.product.id, certified.producer.id);
    const upload = (actor: string, content: Buffer, name: string) => {
      const form = multipartFile(content, name, 'application/pdf');
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/inspections/${record.id}/attachments`,
        headers: { ...who.get(actor)!.headers, ...form.headers },
        payload: form.payload,
      });
    };
    const photo = await upload('healthA', tinyPdf('bien ban'), 'anh-kho.pdf');
    expect(photo.statusCode).toBe(201);
    const attached = photo.json<{
      version: number;
      attachments: { fileName: string; by: string; url: string }[];
    }>();
    expect(attached.attachments).toEqual([
      expect.objectContaining({ fileName: 'anh-kho.pdf', by: 'inspector' }),
    ]);
    expect((await upload('healthA', Buffer.from('<html>x</html>'), 'gia.pdf')).statusCode).toBe(415);
    // The producer may not add files to a draft, nor see it.
    expect((await upload('owner', tinyPdf(), 'x.pdf')).statusCode).toBe(404);
    const file = await send('healthA', 'GET', attached.attachments[0]!.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
  });
});
