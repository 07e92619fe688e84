import type { Database } from '../../../db/database';
import {
  listDossierResults,
  listResultsOfDossiers,
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

/** The outcomes of the evaluated dossiers among `dossiers` (one query), for list rows. */
export async function loadDossierOutcomes(params: {
  db: Database;
  dossiers: readonly { id: string; status: string }[];
  now: Date;
}): Promise<Map<string, DossierOutcome>> {
  const evaluated = params.dossiers.filter((d) => d.status === 'accepted_into_pool');
  const today = params.now.toISOString().slice(0, 10);
  const results = await listResultsOfDossiers(
    params.db,
    evaluated.map((d) => d.id),
  );
  const outcomes = new Map<string, DossierOutcome>();
  for (const dossier of evaluated) {
    const outcome = deriveDossierOutcome(
      'accepted_into_pool',
      (results.get(dossier.id) ?? []).map((row) => factsOf(row, today)),
    );
    if (outcome) outcomes.set(dossier.id, outcome);
  }
  return outcomes;
}
