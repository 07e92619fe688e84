/** Who signed the decisions behind certificates (for the signatory block of certificate PDFs). */
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, decisions } from '../schema';

export interface DecisionSigner {
  signerName: string | null;
  issuerLevel: string;
}

/** Decision id → the approving leader's name and the issuing unit's level. */
export async function findDecisionSigners(
  db: Database,
  decisionIds: readonly string[],
): Promise<Map<string, DecisionSigner>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: decisions.id, signerName: decisions.approvedByName, issuerLevel: adminUnits.level })
    .from(decisions)
    .innerJoin(adminUnits, eq(adminUnits.id, decisions.unitId))
    .where(inArray(decisions.id, [...new Set(decisionIds)]));
  return new Map(rows.map((r) => [r.id, { signerName: r.signerName, issuerLevel: r.issuerLevel }]));
}
