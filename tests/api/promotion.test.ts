import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import {
  countTrainingCourses,
  countTrainingParticipants,
} from '../../src/db/repositories/promotion-training.repository';
import { countPointsOfSale } from '../../src/db/repositories/promotion-points-of-sale.repository';
import { countTradeEvents } from '../../src/db/repositories/promotion-events.repository';
import { auditLog, consultancyLinks, tradeEvents, trainingCourses } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import {
  buildProducer,
  buildProduct,
  signInAsProducer,
  type ProducerRow,
} from '../helpers/dossier-factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/** Training, consultants, trade events and points of sale as the standing office of province A uses them. */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let office: Session;
let commune: Session;
let producer: ProducerRow;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  office = await signInAs(t, 'standing_office', units.provinceA);
  commune = await signInAs(t, 'commune_officer', units.communeX);
  producer = await buildProducer(t.db, { commune: units.communeX, name: 'HTX Chè Tân Cương' });
});
afterAll(async () => {
  await t.close();
});

const post = (session: Session, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: session.headers });
const put = (session: Session, url: string, payload: object) =>
  t.app.inject({ method: 'PUT', url, payload, headers: session.headers });
const fieldsOf = (body: string) =>
  (JSON.parse(body) as { errors?: { field: string }[] }).errors?.map((e) => e.field) ?? [];

async function auditCount(): Promise<number> {
  const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(auditLog);
  return toCount(row?.n);
}

describe('training courses', () => {
  it('keeps accounts, producers and people without an account as participants, records attendance, and counts them per unit and year', async () => {
    const officer = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'commune_officer', unit: units.communeX }],
    });
    const created = await post(commune, '/api/v1/training-courses', {
      unitId: units.communeX.id,
      title: 'Kỹ năng bán hàng cho chủ thể OCOP',
      audience: 'producers',
      startsOn: '2026-08-10',
      endsOn: '2026-08-11',
      place: 'Hội trường UBND xã',
      trainers: 'Sở Công Thương',
      budgetVnd: 45_000_000,
      participants: [
        { kind: 'account', accountId: officer.id, hasAttended: true },
        { kind: 'producer', producerId: producer.id, fullName: 'Nguyễn Thị Hằng' },
        { kind: 'person', fullName: 'Lò Văn Páo', organisation: 'Tổ hợp tác chè' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const course = created.json<{
      id: string;
      participants: {
        id: string;
        kind: string;
        fullName: string;
        producerName: string | null;
        hasAttended: boolean;
      }[];
      participantCount: number;
      attendedCount: number;
    }>();
    expect(course.participantCount).toBe(3);
    expect(course.attendedCount).toBe(1);
    expect(course.participants.find((p) => p.kind === 'account')?.fullName).toBe(officer.displayName);
    expect(course.participants.find((p) => p.kind === 'producer')?.producerName).toBe('HTX Chè Tân Cương');

    const present = course.participants.filter((p) => p.kind !== 'account').map((p) => p.id);
    const attendance = await put(commune, `/api/v1/training-courses/${course.id}/attendance`, {
      attendedParticipantIds: present,
    });
    expect(attendance.statusCode).toBe(200);
    expect(attendance.json<{ attendedCount: number }>().attendedCount).toBe(2);

    const provinceCourse = await post(office, '/api/v1/training-courses', {
      unitId: units.provinceA.id,
      title: 'Tập huấn Bộ tiêu chí OCOP',
      audience: 'officials',
      startsOn: '2026-03-02',
      endsOn: '2026-03-02',
      isOnline: true,
    });
    expect(provinceCourse.statusCode).toBe(201);
    await post(office, '/api/v1/training-courses', {
      unitId: units.provinceA.id,
      title: 'Tập huấn năm trước',
      audience: 'officials',
      startsOn: '2025-11-02',
      endsOn: '2025-11-03',
    });

    expect(await countTrainingCourses(t.db, { unitPath: units.provinceA.path, year: 2026 })).toBe(2);
    expect(await countTrainingCourses(t.db, { unitPath: units.communeX.path, year: 2026 })).toBe(1);
    expect(await countTrainingCourses(t.db, { unitPath: units.provinceB.path, year: 2026 })).toBe(0);
    expect(await countTrainingParticipants(t.db, { unitPath: units.provinceA.path, year: 2026 })).toBe(3);
    expect(
      await countTrainingParticipants(t.db, {
        unitPath: units.provinceA.path,
        year: 2026,
        isAttendedOnly: true,
      }),
    ).toBe(2);

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/training-courses?year=2026&limit=1`,
      headers: office.headers,
    });
    expect(list.json<{ items: { title: string }[]; total: number }>()).toMatchObject({
      total: 2,
      items: [{ title: 'Kỹ năng bán hàng cho chủ thể OCOP' }],
    });
  });

  it('refuses an end before the start, an unknown producer and a foreign participant id, naming the field, and writes nothing', async () => {
    const before = await auditCount();
    const base = {
      unitId: units.communeX.id,
      title: 'Lớp lỗi',
      audience: 'producers',
      startsOn: '2026-08-10',
      endsOn: '2026-08-11',
    };
    const backwards = await post(commune, '/api/v1/training-courses', { ...base, endsOn: '2026-08-01' });
    expect(backwards.statusCode).toBe(400);
    expect(fieldsOf(backwards.body)).toContain('endsOn');
    const unknown = await post(commune, '/api/v1/training-courses', {
      ...base,
      participants: [
        { kind: 'person', fullName: 'A' },
        { kind: 'producer', producerId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown.body)).toEqual(['participants.1.producerId']);
    const [courses] = await t.db
      .select({ n: sql<unknown>`count(*)` })
      .from(trainingCourses)
      .where(eq(trainingCourses.title, 'Lớp lỗi'));
    expect(toCount(courses?.n)).toBe(0);
    expect(await auditCount()).toBe(before);

    const other = (
      await post(commune, '/api/v1/training-courses', {
        ...base,
        title: 'Lớp khác',
        participants: [{ kind: 'person', fullName: 'B' }],
      })
    ).json<{ id: string; participants: { id: string }[] }>();
    const mine = (await post(commune, '/api/v1/training-courses', { ...base, title: 'Lớp của tôi' })).json<{
      id: string;
    }>();
    const foreign = await put(commune, `/api/v1/training-courses/${mine.id}/attendance`, {
      attendedParticipantIds: [other.participants[0]!.id],
    });
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign.body)).toEqual(['attendedParticipantIds.0']);
  });
});

describe('consultants', () => {
  it('turns the contract of a consultant with an account into a consultancy link, keeping an existing one', async () => {
    const expert = await buildAccount(t.db, {
      unit: units.provinceA,
      grants: [{ role: 'council_member', unit: units.provinceA }],
    });
    const product = await buildProduct(t.db, { producer });
    const created = await post(office, '/api/v1/consultants', {
      unitId: units.provinceA.id,
      kind: 'individual',
      name: 'TS. Trần Minh Đức',
      fields: ['product_development', 'packaging_labels'],
      accountId: expert.id,
      email: 'duc@example.vn',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const contract = await post(office, `/api/v1/consultants/${id}/contracts`, {
      producerId: producer.id,
      productId: product.id,
      scope: 'Hoàn thiện hồ sơ sản phẩm tiềm năng 5 sao',
      budgetVnd: 150_000_000,
      startsOn: '2026-02-01',
      endsOn: '2026-10-31',
    });
    expect(contract.statusCode, contract.body).toBe(201);
    expect(
      contract.json<{ contracts: { productName: string; budgetVnd: number }[] }>().contracts,
    ).toMatchObject([{ productName: product.name, budgetVnd: 150_000_000 }]);
    const links = await t.db
      .select()
      .from(consultancyLinks)
      .where(and(eq(consultancyLinks.accountId, expert.id), eq(consultancyLinks.producerId, producer.id)));
    expect(links).toMatchObject([{ validFrom: '2026-02-01', validTo: '2026-10-31' }]);

    const second = await post(office, `/api/v1/consultants/${id}/contracts`, {
      producerId: producer.id,
      scope: 'Gia hạn tư vấn',
      startsOn: '2027-01-01',
    });
    expect(second.statusCode).toBe(201);
    const after = await t.db.select().from(consultancyLinks).where(eq(consultancyLinks.accountId, expert.id));
    expect(after).toMatchObject([{ validFrom: '2026-02-01', validTo: '2026-10-31' }]);
  });

  it('refuses a product of another producer, a commune as directory unit and an empty field list', async () => {
    const id = (
      await post(office, '/api/v1/consultants', {
        unitId: units.provinceA.id,
        kind: 'organisation',
        name: 'Công ty Bao bì Việt',
        fields: ['packaging_labels'],
      })
    ).json<{ id: string }>().id;
    const otherProduct = await buildProduct(t.db, {
      producer: await buildProducer(t.db, { commune: units.communeY }),
    });
    const wrong = await post(office, `/api/v1/consultants/${id}/contracts`, {
      producerId: producer.id,
      productId: otherProduct.id,
      scope: 'Thiết kế bao bì',
      startsOn: '2026-02-01',
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong.body)).toEqual(['productId']);
    const atCommune = await post(office, '/api/v1/consultants', {
      unitId: units.communeX.id,
      kind: 'organisation',
      name: 'X',
      fields: ['e_commerce'],
    });
    expect(fieldsOf(atCommune.body)).toEqual(['unitId']);
    const noField = await post(office, '/api/v1/consultants', {
      unitId: units.provinceA.id,
      kind: 'organisation',
      name: 'Y',
      fields: [],
    });
    expect(noField.statusCode).toBe(400);
    expect(fieldsOf(noField.body)).toContain('fields');
  });
});

describe('trade events', () => {
  it('records a past fair with its producers and results, and refuses results for a fair still to come', async () => {
    const product = await buildProduct(t.db, { producer, name: 'Chè búp Tân Cương đặc biệt' });
    const past = await post(office, '/api/v1/trade-events', {
      unitId: units.provinceA.id,
      kind: 'fair',
      level: 'regional',
      name: 'Hội chợ OCOP vùng Tây Bắc 2026',
      startsOn: '2026-04-20',
      endsOn: '2026-04-24',
      place: 'Trung tâm Hội chợ Triển lãm',
      organiser: 'Sở Công Thương',
      participants: [{ producerId: producer.id, productId: product.id }],
    });
    expect(past.statusCode, past.body).toBe(201);
    const pastEvent = past.json<{ id: string; phase: string; participants: { productName: string }[] }>();
    expect(pastEvent.phase).toBe('past');
    expect(pastEvent.participants).toMatchObject([{ productName: 'Chè búp Tân Cương đặc biệt' }]);
    const results = await put(office, `/api/v1/trade-events/${pastEvent.id}/results`, {
      salesVnd: 1_250_000_000,
      visitors: 18_000,
      contractsSigned: 6,
      resultNote: 'Ký 6 biên bản ghi nhớ tiêu thụ',
    });
    expect(results.statusCode).toBe(200);
    expect(results.json()).toMatchObject({ salesVnd: 1_250_000_000, visitors: 18_000, contractsSigned: 6 });

    const upcoming = (
      await post(office, '/api/v1/trade-events', {
        unitId: units.provinceA.id,
        kind: 'ocop_week',
        level: 'province',
        name: 'Tuần hàng OCOP',
        startsOn: '2026-09-01',
        endsOn: '2026-09-07',
      })
    ).json<{ id: string; phase: string }>();
    expect(upcoming.phase).toBe('upcoming');
    const before = await auditCount();
    const early = await put(office, `/api/v1/trade-events/${upcoming.id}/results`, {
      salesVnd: 1,
      visitors: 1,
      contractsSigned: 0,
    });
    expect(early.statusCode).toBe(409);
    const [row] = await t.db.select().from(tradeEvents).where(eq(tradeEvents.id, upcoming.id));
    expect(row?.salesVnd).toBeNull();
    expect(await auditCount()).toBe(before);
    expect(await countTradeEvents(t.db, { unitPath: units.provinceA.path, year: 2026 })).toBe(2);
  });

  it('refuses a product that is not the participating producer’s, naming the participant', async () => {
    const otherProduct = await buildProduct(t.db, {
      producer: await buildProducer(t.db, { commune: units.communeY }),
    });
    const response = await post(office, '/api/v1/trade-events', {
      unitId: units.provinceA.id,
      kind: 'livestream',
      level: 'province',
      name: 'Livestream',
      startsOn: '2026-07-01',
      endsOn: '2026-07-01',
      participants: [{ producerId: producer.id, productId: otherProduct.id }],
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['participants.0.productId']);
  });
});

describe('points of sale', () => {
  it('records a showroom with coordinates, hours and products, and refuses a point outside Vietnam or at province level', async () => {
    const product = await buildProduct(t.db, { producer, name: 'Trà sen' });
    const created = await post(commune, '/api/v1/points-of-sale', {
      communeId: units.communeX.id,
      kind: 'showroom',
      name: 'Trung tâm OCOP xã',
      address: 'Số 5 đường Lý Thường Kiệt',
      latitude: 21.0285,
      longitude: 105.8542,
      openingHours: '8:00–21:00 hằng ngày',
      phone: '024 3825 1234',
      productIds: [product.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      commune: { id: units.communeX.id },
      province: { id: units.provinceA.id },
      products: [{ name: 'Trà sen', producerName: 'HTX Chè Tân Cương' }],
    });
    const swapped = await post(commune, '/api/v1/points-of-sale', {
      communeId: units.communeX.id,
      kind: 'point_of_sale',
      name: 'Sai toạ độ',
      address: 'x',
      latitude: 105.85,
      longitude: 21.03,
    });
    expect(swapped.statusCode).toBe(400);
    const outside = await post(commune, '/api/v1/points-of-sale', {
      communeId: units.communeX.id,
      kind: 'point_of_sale',
      name: 'Sai toạ độ',
      address: 'x',
      latitude: 48.85,
      longitude: 2.35,
    });
    expect(fieldsOf(outside.body)).toEqual(['latitude']);
    const province = await post(office, '/api/v1/points-of-sale', {
      communeId: units.provinceA.id,
      kind: 'point_of_sale',
      name: 'Cấp tỉnh',
      address: 'x',
    });
    expect(fieldsOf(province.body)).toEqual(['communeId']);
    const unknownProduct = await post(commune, '/api/v1/points-of-sale', {
      communeId: units.communeX.id,
      kind: 'point_of_sale',
      name: 'Điểm',
      address: 'x',
      productIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(fieldsOf(unknownProduct.body)).toEqual(['productIds.0']);
    expect(await countPointsOfSale(t.db, { unitPath: units.provinceA.path })).toBe(1);
  });
});

describe('training history of a producer', () => {
  it('shows the producer’s courses to its own account and its officials, and to no other producer', async () => {
    const owner = await signInAsProducer(t.app, t.db, producer, units.communeX);
    const other = await signInAsProducer(
      t.app,
      t.db,
      await buildProducer(t.db, { commune: units.communeX }),
      units.communeX,
    );
    const url = `/api/v1/producers/${producer.id}/training`;
    const own = await t.app.inject({ method: 'GET', url, headers: owner.headers });
    expect(own.statusCode).toBe(200);
    const titles = own.json<{ items: { title: string; hasAttended: boolean }[] }>().items.map((i) => i.title);
    expect(titles).toContain('Kỹ năng bán hàng cho chủ thể OCOP');
    expect((await t.app.inject({ method: 'GET', url, headers: office.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: other.headers })).statusCode).toBe(404);
  });
});
