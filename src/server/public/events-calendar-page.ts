/**
 * The public events calendar (`/su-kien`): fairs, exhibitions, OCOP weeks and livestream sessions
 * not yet over, by month, with the OCOP products taking part. Server-rendered HTML, no JavaScript;
 * every recorded text is escaped.
 */
import type { TradeEventWithUnit } from '../../db/repositories/promotion-events.repository';
import { eventPhase } from '../../domain/promotion/promotion-rules';
import { TRADE_EVENT_KIND_LABELS, TRADE_EVENT_LEVEL_LABELS } from '../../domain/promotion/promotion.types';
import { escapeHtml, publicPage, vnDate } from './public-html';

export interface PublicEvent extends TradeEventWithUnit {
  /** Catalogue (certified) products taking part, with their producers. */
  products: { id: string; name: string; producerName: string }[];
}

function datesOf(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? vnDate(startsOn) : `${vnDate(startsOn)} – ${vnDate(endsOn)}`;
}

function eventItem(entry: PublicEvent, today: string): string {
  const e = entry.event;
  const isOngoing = eventPhase(e, today) === 'ongoing';
  const parts = [
    `<small>${escapeHtml(TRADE_EVENT_KIND_LABELS[e.kind].vi)} · ${escapeHtml(TRADE_EVENT_LEVEL_LABELS[e.level].vi)}${isOngoing ? ' · <strong>Đang diễn ra</strong>' : ''}</small>`,
    `<strong>${escapeHtml(e.name)}</strong>`,
    `<time datetime="${e.startsOn}">${datesOf(e.startsOn, e.endsOn)}</time>${e.place ? ` · ${escapeHtml(e.place)}` : ''}`,
  ];
  if (e.organiser)
    parts.push(`Đơn vị tổ chức / <span lang="en">organiser</span>: ${escapeHtml(e.organiser)}`);
  if (e.description) parts.push(escapeHtml(e.description));
  if (entry.products.length > 0) {
    const products = entry.products
      .map(
        (p) =>
          `<a href="/p/${p.id}">${escapeHtml(p.name)}</a> <small>(${escapeHtml(p.producerName)})</small>`,
      )
      .join(', ');
    parts.push(`Sản phẩm OCOP tham gia / <span lang="en">OCOP products present</span>: ${products}`);
  }
  return `<li>${parts.join('<br>')}</li>`;
}

/** `/su-kien`: events not yet over on `today`, grouped by the month they start. */
export function renderEventsCalendar(
  entries: readonly PublicEvent[],
  o: { today: string; baseUrl: string },
): string {
  const months = new Map<string, PublicEvent[]>();
  for (const entry of entries) {
    const month = entry.event.startsOn.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  const sections = [...months.entries()]
    .map(
      ([month, items]) =>
        `<section><h2>Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}</h2><ul class="list">${items.map((i) => eventItem(i, o.today)).join('')}</ul></section>`,
    )
    .join('');
  return publicPage({
    title: 'Lịch hội chợ, triển lãm và sự kiện OCOP',
    description:
      'Hội chợ, triển lãm, tuần hàng OCOP và phiên livestream sắp diễn ra, cùng các sản phẩm OCOP tham gia. Upcoming OCOP fairs and events.',
    canonical: `${o.baseUrl}/su-kien`,
    heading: 'Sự kiện OCOP / OCOP events',
    body: `<h1>Lịch sự kiện xúc tiến thương mại OCOP <small lang="en">OCOP events calendar</small></h1>${sections || '<p class="card">Chưa có sự kiện sắp diễn ra. <span lang="en">No upcoming events.</span></p>'}<p><a href="/diem-ban">Điểm bán sản phẩm OCOP / points of sale</a> · <a href="/">Danh mục sản phẩm / catalogue</a></p>`,
  });
}
