/** The public verification page's look-up of a certificate by its number. Queries only. */
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import { certificates } from '../schema';

const successor = alias(certificates, 'successor');

export type PublicCertificateRow = typeof certificates.$inferSelect;

/** A certificate as the verification page shows it, with the number of its successor (if any). */
export interface CertificateLookup {
  c: PublicCertificateRow;
  successorNumber: string | null;
}

/** One indexed query on the unique certificate number; `null` when unknown. */
export async function findCertificateByNumber(
  db: Database,
  number: string,
): Promise<CertificateLookup | null> {
  const [row] = await db
    .select({ c: certificates, successorNumber: successor.number })
    .from(certificates)
    .leftJoin(successor, eq(successor.id, certificates.supersededById))
    .where(eq(certificates.number, number))
    .limit(1);
  return row ?? null;
}
