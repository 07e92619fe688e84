import type { Database } from '../../../db/database';
import {
  listDossierResults,
  type CertificateRow,
  type DossierResultRow,
} from '../../../db/repositories/dossiers.repository';
import {
  deriveDossierOutcome,
  type DossierOutcome,
  type DossierResultFacts,
} from '../../../domain/dossier/dossier-outcome';
import type { DossierStatus } from '../../../domain/dossier/dossier.types';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';
import { verificationUrlOf } from '../evaluation/certificate.presenter';

/** The certificate a result stands for today: the original, or the correction that replaced it. */
function currentCertificate(rows: readonly CertificateRow[]): CertificateRow | undefined {
  return rows.filter((c) => c.supersedeReason !== 'correction').at(-1) ?? rows.at(-1);
}

function factsOf(row: DossierResultRow, today: string): DossierResultFacts {
  const certificate = currentCertificate(row.certificates);
  return {
    level: row.level,
    adoptedAt: row.result.adoptedAt,
    routeAction: row.result.routeAction,
    routeTargetLevel: row.result.routeTargetLevel,
    stars: row.result.stars,
    meanHundredths: row.result.meanHundredths,
    explanationVi: row.result.explanationVi,
    explanationEn: row.result.explanationEn,
    blockedBy: row.result.blockedBy,
    decision: row.decision,
    certificate: certificate
      ? {
          id: certificate.id,
          number: certificate.number,
          stars: certificate.stars,
          issuedOn: certificate.issuedOn,
          validUntil: certificate.validUntil,
          status: deriveCertificateStatus(certificate, today),
        }
      : null,
  };
}

/** What became of the dossier (null while still in intake), with the certificate's public page. */
export async function loadDossierOutcome(params: {
  db: Database;
  dossier: { id: string; status: string };
  now: Date;
  publicBaseUrl: string;
}): Promise<
  | (Omit<DossierOutcome, 'certificate'> & {
      certificate: (NonNullable<DossierOutcome['certificate']> & { verificationUrl: string }) | null;
    })
  | null
> {
  const status = params.dossier.status as DossierStatus;
  if (status !== 'accepted_into_pool') return null;
  const today = params.now.toISOString().slice(0, 10);
  const results = await listDossierResults(params.db, params.dossier.id);
  const outcome = deriveDossierOutcome(
    status,
    results.map((row) => factsOf(row, today)),
  );
  if (!outcome) return null;
  return {
    ...outcome,
    certificate: outcome.certificate
      ? {
          ...outcome.certificate,
          verificationUrl: verificationUrlOf(params.publicBaseUrl, outcome.certificate.number),
        }
      : null,
  };
}
