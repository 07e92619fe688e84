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
