import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database';
import { certificates } from '../../db/schema';

const successor = alias(certificates, 'successor');

/** A certificate as the verification page shows it, with the number of its successor (if any). */
export interface CertificateLookup {
  c: typeof certificates.$inferSelect;
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
