/** Small helpers of the public, server-rendered pages (no JavaScript, mobile-first, vi + en). */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
export const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
export const starsHtml = (stars: number): string =>
  `<span class="stars" aria-label="${stars} sao / ${stars} stars">${'★'.repeat(stars)}</span>`;
export const field = (vi: string, en: string, value: string): string =>
  `<dt>${vi} / <span lang="en">${en}</span></dt><dd>${value}</dd>`;

/** What every public page uses: the frame, the status banner, warnings, fact lists, cards and stars. */
const BASE_STYLE =
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f4ef;color:#1d1b16;line-height:1.45}' +
  'main{max-width:640px;margin:0 auto;padding:16px}header{font-weight:700;color:#b3261e;letter-spacing:.04em}header a{color:inherit;text-decoration:none}' +
  '.status{border-radius:12px;padding:16px;margin:12px 0;font-size:1.3rem;font-weight:700}.status small{display:block;font-size:.95rem;font-weight:500}' +
  '.warn{border-radius:12px;padding:12px 16px;margin:12px 0;background:#fff3cd;color:#5c4300;border:2px solid #d4a017;font-weight:600}' +
  'dl,.card{background:#fff;border-radius:12px;padding:12px 16px;margin:0 0 12px}dt{font-size:.8rem;color:#5f5b52;margin-top:8px}dd{margin:0;font-weight:600}' +
  '.stars{color:#d4a017;font-size:1.3rem;letter-spacing:2px}footer{font-size:.8rem;color:#5f5b52;margin-top:16px}a{color:#1f4e9c}';
/** Forms, lists and rows: the catalogue, news, events and the report form use them; the scan page does not. */
const FORM_AND_LIST_STYLE =
  'form label{display:block;margin-top:8px;font-size:.9rem}input,textarea,select,button{font:inherit;width:100%;box-sizing:border-box;padding:8px;margin-top:4px;border:1px solid #bbb;border-radius:8px}' +
  'button{background:#b3261e;color:#fff;border:0;font-weight:700;margin-top:12px}ul.list{list-style:none;padding:0}ul.list li{background:#fff;border-radius:12px;padding:12px 16px;margin:0 0 8px}' +
  '.row{display:flex;gap:8px;flex-wrap:wrap}.row>*{flex:1 1 140px}';
const FULL_STYLE = BASE_STYLE + FORM_AND_LIST_STYLE;

export interface PageOptions {
  title: string;
  description: string;
  body: string;
  heading?: string;
  canonical?: string;
  jsonLd?: unknown;
  noIndex?: boolean;
  /** The language of the page (`<html lang>`); Vietnamese unless said. */
  lang?: 'vi' | 'en';
  /**
   * A page with no form and no list (the stamp verification page a shopper's scan lands on): only the
   * base style sheet is inlined, so the phone receives fewer bytes on every scan.
   */
  withoutFormStyles?: boolean;
}

/** The public site's menu: plain links, in Vietnamese, the same on every page. */
const PUBLIC_MENU = `<nav aria-label="Trang công khai / public site" style="display:flex;gap:12px;flex-wrap:wrap;margin-top:4px"><a href="/">Sản phẩm</a> <a href="/tin-tuc">Tin tức</a> <a href="/su-kien">Sự kiện</a> <a href="/diem-ban">Điểm bán</a></nav>`;

/** The page shell: title, meta description, optional canonical link and JSON-LD, inline CSS only. */
export function publicPage(o: PageOptions): string {
  const jsonLd = o.jsonLd
    ? `<script type="application/ld+json">${JSON.stringify(o.jsonLd).replace(/</g, '\\u003c')}</script>`
    : '';
  return `<!doctype html>
<html lang="${o.lang ?? 'vi'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(o.title)}</title><meta name="description" content="${escapeHtml(o.description)}">${o.canonical ? `<link rel="canonical" href="${escapeHtml(o.canonical)}">` : ''}${o.noIndex ? '<meta name="robots" content="noindex">' : ''}
${jsonLd}<style>${o.withoutFormStyles ? BASE_STYLE : FULL_STYLE}</style></head><body><main><header><a href="/">OCOP · ${escapeHtml(o.heading ?? 'Sản phẩm OCOP / OCOP products')}</a>${PUBLIC_MENU}</header>${o.body}
<footer>Nguồn: cơ sở dữ liệu OCOP. Source: the OCOP registry. <a href="/open-data/catalogue.json">Dữ liệu mở / open data</a></footer></main></body></html>`;
}
