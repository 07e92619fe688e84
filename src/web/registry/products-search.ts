import { PRODUCT_STATUSES, type ProductStatus } from '../../domain/registry/product-status';

/** The products list's state in the address bar: search text, product set, status, page. */
export interface ProductsSearch {
  q?: string;
  productSet?: number;
  status?: ProductStatus;
  page?: number;
}

/** Reads the address bar leniently: anything unknown or malformed is dropped, never an error page. */
export function parseProductsSearch(search: Record<string, unknown>): ProductsSearch {
  const result: ProductsSearch = {};
  if (typeof search.q === 'string' && search.q.trim()) result.q = search.q.slice(0, 100);
  const productSet = Number(search.productSet);
  if (Number.isInteger(productSet) && productSet >= 1 && productSet <= 99) result.productSet = productSet;
  const status = PRODUCT_STATUSES.find((value) => value === search.status);
  if (status) result.status = status;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) result.page = page;
  return result;
}
