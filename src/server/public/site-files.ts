/**
 * The files every public web site is asked for: `robots.txt`, `sitemap.xml` (the catalogue, and the
 * products and certificates in force) and the favicon. Pure rendering; the routes feed them the
 * public catalogue snapshot.
 */
import { deriveCertificateStatus } from '../../domain/evaluation/certificate-rules';
import type { CatalogueItem } from './catalogue-query';
import { escapeHtml } from './public-html';

/** A white OCOP star on the programme's green. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1e6b34"/><path fill="#fff" d="M16 4.5l3.4 7 7.6 1.1-5.5 5.4 1.3 7.6L16 22l-6.8 3.6 1.3-7.6L5 12.6l7.6-1.1z"/></svg>';

/** The same star as a 32×32 PNG inside an ICO container, for browsers that ask for /favicon.ico. */
export const FAVICON_ICO = Buffer.from(
  'AAABAAEAICAAAAEAIAD8AgAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAgAAAAIAgGAAAAc3p69AAAArFJREFUeJzEl99rklEYx7/n1TWnE0f7YWpatIlbW5SrxmjFjGpe1IWLSBa1zChsFgT1B/QHtKCLhRTURQ26LOqiFpQtqBHVaosZdFE5rBUVQb+25nw75wVlqOXxTPQDx/e8j8/7PN/j4znvOWrMwxZct0+W4QGR2wmIGQVEhvweMhkhBNeiA08uJ+2EfZiCzmVqWTpPCOlCEZBleShOEoc/DIy+k5ihDKrBYiVnsFx0wFeUvvVI6wEiSRdRAuREwq+GRLwQRK/RKdfv0z8hBM0t0T/bGgjic3mxv1NYP1huNb0aIUB5WTkObdmr9C/cHcTM7AwEMEoQxNe5G4YKvdJ6N+2CKEIC2OgDW3tT931dPpSp1BBBSMCeDg8WV1al7lm/p6MbIuQtgI20b5svw37M7YdKUiFfVIY286lcTrX6ajRZ7Gi3t9Lae9HW4Mzw0Wm0MBpqUVmuhY62+Fwcv/78zhUahK7/crrRv7kHGx3rYau2wFpjgYbWXIRpOjMmP8cQ/RLDg1ePcSl8NcMnawluv7iH5qUO2E0rhJMz2LMsBos1NBbO6pNVQOzrFHaeOYipb5+wUFgMFovF5BZQKBG5kv9XwEJF8CTPKUBUBG9yLgFJEXfGh8EL8+VJzuBePxvNDbyucJjquX25BTRbHbyuaLE1cvtylWBJVR20iyrAC/OtM9Rw+XIJyPaTPnszDu/ZgNJYPx3eknGVgL0HkoxFJ3D6Rgj3I49Stu5+P1wrN+DkjgBW2ZpSoocjIzljcwlwmOsRib1G/83QP2dDeOKh0tyrXTixPaA8w0PWl1E6zuUtGH37EvnA+wwTwCas0L6wAHyU6JHpOUoEyy0hgRBKBc2tnA2twbW36B7djSJCz4fXJ8899SjrwBzBcWoS2tgLJv+RUM0eZX0y/4tSHM//AgAA///mz4+UAAAABklEQVQDAFXV75YBebp3AAAAAElFTkSuQmCC',
  'base64',
);

/** The public pages that are not one product or certificate. */
const PUBLIC_PAGES = ['/', '/tin-tuc', '/su-kien', '/diem-ban'] as const;

/** Crawlers may read the public pages; the back-office, the API and the photo files are not for them. */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /app/',
    'Disallow: /api/',
    'Allow: /',
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

/**
 * A sitemap (sitemaps.org 0.9) of the public pages, each product whose live certificate is in force on
 * `today` and that certificate's verification page.
 */
export function sitemapXml(items: readonly CatalogueItem[], today: string, baseUrl: string): string {
  const inForce = items.filter((item) => deriveCertificateStatus(item, today) === 'valid');
  const urls = [
    ...PUBLIC_PAGES.map((page) => ({ loc: `${baseUrl}${page === '/' ? '/' : page}`, lastmod: today })),
    ...inForce.flatMap((item) => [
      { loc: `${baseUrl}/p/${item.productId}`, lastmod: item.issuedOn },
      { loc: `${baseUrl}/c/${encodeURIComponent(item.certificateNumber)}`, lastmod: item.issuedOn },
    ]),
  ];
  const body = urls
    .map((url) => `<url><loc>${escapeHtml(url.loc)}</loc><lastmod>${url.lastmod}</lastmod></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
