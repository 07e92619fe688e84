/** HTML of the public catalogue and product pages, and the open-data rows (no JavaScript needed). */
import { deriveCertificateStatus } from '../../domain/evaluation/certificate-rules';
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '../../domain/evaluation/evaluation.types';
import { normalizeGtin14 } from '../../domain/stamps/gtin14';
import type { CatalogueFilters, CatalogueItem, CatalogueProduct } from './catalogue-query';
import { escapeHtml, field, publicPage, starsHtml, vnDate } from './public-html';
import { toCsv } from '../files/spreadsheet-cell';

export const statusOfItem = (item: CatalogueItem, today: string): CertificateStatus =>
  deriveCertificateStatus(
    { validUntil: item.validUntil, revokedOn: item.revokedOn, supersededOn: item.supersededOn },
    today,
  );

function gtin14Of(item: CatalogueItem): string | null {
  try {
    return item.gtin ? normalizeGtin14(item.gtin) : null;
  } catch {
    return null;
  }
}

/** One open-data record; the schema is documented in docs/api/open-data.md. */
export function openDataRecord(item: CatalogueItem, today: string, baseUrl: string) {
  return {
    productId: item.productId,
    productName: item.productName,
    productSet: item.productSet,
    gtin14: gtin14Of(item),
    stars: item.stars,
    producerName: item.producerName,
    commune: item.communeName,
    province: item.provinceName,
    provinceCode: item.provinceCode,
    certificateNumber: item.certificateNumber,
    certificateStatus: statusOfItem(item, today),
    issuedOn: item.issuedOn,
    validUntil: item.validUntil,
    productUrl: `${baseUrl}/p/${item.productId}`,
    certificateUrl: `${baseUrl}/c/${encodeURIComponent(item.certificateNumber)}`,
  };
}

export const OPEN_DATA_COLUMNS = [
  'productId',
  'productName',
  'productSet',
  'gtin14',
  'stars',
  'producerName',
  'commune',
  'province',
  'provinceCode',
  'certificateNumber',
  'certificateStatus',
  'issuedOn',
  'validUntil',
  'productUrl',
  'certificateUrl',
] as const;

/** The CSV header of each column in Vietnamese; the English key is the JSON field (docs/api/open-data.md). */
export const OPEN_DATA_HEADERS_VI = {
  productId: 'Mã sản phẩm',
  productName: 'Tên sản phẩm',
  productSet: 'Bộ sản phẩm',
  gtin14: 'Mã GTIN-14',
  stars: 'Số sao',
  producerName: 'Chủ thể',
  commune: 'Xã/phường',
  province: 'Tỉnh/thành phố',
  provinceCode: 'Mã tỉnh',
  certificateNumber: 'Số giấy chứng nhận',
  certificateStatus: 'Tình trạng giấy chứng nhận',
  issuedOn: 'Ngày cấp',
  validUntil: 'Hiệu lực đến',
  productUrl: 'Trang sản phẩm',
  certificateUrl: 'Trang tra cứu giấy chứng nhận',
} as const satisfies Record<(typeof OPEN_DATA_COLUMNS)[number], string>;

/** A byte-order mark, so that Excel opens the file as UTF-8 and shows Vietnamese letters correctly. */
const UTF8_BOM = '\uFEFF';

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark, one header row: Vietnamese headers and statuses by
 * default, the English keys and status codes of the JSON with `language: 'en'`. Text a spreadsheet
 * would run as a formula is neutralised.
 */
export function catalogueCsv(
  records: ReturnType<typeof openDataRecord>[],
  language: 'vi' | 'en' = 'vi',
): string {
  if (language === 'en') return UTF8_BOM + toCsv(OPEN_DATA_COLUMNS, records);
  type Header = (typeof OPEN_DATA_HEADERS_VI)[(typeof OPEN_DATA_COLUMNS)[number]];
  const rows = records.map((record) => {
    const row: Record<string, string | number | null> = { ...record };
    row.certificateStatus = CERTIFICATE_STATUS_LABELS[record.certificateStatus].vi;
    return Object.fromEntries(
      OPEN_DATA_COLUMNS.map((column) => [OPEN_DATA_HEADERS_VI[column], row[column] ?? null]),
    ) as Record<Header, string | number | null>;
  });
  return UTF8_BOM + toCsv(Object.values(OPEN_DATA_HEADERS_VI), rows);
}

function statusBadge(status: CertificateStatus): string {
  const colour = status === 'valid' ? '#1e6b34' : status === 'revoked' ? '#8c1d18' : '#5c4300';
  return `<strong style="color:${colour}">${CERTIFICATE_STATUS_LABELS[status].vi} / <span lang="en">${CERTIFICATE_STATUS_LABELS[status].en}</span></strong>`;
}

function queryString(filters: CatalogueFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.province) params.set('province', filters.province);
  if (filters.group !== undefined) params.set('group', String(filters.group));
  if (filters.productSet !== undefined) params.set('set', String(filters.productSet));
  if (filters.stars !== undefined) params.set('stars', String(filters.stars));
  if (!filters.isValidOnly) params.set('all', '1');
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `/?${s}` : '/';
}

type Group = { number: number; nameVi: string; nameEn: string };

function searchForm(
  filters: CatalogueFilters,
  provinces: { code: string; name: string }[],
  groups: readonly Group[],
  sets: { setNumber: number; nameVi: string }[],
): string {
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  return `<form method="get" action="/" class="card" role="search"><label>Tìm sản phẩm, chủ thể / <span lang="en">search</span><input type="search" name="q" value="${escapeHtml(filters.q ?? '')}"></label>
<div class="row"><label>Tỉnh / <span lang="en">province</span><select name="province">${option('', 'Tất cả / all', !filters.province)}${provinces.map((p) => option(p.code, p.name, p.code === filters.province)).join('')}</select></label>
<label>Ngành / <span lang="en">product group</span><select name="group">${option('', 'Tất cả / all', filters.group === undefined)}${groups.map((g) => option(String(g.number), `${g.number}. ${g.nameVi} / ${g.nameEn}`, g.number === filters.group)).join('')}</select></label>
<label>Bộ sản phẩm / <span lang="en">product set</span><select name="set">${option('', 'Tất cả / all', filters.productSet === undefined)}${sets.map((s) => option(String(s.setNumber), `${s.setNumber}. ${s.nameVi}`, s.setNumber === filters.productSet)).join('')}</select></label>
<label>Số sao / <span lang="en">stars</span><select name="stars">${option('', 'Tất cả / all', filters.stars === undefined)}${[3, 4, 5].map((n) => option(String(n), `${n} ★`, n === filters.stars)).join('')}</select></label></div>
<label style="display:flex;gap:8px;align-items:center"><input type="checkbox" name="all" value="1" style="width:auto"${filters.isValidOnly ? '' : ' checked'}> Hiện cả sản phẩm đã hết hạn hoặc bị thu hồi / <span lang="en">also show expired and revoked products</span></label>
<button type="submit">Tìm / Search</button></form>`;
}

/** The catalogue page `/`. */
export function renderCataloguePage(o: {
  items: CatalogueItem[];
  total: number;
  filters: CatalogueFilters;
  today: string;
  baseUrl: string;
  provinces: { code: string; name: string }[];
  groups: readonly Group[];
  sets: { setNumber: number; nameVi: string }[];
}): string {
  const { filters } = o;
  const list =
    o.items.length === 0
      ? '<p class="card">Không có sản phẩm phù hợp. / <span lang="en">No matching products.</span></p>'
      : `<ul class="list">${o.items.map((i) => `<li><a href="/p/${i.productId}"><strong>${escapeHtml(i.productName)}</strong></a> ${starsHtml(i.stars)}<br>${escapeHtml(i.producerName)} — ${escapeHtml(i.communeName)}, ${escapeHtml(i.provinceName)}<br>${statusBadge(statusOfItem(i, o.today))}</li>`).join('')}</ul>`;
  const pages = Math.max(1, Math.ceil(o.total / filters.pageSize));
  const nav = `<nav class="row" aria-label="pages">${filters.page > 1 ? `<a rel="prev" href="${escapeHtml(queryString(filters, filters.page - 1))}">← Trước / previous</a>` : ''}<span>Trang ${filters.page}/${pages} · ${o.total} sản phẩm</span>${filters.page < pages ? `<a rel="next" href="${escapeHtml(queryString(filters, filters.page + 1))}">Sau / next →</a>` : ''}</nav>`;
  const isFiltered = Boolean(
    filters.q ||
    filters.province ||
    filters.group !== undefined ||
    filters.productSet !== undefined ||
    filters.stars !== undefined ||
    !filters.isValidOnly ||
    filters.page > 1,
  );
  return publicPage({
    title: filters.q
      ? `“${filters.q}” — Sản phẩm OCOP / OCOP products`
      : 'Danh mục sản phẩm OCOP — OCOP product catalogue',
    description:
      'Tra cứu sản phẩm OCOP đã được công nhận: số sao, chủ thể, tình trạng giấy chứng nhận. Search certified OCOP products, their stars, producers and certificate status.',
    canonical: `${o.baseUrl}${queryString(filters, filters.page)}`,
    noIndex: isFiltered && filters.page === 1 && Boolean(filters.q),
    heading: 'Danh mục sản phẩm OCOP / OCOP catalogue',
    body: `<h1>Danh mục sản phẩm OCOP <small lang="en">OCOP product catalogue</small></h1>${searchForm(filters, o.provinces, o.groups, o.sets)}${list}${nav}<p><a href="/open-data/catalogue.json">JSON</a> · <a href="/open-data/catalogue.csv">CSV</a></p>`,
  });
}

function photosHtml(item: CatalogueProduct): string {
  if (item.photoIds.length === 0) return '';
  const images = item.photoIds
    .map(
      (id, index) =>
        `<img src="/p/${item.productId}/photos/${id}" alt="${escapeHtml(`${item.productName} — ảnh ${index + 1}`)}" loading="lazy" style="max-width:100%;border-radius:12px;margin:0 0 8px">`,
    )
    .join('');
  return `<section aria-labelledby="photos"><h2 id="photos">Hình ảnh / <span lang="en">Photos</span></h2>${images}</section>`;
}

function storyHtml(item: CatalogueProduct): string {
  if (!item.story) return '';
  const paragraphs = item.story
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  return `<section aria-labelledby="story" class="card"><h2 id="story">Câu chuyện sản phẩm / <span lang="en">Story</span></h2>${paragraphs}</section>`;
}

function pointsOfSaleHtml(item: CatalogueProduct): string {
  if (item.pointsOfSale.length === 0) return '';
  const rows = item.pointsOfSale.map((point) => {
    const parts = [`<strong>${escapeHtml(point.name)}</strong>`];
    if (point.address) parts.push(escapeHtml(point.address));
    if (point.phone)
      parts.push(
        `<a href="tel:${escapeHtml(point.phone.replace(/[^+\d]/g, ''))}">${escapeHtml(point.phone)}</a>`,
      );
    if (point.url)
      parts.push(
        `<a href="${escapeHtml(point.url)}" rel="nofollow noopener" target="_blank">${escapeHtml(point.url)}</a>`,
      );
    return `<li>${parts.join('<br>')}</li>`;
  });
  return `<section aria-labelledby="where-to-buy"><h2 id="where-to-buy">Nơi mua / <span lang="en">Where to buy</span></h2><ul class="list">${rows.join('')}</ul></section>`;
}

/** The product page `/p/:id` with schema.org/Product structured data. */
export function renderProductPage(
  item: CatalogueProduct,
  o: {
    today: string;
    baseUrl: string;
    setName: string | undefined;
    recordedPointsOfSaleHtml?: string;
    relatedNewsHtml?: string;
  },
): string {
  const status = statusOfItem(item, o.today);
  const gtin14 = gtin14Of(item);
  const url = `${o.baseUrl}/p/${item.productId}`;
  const photoUrls = item.photoIds.map((id) => `${url}/photos/${id}`);
  const certificateUrl = `${o.baseUrl}/c/${encodeURIComponent(item.certificateNumber)}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: item.productName,
    description: item.description || undefined,
    url,
    image: photoUrls.length ? photoUrls : undefined,
    gtin14: gtin14 ?? undefined,
    hasGS1DigitalLink: gtin14 ? `${o.baseUrl}/01/${gtin14}` : undefined,
    brand: { '@type': 'Organization', name: item.producerName },
    manufacturer: {
      '@type': 'Organization',
      name: item.producerName,
      address: {
        '@type': 'PostalAddress',
        addressLocality: item.communeName,
        addressRegion: item.provinceName,
        addressCountry: 'VN',
      },
    },
    hasCertification: {
      '@type': 'Certification',
      name: `OCOP ${item.stars} sao`,
      identifier: item.certificateNumber,
      url: certificateUrl,
      validFrom: item.issuedOn,
      expires: item.validUntil,
    },
  };
  return publicPage({
    title: `${item.productName} — OCOP ${item.stars} sao`,
    description: `${item.productName} của ${item.producerName} (${item.communeName}, ${item.provinceName}): sản phẩm OCOP ${item.stars} sao, giấy chứng nhận ${CERTIFICATE_STATUS_LABELS[status].vi.toLowerCase()}.`,
    canonical: url,
    jsonLd,
    body: `<h1>${escapeHtml(item.productName)}</h1><p>${starsHtml(item.stars)}</p>${item.description ? `<p class="card">${escapeHtml(item.description)}</p>` : ''}${photosHtml(item)}${storyHtml(item)}
<dl>${field('Chủ thể', 'Producer', escapeHtml(item.producerName))}${field('Xã', 'Commune', escapeHtml(item.communeName))}${field('Tỉnh', 'Province', escapeHtml(item.provinceName))}${field('Bộ sản phẩm', 'Product set', escapeHtml(`${item.productSet}${o.setName ? ` — ${o.setName}` : ''}`))}${gtin14 ? field('Mã GTIN', 'GTIN', gtin14) : ''}</dl>
<dl>${field('Giấy chứng nhận', 'Certificate', `<a href="/c/${encodeURIComponent(item.certificateNumber)}">${escapeHtml(item.certificateNumber)}</a>`)}${field('Tình trạng', 'Status', statusBadge(status))}${field('Ngày cấp', 'Issued', vnDate(item.issuedOn))}${field('Hiệu lực đến', 'Valid until', vnDate(item.validUntil))}</dl>${pointsOfSaleHtml(item)}${o.recordedPointsOfSaleHtml ?? ''}${o.relatedNewsHtml ?? ''}`,
  });
}
