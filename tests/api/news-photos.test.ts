import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { auditLog, newsArticlePhotos } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Photos of news articles (uploadNewsPhoto, getNewsPhoto, deleteNewsPhoto): the standing office
 * of the article's province adds JPEG/PNG/WebP photos with a caption — recognised from the bytes,
 * size-limited — and the public article page shows them once published (the image answers 404
 * while the article is a draft). Another province does not see the article (404); commune,
 * leader and producer are refused. Every refusal writes nothing.
 */
type ActorName = 'province' | 'otherProvince' | 'central' | 'leader' | 'commune' | 'producer';
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  leader: ['leader', () => units.provinceA],
  commune: ['commune_officer', () => units.communeX],
  producer: ['producer', () => units.communeX],
};

/** A 1 × 1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function photoForm(file: { content: Buffer; name: string; type: string } | null, caption?: string) {
  const boundary = `----ocop${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  if (caption !== undefined)
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\n${caption}\r\n`),
    );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (actor: ActorName, articleId: string, form: ReturnType<typeof photoForm>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/news/${articleId}/photos`,
    payload: form.payload,
    headers: { ...sessions.get(actor)!.headers, ...form.headers },
  });
const inject = (actor: ActorName, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: sessions.get(actor)!.headers });

async function snapshot(): Promise<number[]> {
  return Promise.all(
    [auditLog, newsArticlePhotos].map(async (table) => {
      const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
      return toCount(row?.n);
    }),
  );
}

async function draftArticle(title: string): Promise<{ id: string; slug: string }> {
  const response = await inject('province', 'POST', '/api/v1/news', {
    unitId: units.provinceA.id,
    kind: 'producer_story',
    title,
    body: 'Câu chuyện của hợp tác xã.',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const [actor, [role, unit]] of Object.entries(GRANTS) as [ActorName, (typeof GRANTS)[ActorName]][])
    sessions.set(actor, await signInAs(t, role, unit()));
});
afterAll(async () => t.close());

describe('news photos', () => {
  it('adds a photo with its caption; the public page shows it once the article is published', async () => {
    const article = await draftArticle('Làng gốm vào mùa');
    const added = await upload(
      'province',
      article.id,
      photoForm({ content: PNG, name: 'lo-gom.png', type: 'image/png' }, 'Lò gốm Bát Tràng'),
    );
    expect(added.statusCode, added.body).toBe(201);
    const body = added.json<{
      status: string;
      photos: { id: string; caption: string; url: string; publicUrl: string }[];
    }>();
    expect(body.photos).toHaveLength(1);
    const photo = body.photos[0]!;
    expect(photo).toMatchObject({
      caption: 'Lò gốm Bát Tràng',
      url: `/api/v1/news/${article.id}/photos/${photo.id}`,
    });
    expect(photo.publicUrl).toBe(`/tin-tuc/${article.slug}/anh/${photo.id}`);

    const preview = await inject('province', 'GET', photo.url);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/png');
    expect(preview.headers['x-content-type-options']).toBe('nosniff');
    expect(preview.rawPayload.equals(PNG)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: photo.publicUrl })).statusCode).toBe(404);

    for (const action of ['review', 'publish'])
      expect((await inject('province', 'POST', `/api/v1/news/${article.id}/${action}`)).statusCode).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: `/tin-tuc/${article.slug}` });
    expect(page.body).toContain(`<img src="${photo.publicUrl}" alt="Lò gốm Bát Tràng"`);
    expect(page.body).toContain('<figcaption><small>Lò gốm Bát Tràng</small></figcaption>');
    const image = await t.app.inject({ method: 'GET', url: photo.publicUrl });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);

    // A published article is withdrawn before its photos change.
    const before = await snapshot();
    expect((await inject('province', 'DELETE', photo.url)).statusCode).toBe(409);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses what is not a JPEG, PNG or WebP by its content, a missing caption and a file too large', async () => {
    const article = await draftArticle('Bản tin thử tệp');
    const before = await snapshot();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const cases: [ReturnType<typeof photoForm>, number, string][] = [
      [photoForm({ content: html, name: 'anh.png', type: 'image/png' }, 'Ảnh giả'), 415, 'unsupported'],
      [
        photoForm(
          { content: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'a.pdf', type: 'application/pdf' },
          'PDF',
        ),
        415,
        'unsupported',
      ],
      [photoForm({ content: PNG, name: 'a.png', type: 'image/png' }, '  '), 400, 'caption'],
      [photoForm({ content: PNG, name: 'a.png', type: 'image/png' }), 400, 'caption'],
      [photoForm(null, 'Không có tệp'), 400, 'file'],
      [
        photoForm(
          { content: Buffer.alloc(9 * 1024 * 1024, 1), name: 'lon.png', type: 'image/png' },
          'Quá lớn',
        ),
        413,
        'file',
      ],
    ];
    for (const [form, status, hint] of cases) {
      const response = await upload('province', article.id, form);
      expect(response.statusCode, `${hint}: ${response.body}`).toBe(status);
      if (status === 400) expect(response.body).toContain(hint);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('removes a photo from a draft (audited)', async () => {
    const article = await draftArticle('Bản tin xóa ảnh');
    const added = await upload(
      'province',
      article.id,
      photoForm({ content: PNG, name: 'a.png', type: 'image/png' }, 'Ảnh 1'),
    );
    const photo = added.json<{ photos: { url: string }[] }>().photos[0]!;
    const removed = await inject('province', 'DELETE', photo.url);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<{ photos: unknown[] }>().photos).toEqual([]);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'news.photo-removed'`);
    expect(audits).toHaveLength(1);
  });

  describe('authorization', () => {
    let articleId: string;
    let photoUrl: string;
    beforeAll(async () => {
      const article = await draftArticle('Bản tin phân quyền ảnh');
      articleId = article.id;
      const added = await upload(
        'province',
        articleId,
        photoForm({ content: PNG, name: 'a.png', type: 'image/png' }, 'Ảnh'),
      );
      photoUrl = added.json<{ photos: { url: string }[] }>().photos[0]!.url;
    });

    const matrix: [ActorName, number, number, number][] = [
      // actor, upload, view, delete
      ['otherProvince', 404, 404, 404],
      ['commune', 404, 404, 404],
      ['leader', 403, 200, 403],
      ['producer', 403, 403, 403],
      // Last: it removes the photo the others tried.
      ['central', 201, 200, 200],
    ];
    it.each(matrix)(
      '%s: upload %i, view %i, delete %i',
      async (actor, uploadStatus, viewStatus, deleteStatus) => {
        const before = await snapshot();
        const response = await upload(
          actor,
          articleId,
          photoForm({ content: PNG, name: 'b.png', type: 'image/png' }, 'Ảnh khác'),
        );
        expect(response.statusCode, response.body).toBe(uploadStatus);
        if (uploadStatus !== 201) expect(await snapshot()).toEqual(before);
        expect((await inject(actor, 'GET', photoUrl)).statusCode).toBe(viewStatus);
        const beforeDelete = await snapshot();
        expect((await inject(actor, 'DELETE', photoUrl)).statusCode).toBe(deleteStatus);
        if (deleteStatus !== 200) expect(await snapshot()).toEqual(beforeDelete);
      },
    );
  });
});
