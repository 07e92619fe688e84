/**
 * Revocation (thu hồi) through the API: the standing office proposes, drafts a decision, the
 * leader approves → the certificate page, every stamp of the product, the product status, the
 * public revoked list and open data say "Đã bị thu hồi" with the decision number; the producer is
 * notified; the decision PDF is PAdES-signed (checked with poppler's pdfsig) and Vietnamese only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates, dossiers, notifications, products } from '../../src/db/schema';
import { emptyRegistration } from '../../src/domain/dossier/dossier.types';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: Session;
let producerAccountId: string;
let office: Session;
let leader: Session;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-revocation-'));

/** A stamp answer as a shopper's browser sees it: the resolver's redirects followed. */
async function scanStamp(url: string) {
  let res = await t.app.inject({ url, headers: { accept: 'text/html' } });
  for (let hops = 0; hops < 3 && res.statusCode >= 300 && res.statusCode < 400; hops += 1)
    res = await t.app.inject({
      url: String(res.headers.location).replace('http://localhost:3000', ''),
      headers: { accept: 'text/html' },
    });
  return res;
}

const send = (who: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

/** Text and signature report of a PDF, through poppler (independent oracles). */
function popplerOf(pdf: Buffer, name: string): { text: string; signature: string } {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  let signature: string;
  try {
    signature = execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    signature = String((error as { stdout?: string }).stdout ?? error);
  }
  return { text, signature };
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-10T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producerAccountId = account.id;
  producer = await login(t.app, account.username);
  office = await signInAs(t, 'standing_office', units.provinceA);
  leader = await signInAs(t, 'leader', units.provinceA);
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('revocation from proposal to public pages', () => {
  it('proposal → draft → approval revokes the certificate, the product and every stamp', async () => {
    const scope = { province: units.provinceA, commune: units.communeX };
    const certified = await buildCertifiedProduct(t.db, scope, {
      producerAccountId,
      name: 'Chè xanh Thái Thử',
      gtin: '8938505970028',
    });
    const batch = await send(producer, 'POST', '/api/v1/stamp-batches', {
      productId: certified.product.id,
      lot: 'TH-01',
      productionDate: '2026-05-01',
      expiryDate: '2027-05-01',
      quantity: 2,
    });
    expect(batch.statusCode).toBe(201);
    const stampPath = batch.json<{ sampleUri: string }>().sampleUri.replace('http://localhost:3000', '');
    expect((await scanStamp(stampPath)).statusCode).toBe(200);

    const grounds = await send(office, 'GET', '/api/v1/revocation-grounds');
    expect(grounds.json<{ grounds: { code: string }[] }>().grounds.map((g) => g.code)).toContain(
      'food_safety_violation',
    );
    const proposed = await send(office, 'POST', '/api/v1/revocation-proposals', {
      certificateId: certified.certificate.id,
      groundCode: 'food_safety_violation',
      groundText: 'Mẫu kiểm nghiệm vượt ngưỡng vi sinh',
    });
    expect(proposed.statusCode).toBe(201);
    const proposal = proposed.json<{ id: string; status: string; groundLabelVi: string }>();
    expect(proposal.status).toBe('proposed');
    expect(proposal.groundLabelVi).toContain('an toàn thực phẩm');
    // One open proposal per certificate.
    const twice = await send(office, 'POST', '/api/v1/revocation-proposals', {
      certificateId: certified.certificate.id,
      groundCode: 'production_stopped',
    });
    expect(twice.statusCode).toBe(409);

    const drafted = await send(office, 'POST', '/api/v1/revocation-decisions', {
      proposalIds: [proposal.id],
      number: '125/QĐ-UBND',
    });
    expect(drafted.statusCode).toBe(201);
    const draft = drafted.json<{ id: string; version: number; status: string; signedOn: string | null }>();
    expect(draft.status).toBe('draft');
    expect(draft.signedOn).toBeNull();
    // The office drafts, it does not approve.
    expect(
      (
        await send(office, 'POST', `/api/v1/revocation-decisions/${draft.id}/approve`, {
          version: draft.version,
        })
      ).statusCode,
    ).toBe(403);
    const draftPdf = popplerOf(
      (await send(office, 'GET', `/api/v1/revocation-decisions/${draft.id}/pdf`)).rawPayload,
      'draft',
    );
    expect(draftPdf.text).toContain('DỰ THẢO');
    expect(draftPdf.signature).not.toContain('Signature is Valid');

    const approved = await send(leader, 'POST', `/api/v1/revocation-decisions/${draft.id}/approve`, {
      version: draft.version,
    });
    expect(approved.statusCode).toBe(200);
    const decision = approved.json<{ status: string; signedOn: string; items: { status: string }[] }>();
    expect(decision.status).toBe('approved');
    expect(decision.signedOn).toBe('2026-06-10');
    expect(decision.items.map((i) => i.status)).toEqual(['revoked']);

    const [cert] = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.id, certified.certificate.id));
    expect(cert!.revokedOn).toBe('2026-06-10');
    expect(cert!.revocation?.decisionNumber).toBe('125/QĐ-UBND');
    const [product] = await t.db.select().from(products).where(eq(products.id, certified.product.id));
    expect(product!.status).toBe('revoked');

    const page = await t.app.inject({ url: `/c/${encodeURIComponent(certified.certificate.number)}` });
    expect(page.body).toContain('Đã bị thu hồi');
    expect(page.body).toContain('125/QĐ-UBND');
    const stamp = await scanStamp(stampPath);
    expect(stamp.statusCode).toBe(410);
    expect(stamp.body).toContain('Đã bị thu hồi');
    expect(stamp.body).toContain('125/QĐ-UBND');

    const open = await t.app.inject({ url: '/open-data/revoked.json' });
    const items = open.json<{
      items: { certificateNumber: string; decisionNumber: string; reason: string }[];
    }>().items;
    expect(items).toContainEqual(
      expect.objectContaining({
        certificateNumber: certified.certificate.number,
        decisionNumber: '125/QĐ-UBND',
      }),
    );
    const list = await t.app.inject({ url: '/thu-hoi' });
    expect(list.body).toContain('Chè xanh Thái Thử');
    expect(list.body).toContain('125/QĐ-UBND');

    const notices = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.accountId, producerAccountId), eq(notifications.kind, 'certificate.revoked')),
      );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.bodyVi).toContain('125/QĐ-UBND');

    const signed = popplerOf(
      (await send(leader, 'GET', `/api/v1/revocation-decisions/${draft.id}/pdf`)).rawPayload,
      'approved',
    );
    expect(signed.signature).toContain('Signature is Valid');
    expect(signed.signature).toContain('ETSI.CAdES.detached');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/QĐ-UBND',
      'ngày 10 tháng 06 năm 2026',
      'QUYẾT ĐỊNH',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'Ký số bởi:',
      certified.certificate.number,
    ])
      expect(signed.text).toContain(expected);
    expect(signed.text).not.toMatch(/\b(Decision|Revoked|Certificate|Signed by|the)\b/);
  });

  it('the leader returns a draft with its reason and the proposals are open again', async () => {
    const certified = await buildCertifiedProduct(
      t.db,
      { province: units.provinceA, commune: units.communeX },
      { producerAccountId },
    );
    const proposal = (
      await send(office, 'POST', '/api/v1/revocation-proposals', {
        certificateId: certified.certificate.id,
        groundCode: 'other',
        groundText: 'Chủ thể giải thể',
      })
    ).json<{ id: string }>();
    const draft = (
      await send(office, 'POST', '/api/v1/revocation-decisions', {
        proposalIds: [proposal.id],
        number: '7/QĐ-UBND',
      })
    ).json<{ id: string; version: number }>();
    const returned = await send(leader, 'POST', `/api/v1/revocation-decisions/${draft.id}/return`, {
      version: draft.version,
      reason: 'Bổ sung biên bản kiểm tra',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Bổ sung biên bản kiểm tra' });
    const again = await send(leader, 'POST', `/api/v1/revocation-decisions/${draft.id}/approve`, {
      version: draft.version + 1,
    });
    expect(again.statusCode).toBe(409);
    const open = await send(office, 'GET', '/api/v1/revocation-proposals?status=proposed');
    expect(open.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(proposal.id);
    const [cert] = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.id, certified.certificate.id));
    expect(cert!.revokedOn).toBeNull();
    // The number of a returned draft may be used again.
    const redraft = await send(office, 'POST', '/api/v1/revocation-decisions', {
      proposalIds: [proposal.id],
      number: '7/QĐ-UBND',
    });
    expect(redraft.statusCode).toBe(201);
  });

  it('"expired and not re-evaluated" proposes each lapsed certificate once', async () => {
    const lapsed = await buildCertifiedProduct(
      t.db,
      { province: units.provinceA, commune: units.communeY },
      { signedOn: '2023-01-10' },
    );
    // Lapsed too, but its re-evaluation was submitted and is being judged: not proposed.
    const beingReEvaluated = await buildCertifiedProduct(
      t.db,
      { province: units.provinceA, commune: units.communeY },
      { signedOn: '2023-01-10' },
    );
    await t.db.insert(dossiers).values({
      producerId: beingReEvaluated.producer.id,
      productId: beingReEvaluated.product.id,
      communeId: units.communeY.id,
      type: 're-evaluation',
      rubricVersionId: '148',
      productSet: beingReEvaluated.product.productSet,
      procedureVersionId: '148-amended-1489',
      status: 'forwarded_to_province',
      registration: emptyRegistration(),
      versionNumber: 1,
      createdAt: new Date('2025-12-20T03:00:00Z'),
    });
    const first = await send(office, 'POST', '/api/v1/revocation-proposals/expired', {
      unitId: units.provinceA.id,
    });
    expect(first.statusCode).toBe(200);
    const items = first.json<{ items: { certificateId: string; groundCode: string; source: string }[] }>()
      .items;
    expect(items).toEqual([
      expect.objectContaining({
        certificateId: lapsed.certificate.id,
        groundCode: 'not_reevaluated',
        source: 'expired_not_reevaluated',
      }),
    ]);
    const second = await send(office, 'POST', '/api/v1/revocation-proposals/expired', {
      unitId: units.provinceA.id,
    });
    expect(second.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('an unknown ground or a missing "other" text is refused with the field named', async () => {
    const certified = await buildCertifiedProduct(t.db, {
      province: units.provinceA,
      commune: units.communeX,
    });
    for (const body of [
      { certificateId: certified.certificate.id, groundCode: 'made_up' },
      { certificateId: certified.certificate.id, groundCode: 'other' },
    ]) {
      const res = await send(office, 'POST', '/api/v1/revocation-proposals', body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('signed certificate PDF', () => {
  it('the recognition decision PDF is signed and reads as an official decision', async () => {
    const certified = await buildCertifiedProduct(t.db, {
      province: units.provinceA,
      commune: units.communeX,
    });
    const res = await send(leader, 'GET', `/api/v1/decisions/${certified.certificate.decisionId}/pdf`);
    expect(res.statusCode).toBe(200);
    const { text, signature } = popplerOf(res.rawPayload, 'recognition');
    expect(signature).toContain('Signature is Valid');
    for (const expected of [
      'QUYẾT ĐỊNH',
      'Về việc công nhận sản phẩm đạt chuẩn OCOP',
      'TM. ỦY BAN NHÂN DÂN',
      'Nơi nhận:',
    ])
      expect(text).toContain(expected);
    expect(text).toContain(certified.certificate.number);
  });

  it('pdfsig validates the certificate signature; the text is Vietnamese with the signatory block', async () => {
    const certified = await buildCertifiedProduct(
      t.db,
      { province: units.provinceA, commune: units.communeX },
      { producerAccountId },
    );
    const res = await send(producer, 'GET', `/api/v1/certificates/${certified.certificate.id}/pdf`);
    expect(res.statusCode).toBe(200);
    const { text, signature } = popplerOf(res.rawPayload, 'certificate');
    expect(signature).toContain('Signature is Valid');
    expect(text).toContain('GIẤY CHỨNG NHẬN');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('Ký số bởi:');
    expect(text).not.toMatch(/Scan to verify|One Commune|certificate/);
  });
});
