/** What a certificate's history is read from: its neighbours in the chain and its audit rows. */
import { and, asc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { auditLog, certificates } from '../schema';

/** Numbers of these certificates, by id. */
export async function findCertificateNumbers(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: certificates.id, number: certificates.number })
    .from(certificates)
    .where(inArray(certificates.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** Audit actions the certificate row itself already tells. */
const TOLD_BY_THE_ROW = [
  'certificate.revoked',
  'certificate.replaced',
  'certificate.ended',
  'certificate.issued',
];

/**
 * Audit rows about the certificate (its own, and those of other records naming it as
 * `certificateId`, such as inspections and revocation proposals), oldest first.
 */
export async function listCertificateAuditRows(db: Database, certificateId: string) {
  return db
    .select({
      action: auditLog.action,
      occurredAt: auditLog.occurredAt,
      actorUsername: auditLog.actorUsername,
    })
    .from(auditLog)
    .where(
      and(
        or(
          and(eq(auditLog.entityType, 'certificate'), eq(auditLog.entityId, certificateId)),
          sql`${auditLog.after}->>'certificateId' = ${certificateId}`,
        ),
        notInArray(auditLog.action, TOLD_BY_THE_ROW),
      ),
    )
    .orderBy(asc(auditLog.seq));
}
