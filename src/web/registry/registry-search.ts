import { PRODUCT_STATUSES, type ProductStatus } from '../../domain/registry/product-status';
import { PRODUCER_TYPES, type ProducerType } from '../../domain/registry/producer-types';

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
