// Synthetic nation for `npm run bench:stats`: inserted with generate_series into the benchmark's own
// scratch PostgreSQL database (created and dropped by the harness, never a real one).
import pg from 'pg';

export interface NationSize {
  communes: number;
  products: number;
  dossiers: number;
  scans: number;
}

export const DEFAULT_NATION: NationSize = {
  communes: 3_321,
  products: 200_000,
  dossiers: 100_000,
  scans: 10_000_000,
};

const STATUSES = [
  'submitted',
  'accepted_by_commune',
  'commune_assessed',
  'forwarded_to_province',
  'returned_by_commune',
  'accepted_into_pool',
  'accepted_into_pool',
  'accepted_into_pool',
];

/** Runs one statement, printing how long it took. */
async function step(client: pg.Client, label: string, text: string, values: unknown[] = []): Promise<void> {
  const started = performance.now();
  await client.query(text, values);
  process.stderr.write(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

/**
 * Loads the nation: communes up to `communes` spread over the 34 provinces, one producer per four
 * products (the four producer types), `products` products with 5 years of certificates (3–5 stars,
 * some revoked, some re-evaluated), `dossiers` dossiers with their events, councils and rounds,
 * stamp batches and stamps (some flagged), shoppers' reports and `scans` scan events.
 */
export async function seedSyntheticNation(databaseUrl: string, size: NationSize): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('set synchronous_commit = off');
    await step(
      client,
      'communes',
      `insert into admin_units (id, code, name, full_name, level, kind, parent_id, path, valid_from, details_as_of, search_key)
       select u.id, 'B' || lpad(u.g::text, 5, '0'), 'Xã ' || u.g, 'Xã Thử nghiệm ' || u.g, 'commune', 'Xã',
              p.ids[1 + u.g % cardinality(p.ids)], p.paths[1 + u.g % cardinality(p.ids)] || u.id || '/',
              '2025-07-01', '2025-07-01', 'xa thu nghiem ' || u.g
       from (select gen_random_uuid() as id, g
             from generate_series(1, greatest(0, $1::int - (select count(*) from admin_units where level = 'commune' and valid_to is null)::int)) g) u,
            (select array_agg(id order by code) as ids, array_agg(path order by code) as paths
             from admin_units where level = 'province' and valid_to is null) p`,
      [size.communes],
    );
    await step(
      client,
      'producers',
      `insert into producers (type, name, registration_number, commune_id, address, legal_representative, search_key, origin)
       select (array['enterprise','cooperative','cooperative_group','household'])[1 + g % 4], 'Chủ thể ' || g,
              'NATION' || lpad(g::text, 8, '0'), c.ids[1 + (g * 7919) % cardinality(c.ids)], 'Địa chỉ', '{}'::jsonb, 'chu the ' || g, 'import'
       from generate_series(1, $1::int) g,
            (select array_agg(id order by id) as ids from admin_units where level = 'commune' and valid_to is null) c`,
      [Math.ceil(size.products / 4)],
    );
    await step(
      client,
      'products',
      `insert into products (producer_id, product_set, name, status, search_key)
       select pr.ids[1 + g % cardinality(pr.ids)], 1 + g % 26, 'Sản phẩm ' || g,
              case when g % 10 = 0 then 'registered' when g % 10 = 1 then 'in_evaluation' else 'certified' end, 'san pham ' || g
       from generate_series(1, $1::int) g,
            (select array_agg(id order by id) as ids from producers where registration_number like 'NATION%') pr`,
      [size.products],
    );
    // 5 years of certificates: one per certified product, a re-evaluation for every fifth; imported
    // (no council result behind them), issued by the province of the producer's commune.
    await step(
      client,
      'certificates',
      `insert into certificates (number, decision_id, decision_item_id, product_id, producer_id, issuer_unit_id, stars, issued_on, valid_until,
         product_name, product_set, producer_name, commune_name, province_name, issuer_name, decision_number, decision_date, issue_kind, revoked_on, created_at)
       select 'NATION-' || k || '-' || lpad(row_number() over (order by p.id)::text, 7, '0'), d.decision_id, null, p.id, p.producer_id, p.province_id,
              case when h % 100 < 70 then 3 when h % 100 < 98 then 4 else 5 end,
              date '2021-07-01' + (h % 1700) + k * 400, date '2021-07-01' + (h % 1700) + k * 400 + 1095,
              p.name, p.product_set, '', '', '', d.issuer_name, d.decision_number, d.decision_date, 'imported',
              case when h % 50 = 0 then date '2021-07-01' + (h % 1700) + k * 400 + 500 end, now()
       from (select p.*, abs(hashtext(p.id::text)) as h, u.parent_id as province_id
             from products p join producers pr on pr.id = p.producer_id join admin_units u on u.id = pr.commune_id
             where p.name like 'Sản phẩm %' and p.status <> 'registered') p
       cross join generate_series(0, 1) k,
            (select decision_id, issuer_name, decision_number, decision_date from certificates order by created_at limit 1) d
       where k = 0 or p.h % 5 = 0`,
    );
    await step(
      client,
      'dossiers',
      `insert into dossiers (producer_id, product_id, commune_id, type, rubric_version_id, product_set, procedure_version_id, status, registration, created_at, status_changed_at)
       select p.producer_id, p.id, pr.commune_id, (array['first','upgrade','re-evaluation'])[1 + g % 3], '148', p.product_set, '148-amended-1489',
              ($2::text[])[1 + g % cardinality($2::text[])], '{}'::jsonb,
              timestamptz '2021-07-01' + (g % 1700) * interval '1 day', timestamptz '2021-07-01' + (g % 1700 + 20 + g % 40) * interval '1 day'
       from (select p.id, p.producer_id, p.product_set, row_number() over (order by p.id)::int as g
             from products p where p.name like 'Sản phẩm %') p
       join producers pr on pr.id = p.producer_id
       where p.g <= $1::int`,
      [size.dossiers, STATUSES],
    );
    await step(
      client,
      'dossier events',
      `insert into dossier_events (dossier_id, action, from_status, to_status, actor_name, occurred_at)
       select d.id, e.action, e.from_status, e.to_status, 'Bench', d.created_at + e.days * interval '1 day'
       from dossiers d
       cross join lateral (values ('submit', 'draft', 'submitted', 1 + abs(hashtext(d.id::text)) % 3),
                                  ('commune.forward', 'commune_assessed', 'forwarded_to_province', 8 + abs(hashtext(d.id::text)) % 15),
                                  ('province.accept', 'forwarded_to_province', 'accepted_into_pool', 20 + abs(hashtext(d.id::text)) % 30)) e(action, from_status, to_status, days)
       where d.procedure_version_id = '148-amended-1489' and d.rubric_version_id = '148' and d.registration = '{}'::jsonb`,
    );
    await step(
      client,
      'councils and rounds',
      `with c as (
         insert into councils (unit_id, level, name, term_from)
         select id, 'province', 'Hội đồng ' || code, '2021-01-01' from admin_units where level = 'province' and valid_to is null returning id, unit_id)
       insert into rounds (council_id, unit_id, level, name, status, meeting_on, settings, procedure_version_id)
       select c.id, c.unit_id, 'province', 'Đợt ' || g, 'adopted', date '2021-09-01' + g * 45, '{}'::jsonb, '148-amended-1489'
       from c cross join generate_series(1, 30) g`,
    );
    await step(
      client,
      'stamp batches',
      `insert into stamp_batches (product_id, producer_id, certificate_id, lot, production_date, expiry_date, quantity, created_at)
       select c.product_id, c.producer_id, c.id, 'L' || row_number() over (order by c.id), c.issued_on, c.issued_on + 365, 500,
              c.issued_on::timestamptz + interval '10 days'
       from certificates c where c.number like 'NATION-0-%' and abs(hashtext(c.id::text)) % 4 = 0`,
    );
    await step(
      client,
      'stamps',
      `insert into stamps (serial, batch_id, position, is_possible_copy, last_scanned_at)
       select b.id::text || '-' || g, b.id, g, (abs(hashtext(b.id::text)) + g) % 997 = 0, b.created_at + g * interval '1 day'
       from stamp_batches b cross join generate_series(1, 5) g`,
    );
    await step(
      client,
      'stamp reports',
      `insert into stamp_reports (stamp_path, batch_id, product_id, message, network_hash, created_at)
       select '/bench/' || b.id, b.id, b.product_id, 'Nghi hàng giả', 'n', b.created_at + interval '40 days'
       from stamp_batches b where abs(hashtext(b.id::text)) % 20 = 0`,
    );
    await step(
      client,
      `scan events (${size.scans.toLocaleString('en')})`,
      `insert into scan_events (serial, batch_id, scanned_at, network_hash, user_agent_class)
       select 's' || g, b.ids[1 + g % cardinality(b.ids)], timestamptz '2022-01-01' + (g % 1600) * interval '1 day' + (g % 86400) * interval '1 second', 'n' || g % 5000, 'mobile'
       from generate_series(1, $1::int) g, (select array_agg(id order by id) as ids from stamp_batches) b`,
      [size.scans],
    );
    // Five years of scans written at once, behind the refresh's back: the refresh counts a finished
    // month once, trusting that scans are only ever written as they happen. Forget what it counted
    // (as a restore does), so the timed refresh below counts all 10 million again.
    await step(client, 'scan count bookkeeping reset', 'truncate stats_scan_counts, stats_scan_partitions');
    await step(client, 'analyze', 'analyze');
  } finally {
    await client.end();
  }
}
