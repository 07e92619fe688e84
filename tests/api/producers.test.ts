import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { producers } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildProducer, signInAsProducer } from '../helpers/dossier-factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let officerX: Session;

const representative = {
  fullName: 'Lò Thị Mai',
  title: 'Giám đốc',
  gender: 'female',
  isEthnicMinority: true,
  ethnicity: 'Thái',
};

function producerInput(overrides: Record<string, unknown> = {}) {
  return {
    type: 'cooperative',
    name: 'HTX Chè Tân Cương',
    registrationNumber: '4600123456',
    communeId: units.communeX.id,
    address: 'Xóm 3',
    legalRepresentative: representative,
    contacts: { phone: '0912 345 678', email: 'htx@example.vn' },
    workforce: { total: 25, female: 15 },
    ...overrides,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
  officerX = await signInAs(t, 'commune_officer', units.communeX);
});
afterAll(async () => t.close());

describe('producers', () => {
  it('lets a commune officer register a producer of its commune, normalising the number', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producers',
      headers: officerX.headers,
      payload: producerInput({ registrationNumber: '4600.123.456' }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'HTX Chè Tân Cương',
      registrationNumber: '4600123456',
      communeName: 'Xã Thanh Hòa',
      legalRepresentative: representative,
      origin: 'official',
      version: 1,
    });
  });

  it('names the field of a registration number in the wrong format for the type', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producers',
      headers: officerX.headers,
      payload: producerInput({ type: 'enterprise', registrationNumber: '27A8012345' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'registrationNumber',
    );
  });

  it('refuses a province as address commune, and a duplicate registration number', async () => {
    const wrongUnit = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producers',
      headers: officerX.headers,
      payload: producerInput({ communeId: units.provinceA.id, registrationNumber: '4600999999' }),
    });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json()).toMatchObject({ errors: [{ field: 'communeId' }] });
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producers',
      headers: officerX.headers,
      payload: producerInput(),
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ errors: [{ field: 'registrationNumber' }] });
  });

  it('updates with the version read and refuses a stale version with 409', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/producers/${producer.id}`,
      headers: officerX.headers,
      payload: { version: 1, address: 'Xóm 5' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ address: 'Xóm 5', version: 2 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/producers/${producer.id}`,
      headers: officerX.headers,
      payload: { version: 1, address: 'Xóm 9' },
    });
    expect(stale.statusCode).toBe(409);
    const [row] = await t.db.select().from(producers).where(eq(producers.id, producer.id));
    expect(row?.address).toBe('Xóm 5');
  });

  it('shows the legal representative only to the roles that need it', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const inspector = await signInAs(t, 'inspector', units.provinceA);
    const admin = await signInAs(t, 'admin', units.provinceA);
    const office = await signInAs(t, 'standing_office', units.provinceA);
    const own = await signInAsProducer(t.app, t.db, producer, units.communeX);
    for (const [session, isVisible] of [
      [inspector, false],
      [admin, false],
      [office, true],
      [own, true],
      [officerX, true],
    ] as const) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/producers/${producer.id}`,
        headers: session.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json<{ legalRepresentative: unknown }>().legalRepresentative === null).toBe(!isVisible);
    }
  });

  it('lists producers by jurisdiction: a producer only itself, a commune its commune, tone-insensitive search', async () => {
    const officerY = await signInAs(t, 'commune_officer', units.communeY);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producers',
      headers: officerY.headers,
      payload: producerInput({
        type: 'household',
        name: 'Hộ kinh doanh Mật ong Yên',
        registrationNumber: '27A8012345',
        communeId: units.communeY.id,
      }),
    });
    const mine = (
      await t.db.select().from(producers).where(eq(producers.id, created.json<{ id: string }>().id))
    )[0]!;
    await buildProducer(t.db, { commune: units.communeY, name: 'HTX Khác ở Yên' });
    await buildProducer(t.db, { commune: units.communeZ, name: 'HTX Zê' });
    const own = await signInAsProducer(t.app, t.db, mine, units.communeY);
    const ownList = await t.app.inject({ method: 'GET', url: '/api/v1/producers', headers: own.headers });
    expect(ownList.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([mine.id]);
    const communeList = await t.app.inject({
      method: 'GET',
      url: '/api/v1/producers',
      headers: officerY.headers,
    });
    expect(communeList.json<{ total: number }>().total).toBe(2);
    const search = await t.app.inject({
      method: 'GET',
      url: '/api/v1/producers?q=mat%20ong',
      headers: officerY.headers,
    });
    expect(search.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([mine.id]);
  });

  it('adds a member account that acts for the producer and only for it', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const other = await buildProducer(t.db, { commune: units.communeX });
    const owner = await signInAsProducer(t.app, t.db, producer, units.communeX);
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/producers/${producer.id}/members`,
      headers: owner.headers,
      payload: { username: 'ketoan.htx', displayName: 'Kế toán HTX', password: 'mat-khau-manh-2026' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<{ items: unknown[] }>().items).toHaveLength(2);
    const member = await login(t.app, 'ketoan.htx', 'mat-khau-manh-2026');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/producers/${producer.id}`,
          headers: member.headers,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/producers/${other.id}`, headers: member.headers }))
        .statusCode,
    ).toBe(404);
  });
});

describe('products', () => {
  it('registers a product with a valid GTIN and refuses a wrong check digit or unknown set, naming the field', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const own = await signInAsProducer(t.app, t.db, producer, units.communeX);
    const url = `/api/v1/producers/${producer.id}/products`;
    const created = await t.app.inject({
      method: 'POST',
      url,
      headers: own.headers,
      payload: {
        productSet: 11,
        name: 'Chè búp Tân Cương',
        gtin: '8938505974002',
        details: {
          packaging: 'Hộp 200 g',
          rawMaterialAreaHectares: 12.5,
          annualCapacity: 20,
          capacityUnit: 'tấn',
        },
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'registered',
      gtin: '8938505974002',
      productSet: 11,
      producerName: producer.name,
      version: 1,
    });
    const badGtin = await t.app.inject({
      method: 'POST',
      url,
      headers: own.headers,
      payload: { productSet: 11, name: 'Chè 2', gtin: '8938505974000' },
    });
    expect(badGtin.statusCode).toBe(400);
    expect(badGtin.json()).toMatchObject({ errors: [{ field: 'gtin' }] });
    const badSet = await t.app.inject({
      method: 'POST',
      url,
      headers: own.headers,
      payload: { productSet: 27, name: 'Chè 3' },
    });
    expect(badSet.statusCode).toBe(400);
    expect(badSet.json()).toMatchObject({ errors: [{ field: 'productSet' }] });
    const duplicate = await t.app.inject({
      method: 'POST',
      url,
      headers: own.headers,
      payload: { productSet: 11, name: 'CHÈ BÚP TÂN CƯƠNG' },
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('updates a product with its version; a stale version gets 409; producer B cannot see it', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const own = await signInAsProducer(t.app, t.db, producer, units.communeX);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/producers/${producer.id}/products`,
      headers: own.headers,
      payload: { productSet: 7, name: 'Mứt gừng' },
    });
    const id = created.json<{ id: string }>().id;
    const updated = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${id}`,
      headers: own.headers,
      payload: { version: 1, description: 'Gừng sẻ' },
    });
    expect(updated.json()).toMatchObject({ description: 'Gừng sẻ', version: 2 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${id}`,
      headers: own.headers,
      payload: { version: 1, description: 'Cũ' },
    });
    expect(stale.statusCode).toBe(409);
    const other = await signInAsProducer(
      t.app,
      t.db,
      await buildProducer(t.db, { commune: units.communeX }),
      units.communeX,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, headers: other.headers }))
        .statusCode,
    ).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/products', headers: other.headers });
    expect(list.json<{ items: { id: string }[] }>().items.map((p) => p.id)).not.toContain(id);
  });
});

describe('self-registration', () => {
  const registration = () => ({
    account: {
      username: 'htx.moi',
      email: 'htx.moi@example.vn',
      displayName: 'HTX Mới',
      password: 'mat-khau-manh-2026',
    },
    producer: producerInput({ registrationNumber: '4600777777', name: 'HTX Mới Thành Lập' }),
  });

  it('keeps the account pending, mails the link to the outbox without SMTP, and activates it on confirmation', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producer-registrations',
      payload: registration(),
    });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ status: 'pending_confirmation', email: 'htx.moi@example.vn' });
    const before = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'htx.moi', password: 'mat-khau-manh-2026' },
    });
    expect(before.statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producer-registrations',
      payload: registration(),
    });
    expect(again.statusCode).toBe(409);

    const adminA = await signInAs(t, 'admin', units.provinceA);
    const adminB = await signInAs(t, 'admin', units.provinceB);
    const outbox = await t.app.inject({
      method: 'GET',
      url: '/api/v1/mail/outbox?recipient=htx.moi@example.vn',
      headers: adminA.headers,
    });
    expect(outbox.statusCode).toBe(200);
    const [mail] = outbox.json<{ items: { status: string; textBody: string }[] }>().items;
    expect(mail?.status).toBe('not_sent');
    const token = /token=([A-Za-z0-9_%-]+)/.exec(mail?.textBody ?? '')?.[1];
    expect(token).toBeTruthy();
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: '/api/v1/mail/outbox?recipient=htx.moi@example.vn',
      headers: adminB.headers,
    });
    expect(elsewhere.json<{ total: number }>().total).toBe(0);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/mail/outbox', headers: officerX.headers }))
        .statusCode,
    ).toBe(403);

    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producer-registrations/confirm',
      payload: { token: decodeURIComponent(token!) },
    });
    expect(confirmed.statusCode).toBe(200);
    const { producerId } = confirmed.json<{ producerId: string }>();
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producer-registrations/confirm',
      payload: { token: decodeURIComponent(token!) },
    });
    expect(twice.json()).toMatchObject({ producerId });
    const session = await login(t.app, 'htx.moi', 'mat-khau-manh-2026');
    const profile = await t.app.inject({
      method: 'GET',
      url: `/api/v1/producers/${producerId}`,
      headers: session.headers,
    });
    expect(profile.json()).toMatchObject({
      name: 'HTX Mới Thành Lập',
      origin: 'self_registration',
      legalRepresentative: representative,
    });
  });

  it('refuses an unknown token naming the field, and a taken username', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producer-registrations/confirm',
      payload: { token: 'x'.repeat(43) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ field: 'token' }] });
    await buildAccount(t.db, { unit: units.communeX, username: 'da.co' });
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/producer-registrations',
      payload: {
        ...registration(),
        account: { ...registration().account, username: 'da.co', email: 'khac@example.vn' },
      },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ errors: [{ field: 'account.username' }] });
  });
});
