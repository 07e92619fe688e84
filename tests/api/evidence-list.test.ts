import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceOutput } from '../../src/contracts/evidence.contracts';
import { evidence } from '../../src/db/schema';
import type { EvidenceType } from '../../src/domain/registry/evidence-types';
import { buildJurisdictions } from '../helpers/factories';
import { buildProducer, signInAsProducer, type ProducerRow } from '../helpers/dossier-factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/** The evidence library of a co-operative with hundreds of documents: pages, filters, search, scope. */
const NOW = new Date('2026-03-02T08:00:00Z');
const TOTAL = 230;
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: ProducerRow;
let own: Session;

type Page = { items: EvidenceOutput[]; total: number };

async function list(session: Session, query: string): Promise<Page> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/evidence?${query}`,
    headers: session.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

async function insertDocuments(
  of: ProducerRow,
  rows: {
    title: string;
    issuer?: string;
    documentType?: EvidenceType;
    validUntil?: string | null;
    at?: number;
  }[],
) {
  await t.db.insert(evidence).values(
    rows.map((row, index) => ({
      producerId: of.id,
      documentType: row.documentType ?? 'test_report',
      title: row.title,
      issuer: row.issuer ?? null,
      validUntil: row.validUntil ?? null,
      fileSha256: `${String(index).padStart(4, '0')}${'a'.repeat(60)}`,
      fileName: `tai-lieu-${index}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: 1000 + index,
      createdAt: new Date(NOW.getTime() - (row.at ?? index) * 60_000),
    })),
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  units = await buildJurisdictions(t.db);
  producer = await buildProducer(t.db, { commune: units.communeX });
  own = await signInAsProducer(t.app, t.db, producer, units.communeX);
  // 200 yearly test reports (valid), then a handful of distinctive documents.
  await insertDocuments(
    producer,
    Array.from({ length: 200 }, (_, i) => ({
      title: `Phiếu kết quả thử nghiệm lô ${i + 1}`,
      issuer: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1',
      validUntil: '2027-12-31',
      at: 100 + i,
    })),
  );
  await insertDocuments(producer, [
    {
      title: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
      issuer: 'Chi cục Quản lý chất lượng Nông lâm sản',
      documentType: 'food_safety_eligibility',
      validUntil: '2026-03-20',
      at: 1,
    },
    {
      title: 'Chứng nhận VietGAP chè',
      issuer: 'Công ty Chứng nhận Hoà Bình',
      documentType: 'qms_certificate',
      validUntil: '2026-01-31',
      at: 2,
    },
    {
      title: 'Giấy đăng ký kinh doanh',
      issuer: 'Phòng Tài chính – Kế hoạch huyện Đại Từ',
      documentType: 'business_registration',
      validUntil: null,
      at: 3,
    },
    // Stored decomposed (as some keyboards and PDFs produce it).
    { title: 'Hợp đồng liên kết vùng nguyên liệu Thủy Xuân'.normalize('NFD'), documentType: 'other', at: 4 },
    { title: 'Ảnh sản phẩm 100% chè búp', documentType: 'photo', at: 5 },
    ...Array.from({ length: TOTAL - 205 }, (_, i) => ({
      title: `Phiếu kiểm nghiệm chỉ tiêu vi sinh ${i + 1}`,
      issuer: 'Viện Kiểm nghiệm ATVSTP Quốc gia',
      validUntil: '2025-06-30',
      at: 10 + i,
    })),
  ]);
});
afterAll(async () => {
  await t.close();
});

describe('evidence list paging', () => {
  it('walks more than 200 documents page by page, each once, with the total on every page', async () => {
    const seen = new Set<string>();
    let offset = 0;
    const sizes: number[] = [];
    for (;;) {
      const page = await list(own, `limit=100&offset=${offset}`);
      expect(page.total).toBe(TOTAL);
      if (page.items.length === 0) break;
      sizes.push(page.items.length);
      for (const item of page.items) seen.add(item.id);
      offset += page.items.length;
    }
    expect(sizes).toEqual([100, 100, 30]);
    expect(seen.size).toBe(TOTAL);
    const first = await list(own, 'limit=3');
    expect(first.items.map((e) => e.title)).toEqual([
      'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
      'Chứng nhận VietGAP chè',
      'Giấy đăng ký kinh doanh',
    ]);
  });

  it('refuses a page size over 200 or a negative offset, naming the field', async () => {
    for (const [query, field] of [
      ['limit=500', 'limit'],
      ['offset=-1', 'offset'],
      ['validity=someday', 'validity'],
      ['documentType=poem', 'documentType'],
    ] as const) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/evidence?${query}`,
        headers: own.headers,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: `querystring.${field}` })],
      });
    }
  });
});

describe('evidence list filters', () => {
  it('filters by type and by validity on today', async () => {
    expect((await list(own, 'documentType=test_report&limit=1')).total).toBe(TOTAL - 5);
    expect((await list(own, 'documentType=qms_certificate')).items.map((e) => e.title)).toEqual([
      'Chứng nhận VietGAP chè',
    ]);
    const soon = await list(own, 'validity=expiring_soon');
    expect(soon.items.map((e) => e.title)).toEqual(['Giấy chứng nhận cơ sở đủ điều kiện ATTP']);
    expect(soon.items[0]).toMatchObject({ validity: 'expiring_soon', isExpiringSoon: true });
    const expired = await list(own, 'validity=expired&limit=200');
    expect(expired.total).toBe(TOTAL - 205 + 1);
    expect(expired.items.every((e) => e.validity === 'expired')).toBe(true);
    // Valid: beyond the warning window, or without an expiry date.
    expect((await list(own, 'validity=valid&limit=1')).total).toBe(200 + 3);
    expect((await list(own, 'validity=expired&documentType=qms_certificate')).total).toBe(1);
  });

  it('searches title and issuer without caring about case, diacritics or tone-mark placement', async () => {
    expect((await list(own, `q=${encodeURIComponent('kiem nghiem')}&limit=1`)).total).toBe(TOTAL - 205);
    expect(
      (await list(own, `q=${encodeURIComponent('KIỂM NGHIỆM CHỈ TIÊU VI SINH 7')}`)).items.map(
        (e) => e.title,
      ),
    ).toEqual(['Phiếu kiểm nghiệm chỉ tiêu vi sinh 7']);
    // Issuer only: "Hòa Bình" typed with the other tone-mark placement.
    expect((await list(own, `q=${encodeURIComponent('Hòa Bình')}`)).items.map((e) => e.title)).toEqual([
      'Chứng nhận VietGAP chè',
    ]);
    expect((await list(own, `q=${encodeURIComponent('dai tu')}`)).items.map((e) => e.title)).toEqual([
      'Giấy đăng ký kinh doanh',
    ]);
    // A decomposed title is found by a composed query.
    expect((await list(own, `q=${encodeURIComponent('Thuỷ Xuân')}`)).total).toBe(1);
    // "%" and "_" are searched literally.
    expect((await list(own, `q=${encodeURIComponent('100%')}`)).items.map((e) => e.title)).toEqual([
      'Ảnh sản phẩm 100% chè búp',
    ]);
    expect((await list(own, `q=${encodeURIComponent('%')}`)).total).toBe(1);
    expect((await list(own, 'q=_')).total).toBe(0);
    // Search, filter and paging together.
    const page = await list(own, `q=${encodeURIComponent('thử nghiệm')}&validity=valid&limit=50&offset=150`);
    expect(page).toMatchObject({ total: 200 });
    expect(page.items).toHaveLength(50);
  });
});

describe('evidence list scope', () => {
  it('never shows a producer or another commune the documents of someone else, whatever the filters', async () => {
    const other = await buildProducer(t.db, { commune: units.communeX });
    await insertDocuments(other, [
      { title: 'Phiếu kiểm nghiệm của hợp tác xã khác', issuer: 'Viện Kiểm nghiệm ATVSTP Quốc gia' },
    ]);
    const otherSession = await signInAsProducer(t.app, t.db, other, units.communeX);
    expect((await list(otherSession, '')).items.map((e) => e.title)).toEqual([
      'Phiếu kiểm nghiệm của hợp tác xã khác',
    ]);
    expect((await list(otherSession, `producerId=${producer.id}`)).total).toBe(0);
    expect((await list(otherSession, `q=${encodeURIComponent('kiểm nghiệm')}&limit=200`)).total).toBe(1);
    expect((await list(own, `q=${encodeURIComponent('hợp tác xã khác')}`)).total).toBe(0);
    const [someoneElses] = (await list(own, 'limit=1')).items;
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/evidence/${someoneElses!.id}`,
          headers: otherSession.headers,
        })
      ).statusCode,
    ).toBe(404);

    const officerY = await signInAs(t, 'commune_officer', units.communeY);
    expect((await list(officerY, `q=${encodeURIComponent('kiểm nghiệm')}`)).total).toBe(0);
    const officerX = await signInAs(t, 'commune_officer', units.communeX);
    expect((await list(officerX, `producerId=${producer.id}&limit=1`)).total).toBe(TOTAL);
    expect((await list(officerX, `q=${encodeURIComponent('kiểm nghiệm')}&limit=1`)).total).toBe(
      TOTAL - 205 + 1,
    );
  });
});
