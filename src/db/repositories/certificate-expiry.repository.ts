import { eq, sql } from 'drizzle-orm';
import type { CouncilSettingsOverride } from '../../domain/rubric/council-settings';
import { queryRows, type Database } from '../database';
import { adminUnits, certificateNotices, councilSettingsOverrides } from '../schema';

export type CertificateNoticeKind = (typeof certificateNotices.$inferSelect)['kind'];

/** A certificate as the expiry jobs and the offices' expiry list read it. */
export interface ExpiryCertificate {
  certificateId: string;
  number: string;
  stars: number;
  productSet: number;
  productId: string;
  productName: string;
  productStatus: string;
  producerId: string;
  producerName: string;
  validUntil: string;
  issuedOn: string;
  revokedOn: string | null;
  supersededOn: string | null;
  endedOn: string | null;
  issuerUnitId: string;
  issuerName: string;
  issuerPath: string;
  /** The producer's commune (its path), and the code of its province (for the province's settings). */
  communeName: string;
  communePath: string;
  provinceCode: string | null;
  /** When the expiry notice was sent, if it was. */
  noticeSentOn: string | null;
  /** Whether a newer certificate of the same product is in force (re-evaluated). */
  hasNewerCertificate: boolean;
}

const SELECT_EXPIRY_CERTIFICATE = sql`
  select c.id as "certificateId", c.number, c.stars, c.product_set as "productSet",
    c.product_id as "productId", c.product_name as "productName", p.status as "productStatus",
    c.producer_id as "producerId", c.producer_name as "producerName",
    c.valid_until::text as "validUntil", c.issued_on::text as "issuedOn", c.revoked_on::text as "revokedOn",
    c.superseded_on::text as "supersededOn", c.ended_on::text as "endedOn",
    c.issuer_unit_id as "issuerUnitId", c.issuer_name as "issuerName", iu.path as "issuerPath",
    c.commune_name as "communeName", coalesce(cu.path, '') as "communePath", pu.code as "provinceCode",
    (select n.as_of::text from certificate_notices n where n.certificate_id = c.id and n.kind = 'expiry-notice') as "noticeSentOn",
    exists (select 1 from certificates c2 where c2.product_id = c.product_id and c2.id <> c.id
      and c2.issued_on > c.issued_on and c2.revoked_on is null and c2.superseded_on is null) as "hasNewerCertificate"
  from certificates c
  join products p on p.id = c.product_id
  join producers pr on pr.id = c.producer_id
  join admin_units iu on iu.id = c.issuer_unit_id
  left join admin_units cu on cu.id = pr.commune_id
  left join admin_units pu on pu.id::text = split_part(cu.path, '/', 3)`;

/**
 * Certificates still in force on `asOf` (not revoked, replaced or ended) whose last valid day is in
 * [from, to], without a notice of `kind` yet: what the daily jobs still have to do.
 */
export async function listCertificatesWithoutNotice(
  db: Database,
  query: { kind: CertificateNoticeKind; asOf: string; validUntilFrom: string; validUntilTo: string },
): Promise<ExpiryCertificate[]> {
  return queryRows<ExpiryCertificate>(
    db,
    sql`${SELECT_EXPIRY_CERTIFICATE}
      where c.valid_until between ${query.validUntilFrom} and ${query.validUntilTo}
        and (c.revoked_on is null or c.revoked_on > ${query.asOf})
        and (c.superseded_on is null or c.superseded_on > ${query.asOf})
        and (c.ended_on is null or c.ended_on > ${query.asOf})
        and not exists (select 1 from certificate_notices n where n.certificate_id = c.id and n.kind = ${query.kind})
      order by c.valid_until, c.number`,
  );
}

/**
 * Records that the notice of `kind` about a certificate was sent; false when it already was (the
 * unique key: a second run, or another process, sends nothing).
 */
export async function recordCertificateNotice(
  tx: Database,
  notice: { certificateId: string; kind: CertificateNoticeKind; noticeDays: number; asOf: string; now: Date },
): Promise<boolean> {
  const rows = await tx
    .insert(certificateNotices)
    .values({
      certificateId: notice.certificateId,
      kind: notice.kind,
      noticeDays: notice.noticeDays,
      asOf: notice.asOf,
      createdAt: notice.now,
    })
    .onConflictDoNothing()
    .returning({ id: certificateNotices.id });
  return rows.length > 0;
}

/** Every province's council settings overrides, as resolveCouncilSettings reads them. */
export async function listCouncilSettingsOverrides(db: Database): Promise<CouncilSettingsOverride[]> {
  const rows = await db
    .select({
      code: adminUnits.code,
      from: councilSettingsOverrides.effectiveFrom,
      settings: councilSettingsOverrides.settings,
    })
    .from(councilSettingsOverrides)
    .innerJoin(adminUnits, eq(adminUnits.id, councilSettingsOverrides.unitId));
  return rows.map((r) => ({
    provinceCode: r.code,
    effectiveFrom: r.from,
    effectiveTo: null,
    settings: r.settings,
  }));
}
