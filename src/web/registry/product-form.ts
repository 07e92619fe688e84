import type { CreateProductInput, ProductOutput } from '../../contracts/products.contracts';

export interface PointOfSaleValues {
  name: string;
  address: string;
  url: string;
  phone: string;
}

/** What the product form fields hold: strings for text boxes, '' for an empty number box. */
export interface ProductFormValues {
  productSet: string;
  name: string;
  description: string;
  gtin: string;
  details: {
    packaging: string;
    rawMaterialAreaHectares: number | '';
    annualCapacity: number | '';
    capacityUnit: string;
    story: string;
    pointsOfSale: PointOfSaleValues[];
  };
}

export const PRODUCT_FIELDS = [
  'productSet',
  'name',
  'description',
  'gtin',
  'details.packaging',
  'details.rawMaterialAreaHectares',
  'details.annualCapacity',
  'details.capacityUnit',
  'details.story',
  'details.pointsOfSale',
] as const;

export const EMPTY_POINT_OF_SALE: PointOfSaleValues = { name: '', address: '', url: '', phone: '' };

export const EMPTY_PRODUCT_FORM: ProductFormValues = {
  productSet: '',
  name: '',
  description: '',
  gtin: '',
  details: {
    packaging: '',
    rawMaterialAreaHectares: '',
    annualCapacity: '',
    capacityUnit: '',
    story: '',
    pointsOfSale: [],
  },
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | '') => (value === '' ? null : value);

/** Form values as the contract's input; validation runs on the result (same field paths). */
export function toProductInput(values: ProductFormValues): CreateProductInput {
  const details = values.details;
  return {
    productSet: values.productSet === '' ? 0 : Number(values.productSet),
    name: values.name,
    description: values.description,
    gtin: orNull(values.gtin),
    details: {
      packaging: orNull(details.packaging),
      rawMaterialAreaHectares: numberOrNull(details.rawMaterialAreaHectares),
      annualCapacity: numberOrNull(details.annualCapacity),
      capacityUnit: orNull(details.capacityUnit),
      story: orNull(details.story),
      pointsOfSale: details.pointsOfSale.map((point) => ({
        name: point.name,
        address: orNull(point.address),
        url: orNull(point.url),
        phone: orNull(point.phone),
      })),
    },
  };
}

export function productToForm(product: ProductOutput): ProductFormValues {
  const details = product.details;
  return {
    productSet: String(product.productSet),
    name: product.name,
    description: product.description,
    gtin: product.gtin ?? '',
    details: {
      packaging: details.packaging ?? '',
      rawMaterialAreaHectares: details.rawMaterialAreaHectares ?? '',
      annualCapacity: details.annualCapacity ?? '',
      capacityUnit: details.capacityUnit ?? '',
      story: details.story ?? '',
      pointsOfSale: (details.pointsOfSale ?? []).map((point) => ({
        name: point.name,
        address: point.address ?? '',
        url: point.url ?? '',
        phone: point.phone ?? '',
      })),
    },
  };
}
