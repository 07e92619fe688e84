/**
 * Public pages of trade promotion: the events calendar `/su-kien` and the points of sale by
 * province `/diem-ban`, `/diem-ban/:provinceCode`. Server-rendered, no JavaScript, Vietnamese
 * first; only certified (catalogue) products are named.
 */
import type { FastifyReply } from 'fastify';
import { listEventsFrom, listParticipantsOfEvents } from '../../db/repositories/promotion-events.repository';
import {
  findProvinceInForceByCode,
  listPointsOfSaleOfProvince,
  listProductsOfPoints,
  listProvincesWithPointsOfSale,
} from '../../db/repositories/promotion-points-of-sale.repository';
import { vietnamDate } from '../../domain/promotion/promotion-rules';
import type { AppInstance } from '../context';
import { renderEventsCalendar } from './events-calendar-page';
import { renderPointsOfSaleIndex, renderProvincePointsOfSale } from './points-of-sale-page';
import { publicPage } from './public-html';
import { readDatabaseOf } from '../cluster/read-database';

/** At most this many events on the calendar. */
const CALENDAR_LIMIT = 200;
/** Products of the public catalogue; others are not shown as OCOP products. */
const CATALOGUE_STATUSES = new Set(['certified']);

const html = (reply: FastifyReply, body: string, status = 200) =>
  reply
    .status(status)
    .header('cache-control', 'public, max-age=60')
    .type('text/html; charset=utf-8')
    .send(body);

export async function eventsCalendarRoutes(app: AppInstance): Promise<void> {
  const db = () => readDatabaseOf(app.deps);
  const baseUrl = () => app.deps.config.publicBaseUrl;

  app.get('/su-kien', { schema: { hide: true } }, async (_request, reply) => {
    const today = vietnamDate(app.deps.clock());
    const events = await listEventsFrom(db(), today, CALENDAR_LIMIT);
    const participants = await listParticipantsOfEvents(
      db(),
      events.map((e) => e.event.id),
    );
    const entries = events.map((e) => ({
      ...e,
      products: participants
        .filter(
          (p) =>
            p.eventId === e.event.id && p.productId !== null && CATALOGUE_STATUSES.has(p.productStatus ?? ''),
        )
        .map((p) => ({ id: p.productId!, name: p.productName ?? '', producerName: p.producerName })),
    }));
    return html(reply, renderEventsCalendar(entries, { today, baseUrl: baseUrl() }));
  });

  app.get('/diem-ban', { schema: { hide: true } }, async (_request, reply) =>
    html(reply, renderPointsOfSaleIndex(await listProvincesWithPointsOfSale(db()), baseUrl())),
  );

  app.get<{ Params: { provinceCode: string } }>(
    '/diem-ban/:provinceCode',
    { schema: { hide: true } },
    async (request, reply) => {
      const code = request.params.provinceCode.slice(0, 10);
      const province = /^[0-9A-Za-z]+$/.test(code) ? await findProvinceInForceByCode(db(), code) : undefined;
      if (!province) {
        return html(
          reply,
          publicPage({
            title: 'Không tìm thấy tỉnh — province not found',
            description: 'Không có tỉnh, thành phố này.',
            noIndex: true,
            body: '<p class="card">Không có tỉnh, thành phố này. <span lang="en">No such province.</span> <a href="/diem-ban">Các tỉnh / provinces</a></p>',
          }),
          404,
        );
      }
      const points = await listPointsOfSaleOfProvince(db(), province.path);
      const carried = await listProductsOfPoints(
        db(),
        points.map((p) => p.point.id),
      );
      const entries = points.map((p) => ({
        ...p,
        products: carried.filter((c) => c.pointOfSaleId === p.point.id && CATALOGUE_STATUSES.has(c.status)),
      }));
      return html(reply, renderProvincePointsOfSale(province, entries, baseUrl()));
    },
  );
}
