/**
 * Certificates as a PAdES-signed PDF: the signatory block names the leader who approved the
 * decision, and the file carries the issuing authority's digital signature (SIGNING_P12_FILE, or
 * the demo identity).
 */
import type { Database } from '../../../db/database';
import { findDecisionSigners } from '../../../db/repositories/certificate-signers.repository';
import type { AppConfig } from '../../config';
import { renderCertificatesPdf, type CertificatePdfData } from '../certificate.pdf';
import { signingIdentityOf } from './signing-identity';
import { signPdf } from './sign-pdf';

export async function renderSignedCertificatesPdf(params: {
  db: Database;
  config: AppConfig;
  items: readonly (CertificatePdfData & { decisionId: string | null })[];
  now: Date;
}): Promise<Buffer> {
  const signers = await findDecisionSigners(
    params.db,
    params.items.flatMap((i) => (i.decisionId ? [i.decisionId] : [])),
  );
  const items = params.items.map((item) => {
    const signer = item.decisionId ? signers.get(item.decisionId) : undefined;
    return {
      ...item,
      signerName: signer?.signerName ?? null,
      issuerLevel: signer?.issuerLevel ?? 'province',
    };
  });
  const pdf = await renderCertificatesPdf(items);
  const first = items[0];
  if (!first) return pdf;
  return signPdf(pdf, signingIdentityOf(params.config), {
    reason: `Giay chung nhan OCOP so ${first.number}`,
    signerName: first.signerName ?? first.issuerName,
    location: first.provinceName,
    signingTime: params.now,
  });
}
