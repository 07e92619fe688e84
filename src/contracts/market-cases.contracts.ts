/** Market-surveillance cases (vụ việc giám sát thị trường): products sold as OCOP that are not. */
import { z } from 'zod';
import {
  MARKET_CASE_CONCLUSIONS,
  MARKET_CASE_STATUSES,
} from '../domain/market-surveillance/market-case-status';
import { queryInt32, versionField } from './shared.contracts';

const IsoDate = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);

/** Open a case: the seller, the place (address and its unit), the day, what was sold as OCOP. */
export const CreateMarketCaseInput = z.object({
  unitId: z.uuid(),
  sellerName: Text(300),
  placeAddress: Text(500),
  observedOn: IsoDate,
  description: Text(4000),
  /** What the package claims (name, stars, producer) as read on the shelf. */
  claimedProduct: Text(500),
  /** The real product it pretends to be, when there is one. */
  productId: z.uuid().optional(),
  /** The certificate number printed on the package (real or not). */
  claimedCertificateNumber: z.string().trim().min(1).max(100).optional(),
  /** Shoppers' reports of suspected fakes this case comes from. */
  reportIds: z.array(z.uuid()).max(50).default([]),
});
export type CreateMarketCaseInput = z.infer<typeof CreateMarketCaseInput>;

export const LinkMarketCaseReportsInput = z.object({
  version: versionField(),
  reportIds: z.array(z.uuid()).min(1).max(50),
});
export type LinkMarketCaseReportsInput = z.infer<typeof LinkMarketCaseReportsInput>;

export const InvestigateMarketCaseInput = z.object({ version: versionField(), note: Text(4000) });
export type InvestigateMarketCaseInput = z.infer<typeof InvestigateMarketCaseInput>;

export const CloseMarketCaseInput = z.object({
  version: versionField(),
  conclusion: z.enum(MARKET_CASE_CONCLUSIONS),
  note: Text(4000),
});
export type CloseMarketCaseInput = z.infer<typeof CloseMarketCaseInput>;

export const MarketCaseReportOutput = z.object({
  id: z.uuid(),
  serial: z.string().nullable(),
  stampPath: z.string(),
  productName: z.string().nullable(),
  message: z.string(),
  placeOfPurchase: z.string(),
  hasPhoto: z.boolean(),
  createdAt: z.string(),
});
export type MarketCaseReportOutput = z.infer<typeof MarketCaseReportOutput>;

export const MarketCaseOutput = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    sellerName: z.string(),
    placeAddress: z.string(),
    observedOn: IsoDate,
    description: z.string(),
    claimedProduct: z.string(),
    productId: z.uuid().nullable(),
    productName: z.string().nullable(),
    claimedCertificateNumber: z.string().nullable(),
    /** The real certificate of that number, if any (a fake may print a real number). */
    claimedCertificate: z
      .object({ number: z.string(), productName: z.string(), status: z.string() })
      .nullable(),
    photos: z.array(
      z.object({
        sha256: z.string(),
        fileName: z.string(),
        mediaType: z.string(),
        sizeBytes: z.number().int(),
        caption: z.string(),
        uploadedAt: z.string(),
        url: z.string(),
      }),
    ),
    reports: z.array(MarketCaseReportOutput),
    status: z.enum(MARKET_CASE_STATUSES),
    investigationNote: z.string(),
    conclusion: z.enum(MARKET_CASE_CONCLUSIONS).nullable(),
    conclusionNote: z.string(),
    createdAt: z.string(),
    investigatedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MarketCase' });
export type MarketCaseOutput = z.infer<typeof MarketCaseOutput>;

export const MarketCaseSummaryOutput = MarketCaseOutput.pick({
  id: true,
  unitName: true,
  sellerName: true,
  placeAddress: true,
  observedOn: true,
  claimedProduct: true,
  status: true,
  conclusion: true,
  createdAt: true,
}).extend({ reportCount: z.number().int(), photoCount: z.number().int() });

export const ListMarketCasesQuery = z.object({
  status: z.enum(MARKET_CASE_STATUSES).optional(),
  /** Seller, place or claimed product (tone-insensitive is not promised: a plain substring). */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export const ListMarketCasesOutput = z.object({
  items: z.array(MarketCaseSummaryOutput),
  total: z.number().int(),
});

/** Shoppers' reports of suspected fakes that a case may be linked to (with the cases already linked). */
export const ListSuspectedFakeReportsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export const ListSuspectedFakeReportsOutput = z.object({
  items: z.array(MarketCaseReportOutput.extend({ caseIds: z.array(z.uuid()) })),
  total: z.number().int(),
});

export const AttachMarketCasePhotoFields = z
  .object({ caption: z.string().trim().max(300).optional() })
  .meta({ id: 'AttachMarketCasePhotoFields' });
export const MarketCasePhotoParams = z.object({
  id: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
