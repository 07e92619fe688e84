/**
 * Public pages of the points of sale (điểm giới thiệu và bán sản phẩm OCOP): the provinces that
 * have some (`/diem-ban`), one province's list (`/diem-ban/:provinceCode`), and the "where to buy"
 * section of a product page. Server-rendered HTML, no JavaScript; every recorded text is escaped.
 */
import type { PointOfSaleWithUnits } from '../../db/repositories/promotion-points-of-sale.repository';
import { POINT_OF_SALE_KIND_LABELS } from '../../domain/promotion/promotion.types';
import { escapeHtml, publicPage } from './public-html';

export interface PublicPointOfSale extends PointOfSaleWithUnits {
  /** Catalogue products carried (certified), by name. */
  products: { id: string; name: string; producerName: string }[];
}

function telLink(phone: string): string {
  return `<a href="tel:${escapeHtml(phone.replace(/[^+\d]/g, ''))}">${escapeHtml(phone)}</a>`;
}

function mapLink(point: PointOfSaleWithUnits['point']): string {
  if (point.latitude === null || point.longitude === null) return '';
  const coordinates = `${point.latitude.toFixed(6)},${point.longitude.toFixed(6)}`;
  return `<a href="https://www.openstreetmap.org/?mlat=${point.latitude.toFixed(6)}&amp;mlon=${point.longitude.toFixed(6)}#map=17/${point.latitude.toFixed(6)}/${point.longitude.toFixed(6)}" rel="noopener">Bản đồ / <span lang="en">map</span> (${coordinates})</a>`;
}

/** One point of sale as a list item: kind, name, address, hours, phone, map link, products. */
export function pointOfSaleItem(entry: PublicPointOfSale, o: { isShowingProducts: boolean }): string {
  const p = entry.point;
  const parts = [
    `<small>${escapeHtml(POINT_OF_SALE_KIND_LABELS[p.kind].vi)}</small>`,
    `<strong>${escapeHtml(p.name)}</strong>`,
    `${escapeHtml(p.address)}, ${escapeHtml(entry.communeName)}`,
  ];
  if (p.openingHours) parts.push(`Giờ mở cửa / <span lang="en">hours</span>: ${escapeHtml(p.openingHours)}`);
  if (p.phone) parts.push(telLink(p.phone));
  const map = mapLink(p);
  if (map) parts.push(map);
  if (o.isShowingProducts && entry.products.length > 0) {
    const products = entry.products
      .map(
        (product) =>
          `<a href="/p/${product.id}">${escapeHtml(product.name)}</a> <small>(${escapeHtml(product.producerName)})</small>`,
      )
      .join(', ');
    parts.push(`Sản phẩm OCOP / <span lang="en">OCOP products</span>: ${products}`);
  }
  return `<li>${parts.join('<br>')}</li>`;
}

/** `/diem-ban`: the provinces that have recorded points of sale. */
export function renderPointsOfSaleIndex(
  provinces: readonly { code: string; name: string; count: number }[],
  baseUrl: string,
): string {
  const items = provinces
    .map(
      (p) =>
        `<li><a href="/diem-ban/${encodeURIComponent(p.code)}">${escapeHtml(p.name)}</a> — ${p.count} điểm</li>`,
    )
    .join('');
  return publicPage({
    title: 'Điểm giới thiệu và bán sản phẩm OCOP theo tỉnh',
    description:
      'Danh sách điểm giới thiệu và bán sản phẩm OCOP của các tỉnh, thành phố. OCOP showrooms and points of sale by province.',
    canonical: `${baseUrl}/diem-ban`,
    heading: 'Điểm bán sản phẩm OCOP / OCOP points of sale',
    body: `<h1>Điểm giới thiệu và bán sản phẩm OCOP <small lang="en">OCOP points of sale</small></h1>${items ? `<ul class="list">${items}</ul>` : '<p class="card">Chưa có điểm bán nào được ghi nhận. <span lang="en">No points of sale recorded yet.</span></p>'}<p><a href="/su-kien">Lịch hội chợ, sự kiện / events calendar</a> · <a href="/">Danh mục sản phẩm / catalogue</a></p>`,
  });
}

/** `/diem-ban/:provinceCode`: every point of sale of one province, by commune. */
export function renderProvincePointsOfSale(
  province: { code: string; name: string },
  entries: readonly PublicPointOfSale[],
  baseUrl: string,
): string {
  const list = entries.length
    ? `<ul class="list">${entries.map((e) => pointOfSaleItem(e, { isShowingProducts: true })).join('')}</ul>`
    : '<p class="card">Tỉnh chưa ghi nhận điểm bán nào. <span lang="en">No points of sale recorded for this province.</span></p>';
  return publicPage({
    title: `Điểm bán sản phẩm OCOP — ${province.name}`,
    description: `${entries.length} điểm giới thiệu và bán sản phẩm OCOP tại ${province.name}: địa chỉ, giờ mở cửa, sản phẩm.`,
    canonical: `${baseUrl}/diem-ban/${encodeURIComponent(province.code)}`,
    heading: 'Điểm bán sản phẩm OCOP / OCOP points of sale',
    body: `<h1>Điểm bán sản phẩm OCOP tại ${escapeHtml(province.name)}</h1><p>${entries.length} điểm / <span lang="en">${entries.length} places</span> · <a href="/diem-ban">Các tỉnh khác / other provinces</a></p>${list}`,
  });
}

/** The product page's section of recorded points of sale carrying the product (empty when none). */
export function whereToBuyHtml(entries: readonly PublicPointOfSale[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((e) => pointOfSaleItem(e, { isShowingProducts: false })).join('');
  return `<section aria-labelledby="points-of-sale"><h2 id="points-of-sale">Điểm giới thiệu và bán sản phẩm OCOP / <span lang="en">OCOP points of sale</span></h2><ul class="list">${items}</ul></section>`;
}

/** The product page's "buy online" section: its checked sales-channel links (empty when none). */
export function buyOnlineHtml(
  channels: readonly { platformName: string; url: string; label: string }[],
): string {
  if (channels.length === 0) return '';
  const items = channels
    .map(
      (c) =>
        `<li><strong>${escapeHtml(c.platformName)}</strong>${c.label ? ` — ${escapeHtml(c.label)}` : ''}<br><a href="${escapeHtml(c.url)}" rel="nofollow noopener" target="_blank">${escapeHtml(c.url)}</a></li>`,
    )
    .join('');
  return `<section aria-labelledby="buy-online"><h2 id="buy-online">Mua trực tuyến / <span lang="en">Buy online</span></h2><ul class="list">${items}</ul></section>`;
}
