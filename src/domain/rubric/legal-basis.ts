/**
 * The legal basis a result or certificate of a given date was issued under (OCOP.md §1, §15):
 * procedure and star bands in force that day, and whether the criteria sheets are modelled.
 * A certificate issued before 24/02/2023 reads "1048/QĐ-TTg" (parts A 35 / B 25 / C 40). Pure.
 */
import { findProcedureVersionInForce, type ProcedureVersion } from './procedure-versions';
import { findStarBandsInForce, type StarBandSet } from './star-bands';

export interface LegalBasisOnDate {
  procedure: ProcedureVersion;
  bands: StarBandSet;
  /** Criteria part maxima of the decision in force. */
  partMaxima: { A: number; B: number; C: number };
  /** False for 1048: no reliable source of its sheets, so none is modelled. */
  hasSheets: boolean;
}

/** The basis on an ISO date; undefined before 1048 (21/08/2019). */
export function legalBasisOnDate(date: string): LegalBasisOnDate | undefined {
  const procedure = findProcedureVersionInForce(date);
  const bands = findStarBandsInForce(date);
  if (!procedure || !bands) return undefined;
  const is1048 = procedure.id === '1048';
  return {
    procedure,
    bands,
    partMaxima: is1048 ? { A: 35, B: 25, C: 40 } : { A: 40, B: 25, C: 35 },
    hasSheets: !is1048,
  };
}

/** A certificate's legal basis as printed on its page, in both languages. */
export interface CertificateLegalBasis {
  procedureId: string;
  textVi: string;
  textEn: string;
}

const CERTIFICATE_BASIS_TEXTS: Record<string, { vi: string; en: string }> = {
  '1048': {
    vi: 'Quyết định 1048/QĐ-TTg ngày 21/08/2019 (sửa đổi bởi Quyết định 781/QĐ-TTg năm 2020)',
    en: 'Decision 1048/QĐ-TTg of 21/08/2019 (amended by Decision 781/QĐ-TTg, 2020)',
  },
  '148-original': {
    vi: 'Quyết định 148/QĐ-TTg ngày 24/02/2023',
    en: 'Decision 148/QĐ-TTg of 24/02/2023',
  },
  '148-transition-2025-07': {
    vi: 'Quyết định 148/QĐ-TTg ngày 24/02/2023',
    en: 'Decision 148/QĐ-TTg of 24/02/2023',
  },
  '148-amended-1489': {
    vi: 'Quyết định 148/QĐ-TTg ngày 24/02/2023, sửa đổi bởi Quyết định 1489/QĐ-TTg ngày 06/07/2025',
    en: 'Decision 148/QĐ-TTg of 24/02/2023, amended by Decision 1489/QĐ-TTg of 06/07/2025',
  },
};

/**
 * The legal basis a certificate issued on `issuedOn` (ISO date) was scored and certified under:
 * "Quyết định 1048/QĐ-TTg …" before 24/02/2023, "Quyết định 148/QĐ-TTg …" from that day.
 * Undefined before 1048 (21/08/2019). Pure.
 */
export function certificateLegalBasisOf(issuedOn: string): CertificateLegalBasis | undefined {
  const basis = legalBasisOnDate(issuedOn);
  if (!basis) return undefined;
  const { id, legalBasis } = basis.procedure;
  const texts = CERTIFICATE_BASIS_TEXTS[id] ?? {
    vi: `Quyết định ${legalBasis}`,
    en: `Decision ${legalBasis}`,
  };
  return { procedureId: id, textVi: texts.vi, textEn: texts.en };
}
