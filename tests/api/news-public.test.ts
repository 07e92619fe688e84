/**
 * The public news: `/tin-tuc` (paged list), `/tin-tuc/:slug`, the Atom feed and "Tin liên quan" on
 * a product page. Plain HTML without JavaScript, in Vietnamese, with every typed text escaped;
 * drafts, reviewed and withdrawn articles never appear anywhere public.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProduct } from '../helpers/dossier-factories';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let office: Session;
let certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let otherProductId: string;
const slugs: Record<'story' | 'announcement' | 'draft' | 'reviewed' | 'withdrawn', string> = {
  story: '',
  announcement: '',
  draft: '',
  reviewed: '',
  withdrawn: '',
};

const get = (url: string) => t.app.inject({ method: 'GET', url });
const post = async (url: string, payload?: object) => {
  const response = await t.app.inject({
    method: 'POST',
    url,
    ...(payload ? { payload } : {}),
    headers: office.headers,
  });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  return response.json<{ id: string; slug: string }>();
};

async function article(
  title: string,
  steps: readonly ('review' | 'publish' | 'unpublish')[],
  extra: object = {},
): Promise<string> {
  const created = await post('/api/v1/news', {
    unitId: units.provinceA.id,
    kind: 'announcement',
    title,
    body: 'Nội dung.',
    ...extra,
  });
  for (const step of steps) await post(`/api/v1/news/${created.id}/${step}`);
  return created.slug;
}

function expectNoScript(html: string): void {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.filter((s) => !s.includes('application/ld+json'))).toEqual([]);
  // Event-handler attributes inside a tag (escaped text such as "&lt;img onerror=…" is harmless).
  expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  office = await signInAs(t, 'standing_office', units.provinceA);
  certified = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { name: 'Mứt gừng dẻo Bát Tràng', stars: 4 },
  );
  otherProductId = (await buildProduct(t.db, { producer: certified.producer, name: 'Bánh chưa công nhận' }))
    .id;
  slugs.story = await article(
    'Câu chuyện <script>alert(1)</script> gừng "Bát Tràng"',
    ['review', 'publish'],
    {
      kind: 'producer_story',
      summary: 'Tóm tắt & <b>đậm</b>',
      body: 'Đoạn một <img src=x onerror=alert(1)>.\n\nĐoạn hai ]]> kết.',
      productIds: [certified.product.id, otherProductId],
      producerIds: [certified.producer.id],
    },
  );
  slugs.announcement = await article('Thông báo kết quả đánh giá 2026', ['review', 'publish'], {
    producerIds: [certified.producer.id],
  });
  slugs.draft = await article('Bản nháp bí mật', [], { productIds: [certified.product.id] });
  slugs.reviewed = await article('Đã duyệt chưa đăng', ['review'], { productIds: [certified.product.id] });
  slugs.withdrawn = await article('Tin đã gỡ', ['review', 'publish', 'unpublish'], {
    productIds: [certified.product.id],
  });
}, 120_000);
afterAll(async () => t.close());

/** The parts of the parsed Atom document the tests read. */
interface AtomFeed {
  '@xmlns': string;
  title: string;
  id: string;
  link: { '@rel': string; '@href': string }[];
  entry: {
    title: { '#text': string };
    id: string;
    link: { '@href': string }[];
    updated: string;
    author: { name: string };
  }[];
}

const HIDDEN = ['Bản nháp bí mật', 'Đã duyệt chưa đăng', 'Tin đã gỡ'];

describe('/tin-tuc', () => {
  it('lists the published articles in Vietnamese, escaped, without JavaScript, and no other', async () => {
    const response = await get('/tin-tuc');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.body;
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Tin tức OCOP');
    expect(html).toContain('Câu chuyện chủ thể');
    expect(html).toContain('Câu chuyện &lt;script&gt;alert(1)&lt;/script&gt; gừng &quot;Bát Tràng&quot;');
    expect(html).toContain('Tóm tắt &amp; &lt;b&gt;đậm&lt;/b&gt;');
    expect(html).toContain(`href="/tin-tuc/${slugs.announcement}"`);
    expect(html).toContain('15/06/2026');
    expect(html).toContain('href="/tin-tuc/feed.atom"');
    for (const hidden of HIDDEN) expect(html).not.toContain(hidden);
    expectNoScript(html);
  });

  it('pages with plain links and answers past the last page with 404', async () => {
    expect((await get('/tin-tuc?page=1')).body).not.toContain('rel="next"');
    expect((await get('/tin-tuc?page=2')).statusCode).toBe(404);
    expect((await get('/tin-tuc?page=abc')).statusCode).toBe(200);
  });
});

describe('/tin-tuc/:slug', () => {
  it('shows a published article with its paragraphs and mentions, escaped', async () => {
    const response = await get(`/tin-tuc/${slugs.story}`);
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain(
      '<h1>Câu chuyện &lt;script&gt;alert(1)&lt;/script&gt; gừng &quot;Bát Tràng&quot;</h1>',
    );
    expect(html).toContain('<p>Đoạn một &lt;img src=x onerror=alert(1)&gt;.</p><p>Đoạn hai ]]&gt; kết.</p>');
    expect(html).toContain(`<a href="/p/${certified.product.id}">Mứt gừng dẻo Bát Tràng</a>`);
    expect(html).toContain('<li>Bánh chưa công nhận</li>');
    expect(html).toContain(`<li>${certified.producer.name}</li>`);
    expectNoScript(html);
  });

  it.each(['draft', 'reviewed', 'withdrawn'] as const)('answers 404 for a %s article', async (which) => {
    const response = await get(`/tin-tuc/${slugs[which]}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Không có bản tin này');
    for (const hidden of HIDDEN) expect(response.body).not.toContain(hidden);
  });

  it('answers 404 for a malformed address', async () => {
    expect((await get('/tin-tuc/%3Cscript%3E')).statusCode).toBe(404);
  });
});

describe('/tin-tuc/feed.atom', () => {
  it('is valid Atom with one entry per published article linking to its page', async () => {
    const response = await get('/tin-tuc/feed.atom');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/atom+xml');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['entry', 'link'].includes(name),
    });
    const { feed } = parser.parse(response.body) as { feed: AtomFeed };
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('Tin tức OCOP');
    expect(feed.id).toMatch(/\/tin-tuc$/);
    expect(feed.link.map((l) => l['@rel'])).toEqual(expect.arrayContaining(['alternate', 'self']));
    const entries = feed.entry;
    expect(entries).toHaveLength(2);
    const links = entries.map((e) => e.link[0]!['@href']);
    expect(links).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`/tin-tuc/${slugs.story}$`)),
        expect.stringMatching(new RegExp(`/tin-tuc/${slugs.announcement}$`)),
      ]),
    );
    for (const entry of entries) {
      expect(entry.id).toBe(entry.link[0]!['@href']);
      expect(new Date(entry.updated).toISOString()).toBe('2026-06-15T03:00:00.000Z');
      expect(entry.author.name).toBe(units.provinceA.fullName);
    }
    const titles = entries.map((e) => e.title['#text']);
    expect(titles).toContain('Câu chuyện &lt;script&gt;alert(1)&lt;/script&gt; gừng &quot;Bát Tràng&quot;');
    for (const hidden of HIDDEN) expect(response.body).not.toContain(hidden);
  });
});

describe('Tin liên quan on the product page', () => {
  it('lists the published articles naming the product or its producer, not the others', async () => {
    const response = await get(`/p/${certified.product.id}`);
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('Tin liên quan');
    expect(html).toContain(`href="/tin-tuc/${slugs.story}"`);
    expect(html).toContain(`href="/tin-tuc/${slugs.announcement}"`);
    for (const hidden of HIDDEN) expect(html).not.toContain(hidden);
    expectNoScript(html);
  });
});

describe('the public menu', () => {
  it('links every public page to the news, from the catalogue home and the news pages alike', async () => {
    for (const url of ['/', '/tin-tuc', '/su-kien']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      const nav = /<nav aria-label="Trang công khai \/ public site"[^>]*>(.*?)<\/nav>/.exec(
        response.body,
      )?.[1];
      expect(nav, url).toContain('<a href="/tin-tuc">Tin tức</a>');
      expect(nav, url).toContain('<a href="/">Sản phẩm</a>');
    }
  });
});
