// Synthetic catalogue for the public benchmark: producers, products and certificates inserted in
// bulk with generate_series on the benchmark's PostgreSQL database (never on a real one).
import pg from 'pg';
import { foldVietnamese } from '../src/domain/text/fold-vietnamese';

const NOUNS = [
  'Mắm tôm',
  'Trà sen',
  'Gạo tám thơm',
  'Mật ong',
  'Cà phê',
  'Nước mắm',
  'Bánh đa',
  'Rượu cần',
  'Miến dong',
  'Chè Shan tuyết',
  'Nem chua',
  'Hạt điều',
  'Tương bần',
  'Bưởi Diễn',
  'Nhãn lồng',
  'Măng khô',
  'Thịt trâu gác bếp',
  'Cốm làng Vòng',
];
const PLACES = [
  'Hòa Bình',
  'Hoà Lạc',
  'Điện Biên',
  'Thái Nguyên',
  'Hà Giang',
  'Phú Quốc',
  'Buôn Ma Thuột',
  'Tây Hồ',
  'Đồng Tháp',
  'Bến Tre',
  'Lạng Sơn',
  'Sơn La',
  'Quảng Ngãi',
];
const QUALIFIERS = ['đặc sản', 'hữu cơ', 'truyền thống', 'thượng hạng', 'loại một'];

/**
 * Inserts `count` certified products (one producer per ten products, spread over the demo's
 * communes, 26 sets, 3–5 stars, a few revoked or expired certificates) and analyses the tables.
 * Certificates reuse the demo's first decision as corrections, which the schema allows.
 */
export async function seedSyntheticCatalogue(databaseUrl: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const words = [NOUNS, PLACES, QUALIFIERS];
    const folded = words.map((list) => list.map(foldVietnamese));
    await client.query('begin');
    await client.query(
      `insert into producers (type, name, registration_number, commune_id, address, legal_representative, search_key, origin)
       select 'household', 'Hộ kinh doanh ' || ($1::text[])[1 + g % cardinality($1::text[])] || ' ' || g,
              'BENCH' || lpad(g::text, 8, '0'), c.ids[1 + g % cardinality(c.ids)], 'Địa chỉ thử nghiệm', '{}'::jsonb,
              'ho kinh doanh ' || ($2::text[])[1 + g % cardinality($2::text[])] || ' ' || g, 'import'
       from generate_series(1, $3::int) g, (select array_agg(id order by id) as ids from admin_units where level = 'commune') c`,
      [PLACES, folded[1], Math.ceil(count / 10)],
    );
    await client.query(
      `insert into products (producer_id, product_set, name, description, status, search_key, details)
       select pr.ids[1 + g % cardinality(pr.ids)], 1 + g % 26,
              ($1::text[])[1 + g % cardinality($1::text[])] || ' ' || ($3::text[])[1 + (g / 7) % cardinality($3::text[])] || ' ' || ($5::text[])[1 + (g / 3) % cardinality($5::text[])] || ' ' || g,
              'Sản phẩm thử nghiệm số ' || g, 'certified',
              ($2::text[])[1 + g % cardinality($2::text[])] || ' ' || ($4::text[])[1 + (g / 7) % cardinality($4::text[])] || ' ' || ($6::text[])[1 + (g / 3) % cardinality($6::text[])] || ' ' || g,
              '{}'::jsonb
       from generate_series(1, $7::int) g, (select array_agg(id order by id) as ids from producers where registration_number like 'BENCH%') pr`,
      [NOUNS, folded[0], PLACES, folded[1], QUALIFIERS, folded[2], count],
    );
    await client.query(
      `insert into certificates (number, decision_id, decision_item_id, product_id, producer_id, issuer_unit_id, stars, issued_on, valid_until,
         product_name, product_set, producer_name, commune_name, province_name, issuer_name, decision_number, decision_date, issue_kind, revoked_on, created_at)
       select 'BENCH-' || lpad(row_number() over (order by p.id)::text, 6, '0'), d.decision_id, d.decision_item_id, p.id, p.producer_id, d.issuer_unit_id,
              3 + (abs(hashtext(p.id::text)) % 3), (date '2023-01-01' + (abs(hashtext(p.name)) % 1000)), (date '2023-01-01' + (abs(hashtext(p.name)) % 1000) + interval '36 months')::date,
              p.name, p.product_set, pr.name, '', '', d.issuer_name, d.decision_number, d.decision_date, 'correction',
              case when abs(hashtext(p.id::text)) % 50 = 0 then date '2026-01-01' end, now()
       from products p join producers pr on pr.id = p.producer_id,
            (select decision_id, decision_item_id, issuer_unit_id, issuer_name, decision_number, decision_date from certificates order by created_at limit 1) d
       where pr.registration_number like 'BENCH%'`,
    );
    await client.query('commit');
    await client.query('analyze producers; analyze products; analyze certificates; analyze admin_units');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** A demo stamp URL path (active, with GTIN) and a demo certificate number, read from the database. */
export async function demoTargets(
  databaseUrl: string,
): Promise<{ stampPath: string; serial: string; certificateNumber: string; provinceCode: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stamp = await client.query<{ serial: string; gtin14: string; lot: string; number: string }>(
      `select s.serial, b.gtin14, b.lot, c.number from stamps s join stamp_batches b on b.id = s.batch_id
       join certificates c on c.product_id = b.product_id and c.revoked_on is null and c.superseded_by_id is null and c.valid_until >= current_date
       where s.status = 'active' and b.gtin14 is not null order by s.serial limit 1`,
    );
    const province = await client.query<{ code: string }>(
      `select code from admin_units where level = 'province' and exists (select 1 from admin_units c where c.parent_id = admin_units.id) order by code limit 1`,
    );
    const row = stamp.rows[0];
    if (!row || !province.rows[0])
      throw new Error('the demo has no active stamp with a GTIN and a valid certificate');
    return {
      stampPath: `/01/${row.gtin14}/10/${encodeURIComponent(row.lot)}/21/${encodeURIComponent(row.serial)}`,
      serial: row.serial,
      certificateNumber: row.number,
      provinceCode: province.rows[0].code,
    };
  } finally {
    await client.end();
  }
}

/** The scan count of one stamp (the benchmark checks the scans it made were counted). */
export async function scanCountOf(databaseUrl: string, serial: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>('select scan_count as n from stamps where serial = $1', [
      serial,
    ]);
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
