import type { CertificateHistoryOutput } from '../../../contracts/evaluation.contracts';
import type { Database } from '../../../db/database';
import {
  findCertificateNumbers,
  listCertificateAuditRows,
} from '../../../db/repositories/certificate-history.repository';
import { certificateHistoryOf } from '../../../domain/evaluation/certificate-history';
import type { CertificateRow } from './issue-certificate';

/** The history of a certificate the caller may read (authorization is the caller's). */
export async function getCertificateHistory(params: {
  db: Database;
  certificate: CertificateRow;
}): Promise<CertificateHistoryOutput> {
  const { db, certificate: c } = params;
  const numbers = await findCertificateNumbers(
    db,
    [c.supersedesId, c.supersededById].filter((id): id is string => id !== null),
  );
  const related = (id: string | null) => (id && numbers.has(id) ? { id, number: numbers.get(id)! } : null);
  const successor = related(c.supersededById);
  const records = await listCertificateAuditRows(db, c.id);
  return {
    events: certificateHistoryOf({
      number: c.number,
      issueKind: c.issueKind,
      issuedOn: c.issuedOn,
      decisionNumber: c.decisionNumber,
      issuerName: c.issuerName,
      predecessor: related(c.supersedesId),
      successor: successor
        ? { ...successor, on: c.supersededOn ?? c.issuedOn, reason: c.supersedeReason }
        : null,
      endedOn: c.endedOn,
      endReason: c.endReason,
      revocation: c.revocation,
      records: records.map((r) => ({
        action: r.action,
        on: r.occurredAt.toISOString().slice(0, 10),
        actorName: r.actorUsername,
      })),
    }),
  };
}
