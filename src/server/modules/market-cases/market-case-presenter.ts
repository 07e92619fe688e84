import type { MarketCaseOutput, MarketCaseReportOutput } from '../../../contracts/market-cases.contracts';
import type { Database } from '../../../db/database';
import {
  findCertificateByNumber,
  listReportsOfCase,
  type MarketCaseWithNames,
  type SuspectedFakeReport,
} from '../../../db/repositories/market-cases.repository';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';

export function presentReport(report: SuspectedFakeReport): MarketCaseReportOutput {
  return {
    id: report.id,
    serial: report.serial,
    stampPath: report.stampPath,
    productName: report.productName,
    message: report.message,
    placeOfPurchase: report.placeOfPurchase,
    hasPhoto: report.hasPhoto,
    createdAt: report.createdAt.toISOString(),
  };
}

/** A case as the API answers it: its photos with download links, linked reports, the real certificate of the printed number. */
export async function presentMarketCase(
  db: Database,
  found: MarketCaseWithNames,
  today: string,
): Promise<MarketCaseOutput> {
  const c = found.marketCase;
  const reports = await listReportsOfCase(db, c.id);
  const certificate = c.claimedCertificateNumber
    ? await findCertificateByNumber(db, c.claimedCertificateNumber)
    : undefined;
  return {
    id: c.id,
    unitId: c.unitId,
    unitName: found.unitName,
    sellerName: c.sellerName,
    placeAddress: c.placeAddress,
    observedOn: c.observedOn,
    description: c.description,
    claimedProduct: c.claimedProduct,
    productId: c.productId,
    productName: found.productName,
    claimedCertificateNumber: c.claimedCertificateNumber,
    claimedCertificate: certificate
      ? {
          number: certificate.number,
          productName: certificate.productName,
          status: deriveCertificateStatus(certificate, today),
        }
      : null,
    photos: c.photos.map((p) => ({
      sha256: p.sha256,
      fileName: p.fileName,
      mediaType: p.mediaType,
      sizeBytes: p.sizeBytes,
      caption: p.caption,
      uploadedAt: p.uploadedAt,
      url: `/api/v1/market-cases/${c.id}/photos/${p.sha256}`,
    })),
    reports: reports.map(presentReport),
    status: c.status,
    investigationNote: c.investigationNote,
    conclusion: c.conclusion,
    conclusionNote: c.conclusionNote,
    createdAt: c.createdAt.toISOString(),
    investigatedAt: c.investigatedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    version: c.version,
  };
}
