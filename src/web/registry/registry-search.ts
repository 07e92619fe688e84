import { PRODUCT_STATUSES, type ProductStatus } from '../../domain/registry/product-status';
import { PRODUCER_TYPES, type ProducerType } from '../../domain/registry/producer-types';
import { EVIDENCE_TYPES, type EvidenceType } from '../../domain/registry/evidence-types';

/** The products list's state in the address bar: search text, product set, status, page. */
export interface ProductsSearch {
  q?: string;
  productSet?: number;
  status?: ProductStatus;
  page?: number;
}

/** The producers list's state in the address bar: search text, producer type, page. */
export interface ProducersSearch {
  q?: string;
  type?: ProducerType;
  page?: number;
}

function textAndPage(search: Record<string, unknown>): { q?: string; page?: number } {
  const result: { q?: string; page?: number } = {};
  if (typeof search.q === 'string' && search.q.trim()) result.q = search.q.slice(0, 100);
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) result.page = page;
  return result;
}

/** Reads the address bar leniently: anything unknown or malformed is dropped, never an error page. */
export function parseProductsSearch(search: Record<string, unknown>): ProductsSearch {
  const result: ProductsSearch = textAndPage(search);
  const productSet = Number(search.productSet);
  if (Number.isInteger(productSet) && productSet >= 1 && productSet <= 99) result.productSet = productSet;
  const status = PRODUCT_STATUSES.find((value) => value === search.status);
  if (status) result.status = status;
  return result;
}

/** Same for the producers list. */
export function parseProducersSearch(search: Record<string, unknown>): ProducersSearch {
  const result: ProducersSearch = textAndPage(search);
  const type = PRODUCER_TYPES.find((value) => value === search.type);
  if (type) result.type = type;
  return result;
}

export const EVIDENCE_VALIDITY_FILTERS = ['valid', 'expiring_soon', 'expired'] as const;
export type EvidenceValidityFilter = (typeof EVIDENCE_VALIDITY_FILTERS)[number];

/** The evidence library's state on a producer page: search text, type, validity, page. */
export interface EvidenceSearch {
  evidenceQ?: string;
  evidenceType?: EvidenceType;
  evidenceValidity?: EvidenceValidityFilter;
  evidencePage?: number;
}

/** Same for the evidence library of a producer page. */
export function parseEvidenceSearch(search: Record<string, unknown>): EvidenceSearch {
  const result: EvidenceSearch = {};
  if (typeof search.evidenceQ === 'string' && search.evidenceQ.trim())
    result.evidenceQ = search.evidenceQ.slice(0, 100);
  const page = Number(search.evidencePage);
  if (Number.isInteger(page) && page > 1) result.evidencePage = page;
  const type = EVIDENCE_TYPES.find((value) => value === search.evidenceType);
  if (type) result.evidenceType = type;
  const validity = EVIDENCE_VALIDITY_FILTERS.find((value) => value === search.evidenceValidity);
  if (validity) result.evidenceValidity = validity;
  return result;
}
