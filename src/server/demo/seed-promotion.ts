import type { Database } from '../../db/database';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import {
  insertConsultant,
  insertConsultantContract,
} from '../../db/repositories/promotion-consultants.repository';
import {
  insertTradeEvent,
  insertTradeEventParticipants,
} from '../../db/repositories/promotion-events.repository';
import { insertPointOfSale } from '../../db/repositories/promotion-points-of-sale.repository';
import {
  insertTrainingCourse,
  insertTrainingParticipants,
} from '../../db/repositories/promotion-training.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import {
  hasTrainingCourseTitled,
  listProductsUnderScoredFirst,
  listTradeEventsNamed,
} from '../../db/seed/demo-promotion-rows';
import { vietnamDate } from '../../domain/promotion/promotion-rules';

type Unit = AdminUnitRow;

/** What `seed-demo --json` lists under `events`. */
export interface DemoEvent {
  id: string;
  name: string;
  date: string;
}

const COURSE_TITLES = [
  'Tập huấn Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP năm 2026',
  'Kỹ năng bán hàng và livestream cho chủ thể OCOP',
] as const;
const EVENT_NAMES = {
  past: 'Hội chợ Sản phẩm OCOP và làng nghề Hà Nội',
  upcoming: 'Tuần hàng OCOP Hà Nội — Tết Nguyên đán',
} as const;

/** A `YYYY-MM-DD` date `days` after the Vietnam date of `now`. */
function dayFrom(now: Date, days: number): string {
  return vietnamDate(new Date(now.getTime() + days * 86_400_000));
}

async function seedTraining(
  tx: Database,
  now: Date,
  o: { province: Unit; commune: Unit; accountIds: string[]; producerIds: string[]; createdBy: string | null },
) {
  const officials = await insertTrainingCourse(tx, {
    unitId: o.province.id,
    title: COURSE_TITLES[0],
    topic: 'Chu trình OCOP, Bộ tiêu chí theo Quyết định 148/QĐ-TTg, chấm điểm và hồ sơ',
    audience: 'officials',
    startsOn: dayFrom(now, -75),
    endsOn: dayFrom(now, -74),
    place: 'Hội trường Sở Nông nghiệp và Môi trường',
    trainers: 'Văn phòng Điều phối nông thôn mới Trung ương',
    budgetVnd: 60_000_000,
    createdBy: o.createdBy,
    createdAt: now,
  });
  await insertTrainingParticipants(tx, [
    ...o.accountIds.map((accountId, index) => ({
      courseId: officials.id,
      kind: 'account' as const,
      accountId,
      fullName: `Cán bộ nông nghiệp xã (${index + 1})`,
      hasAttended: true,
      createdAt: now,
    })),
    {
      courseId: officials.id,
      kind: 'person',
      fullName: 'Nguyễn Văn Hùng',
      organisation: 'Trung tâm Khuyến nông',
      hasAttended: true,
      createdAt: now,
    },
    {
      courseId: officials.id,
      kind: 'person',
      fullName: 'Phạm Thị Lan',
      organisation: 'Phòng Kinh tế',
      hasAttended: false,
      createdAt: now,
    },
  ]);
  const producersCourse = await insertTrainingCourse(tx, {
    unitId: o.commune.id,
    title: COURSE_TITLES[1],
    topic: 'Trưng bày, bán hàng, livestream trên sàn thương mại điện tử',
    audience: 'producers',
    startsOn: dayFrom(now, -20),
    endsOn: dayFrom(now, -20),
    place: 'Nhà văn hóa xã',
    isOnline: false,
    trainers: 'Sở Công Thương',
    budgetVnd: 25_000_000,
    createdBy: o.createdBy,
    createdAt: now,
  });
  await insertTrainingParticipants(tx, [
    ...o.producerIds.map((producerId) => ({
      courseId: producersCourse.id,
      kind: 'producer' as const,
      producerId,
      fullName: '',
      hasAttended: true,
      createdAt: now,
    })),
    {
      courseId: producersCourse.id,
      kind: 'person',
      fullName: 'Lê Thị Thu',
      organisation: 'Tổ hợp tác gốm',
      hasAttended: true,
      createdAt: now,
    },
  ]);
}

/**
 * Trade promotion in the demo province (Hà Nội): two training courses with participants, a
 * consultant with a contract for the province's 5★ candidate, a past fair with results and an
 * upcoming OCOP week, and three points of sale. Dates are relative to `now` so the upcoming fair
 * stays upcoming. Idempotent: skipped when the first course exists.
 */
export async function seedDemoPromotion(params: {
  db: Database;
  now: Date;
  province: Unit;
  communes: readonly Unit[];
  accountIdByUsername: ReadonlyMap<string, string>;
}): Promise<DemoEvent[]> {
  const { db, now, province } = params;
  const existing = await hasTrainingCourseTitled(db, province.id, COURSE_TITLES[0]);
  const [first, second] = params.communes;
  if (!existing && first && second) {
    const id = (username: string) => params.accountIdByUsername.get(username) ?? null;
    // The province's products, certified ones first: the demo's 5★ candidate and what points of sale carry.
    const candidates = await listProductsUnderScoredFirst(db, province.path);
    const producerIds = [...new Set(candidates.map((c) => c.producerId))].slice(0, 3);
    const candidate = candidates[0];
    await db.transaction(async (tx) => {
      await seedTraining(tx, now, {
        province,
        commune: first,
        accountIds: ['xa1.canbo', 'xa2.canbo'].flatMap((u) => id(u) ?? []),
        producerIds,
        createdBy: id('tinh.vpdp'),
      });
      const consultant = await insertConsultant(tx, {
        unitId: province.id,
        kind: 'organisation',
        name: 'Công ty TNHH Tư vấn Phát triển Sản phẩm Việt',
        fields: ['product_development', 'packaging_labels', 'trademark_ip'],
        phone: '024 3766 8899',
        email: 'lienhe@tuvanspviet.example.vn',
        address: 'Số 18 phố Nguyễn Chí Thanh, Hà Nội',
        createdBy: id('tinh.vpdp'),
        createdAt: now,
      });
      if (candidate) {
        await insertConsultantContract(tx, {
          consultantId: consultant.id,
          producerId: candidate.producerId,
          productId: candidate.id,
          scope: 'Hỗ trợ hoàn thiện hồ sơ, bao bì và câu chuyện sản phẩm ứng viên 5 sao cấp quốc gia',
          budgetVnd: 180_000_000,
          startsOn: dayFrom(now, -45),
          endsOn: dayFrom(now, 120),
          createdBy: id('tinh.vpdp'),
          createdAt: now,
        });
      }
      const past = await insertTradeEvent(tx, {
        unitId: province.id,
        kind: 'fair',
        level: 'province',
        name: EVENT_NAMES.past,
        startsOn: dayFrom(now, -40),
        endsOn: dayFrom(now, -36),
        place: 'Cung Văn hóa Hữu nghị Việt Xô, 91 Trần Hưng Đạo',
        organiser: 'Sở Công Thương Hà Nội',
        description: 'Hơn 200 gian hàng OCOP, làng nghề.',
        salesVnd: 3_200_000_000,
        visitors: 45_000,
        contractsSigned: 12,
        resultNote: 'Ký 12 biên bản ghi nhớ tiêu thụ với hệ thống siêu thị.',
        createdBy: id('tinh.vpdp'),
        createdAt: now,
        updatedAt: now,
      });
      const upcoming = await insertTradeEvent(tx, {
        unitId: province.id,
        kind: 'ocop_week',
        level: 'province',
        name: EVENT_NAMES.upcoming,
        startsOn: dayFrom(now, 30),
        endsOn: dayFrom(now, 36),
        place: 'Phố đi bộ Hồ Gươm',
        organiser: 'Văn phòng Điều phối nông thôn mới thành phố',
        description: 'Trưng bày, bán sản phẩm OCOP phục vụ Tết.',
        createdBy: id('tinh.vpdp'),
        createdAt: now,
        updatedAt: now,
      });
      for (const event of [past, upcoming]) {
        await insertTradeEventParticipants(
          tx,
          candidates
            .slice(0, 4)
            .map((c) => ({ eventId: event.id, producerId: c.producerId, productId: c.id })),
        );
      }
      const carried = candidates.slice(0, 3).map((c) => c.id);
      await insertPointOfSale(
        tx,
        {
          communeId: first.id,
          kind: 'showroom',
          name: 'Trung tâm giới thiệu sản phẩm OCOP Bát Tràng',
          address: 'Khu chợ gốm, thôn Giang Cao',
          latitude: 20.9767,
          longitude: 105.913,
          openingHours: '8:00–18:00 hằng ngày',
          phone: '024 3874 0123',
          createdBy: id('xa1.canbo'),
          createdAt: now,
        },
        carried,
      );
      await insertPointOfSale(
        tx,
        {
          communeId: second.id,
          kind: 'point_of_sale',
          name: 'Điểm bán sản phẩm OCOP Yên Hòa',
          address: 'Số 68 phố Trung Kính',
          latitude: 21.0207,
          longitude: 105.7917,
          openingHours: '7:30–21:00',
          phone: '024 3784 5566',
          createdBy: id('xa2.canbo'),
          createdAt: now,
        },
        carried.slice(0, 2),
      );
      await insertPointOfSale(
        tx,
        {
          communeId: second.id,
          kind: 'point_of_sale',
          name: 'Cửa hàng OCOP trong siêu thị Trung Hòa',
          address: 'Tầng 1, số 1 đường Trần Duy Hưng',
          latitude: 21.0125,
          longitude: 105.8005,
          openingHours: '8:00–22:00',
          createdBy: id('xa2.canbo'),
          createdAt: now,
        },
        carried.slice(1, 3),
      );
      await appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        {
          action: 'demo.promotion-created',
          entityType: 'trade-event',
          entityId: upcoming.id,
          unitId: province.id,
          after: { courses: 2, consultants: 1, events: 2, pointsOfSale: 3 },
        },
        now,
      );
    });
  }
  return listTradeEventsNamed(db, province.id, Object.values(EVENT_NAMES));
}
