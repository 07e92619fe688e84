import type { ProductDetails, ProductOutput } from '../../../contracts/products.contracts';
import type { ProductRow } from '../../../db/repositories/products.repository';
import { isKnownProductSet, productSetsInForce } from '../../../domain/registry/product-sets';
import { DomainError } from '../../../domain/errors';
import { foldVietnamese } from '../../../domain/text/fold-vietnamese';

/** The Vietnamese name of a product set in the taxonomy in force on `today`. */
export function productSetName(setNumber: number, today: string): string {
  return (
    productSetsInForce(today).find((s) => s.setNumber === setNumber)?.nameVi ?? `Bộ sản phẩm ${setNumber}`
  );
}

export function presentProduct(
  row: ProductRow,
  producerName: string,
  photoEvidenceIds: readonly string[],
  now: Date,
): ProductOutput {
  return {
    id: row.id,
    producerId: row.producerId,
    producerName,
    productSet: row.productSet,
    productSetName: productSetName(row.productSet, now.toISOString().slice(0, 10)),
    name: row.name,
    description: row.description,
    gtin: row.gtin,
    status: row.status,
    details: row.details as ProductDetails,
    photoEvidenceIds: [...photoEvidenceIds],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function productSnapshot(row: ProductRow): Record<string, unknown> {
  return {
    producerId: row.producerId,
    productSet: row.productSet,
    name: row.name,
    description: row.description,
    gtin: row.gtin,
    status: row.status,
    details: row.details,
    version: row.version,
  };
}

export function productSearchKey(name: string, gtin: string | null): string {
  return foldVietnamese(`${name} ${gtin ?? ''}`);
}

/** VALIDATION_FAILED on `productSet` unless the set exists in the taxonomy in force. */
export function assertKnownProductSet(setNumber: number, now: Date): void {
  if (isKnownProductSet(setNumber, now.toISOString().slice(0, 10))) return;
  throw new DomainError(
    'VALIDATION_FAILED',
    'Dữ liệu không hợp lệ: productSet.',
    'Invalid input: productSet.',
    [
      {
        field: 'productSet',
        messageVi: `Không có bộ sản phẩm số ${setNumber} trong bộ tiêu chí đang áp dụng`,
        messageEn: `No product set ${setNumber} in the criteria in force`,
      },
    ],
  );
}

export function productNameTaken(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Chủ thể đã có sản phẩm cùng tên.',
    'The producer already has a product with this name.',
    [{ field: 'name', messageVi: 'Trùng tên sản phẩm của chủ thể', messageEn: 'Duplicate product name' }],
  );
}

/** Empty GTIN means none; otherwise digits only (the contract checked the check digit). */
export function normalizeGtinInput(gtin: string | null | undefined): string | null {
  const digits = (gtin ?? '').replace(/[\s-]/g, '');
  return digits === '' ? null : digits;
}
