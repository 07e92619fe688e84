import { z } from 'zod';
import { queryInt32, versionField } from './shared.contracts';
import { checkGtin } from '../domain/registry/gtin';
import { PRODUCT_STATUSES } from '../domain/registry/product-status';

export const PointOfSale = z
  .object({
    name: z.string().trim().min(1).max(200).describe('Tên điểm bán'),
    address: z.string().trim().max(500).nullable().optional().describe('Địa chỉ'),
    url: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional()
      .describe('Trang bán hàng trực tuyến'),
    phone: z.string().trim().max(30).nullable().optional(),
  })
  .meta({ id: 'PointOfSale' });
export type PointOfSale = z.infer<typeof PointOfSale>;

export const ProductDetails = z
  .object({
    packaging: z.string().trim().max(500).nullable().optional().describe('Quy cách đóng gói'),
    rawMaterialAreaHectares: z
      .number()
      .min(0)
      .max(1_000_000)
      .nullable()
      .optional()
      .describe('Diện tích vùng nguyên liệu (ha)'),
    annualCapacity: z.number().min(0).nullable().optional().describe('Công suất / sản lượng một năm'),
    capacityUnit: z
      .string()
      .trim()
      .max(50)
      .nullable()
      .optional()
      .describe('Đơn vị công suất (tấn, lít, sản phẩm…)'),
    story: z
      .string()
      .trim()
      .max(5000)
      .nullable()
      .optional()
      .describe('Câu chuyện sản phẩm (hiển thị công khai trên danh mục)'),
    pointsOfSale: z
      .array(PointOfSale)
      .max(50)
      .optional()
      .describe('Điểm bán (hiển thị công khai: nơi mua sản phẩm)'),
  })
  .meta({ id: 'ProductDetails' });
export type ProductDetails = z.infer<typeof ProductDetails>;

/** A GTIN-8/12/13/14 with a correct check digit; empty means none. */
export const GtinInput = z
  .string()
  .trim()
  .max(20)
  .superRefine((value, ctx) => {
    if (value === '') return;
    const check = checkGtin(value);
    if (!check.isValid) ctx.addIssue({ code: 'custom', message: `${check.messageVi} / ${check.messageEn}` });
  });

const ProductShape = z.object({
  productSet: z.number().int().min(1).max(99).describe('Bộ sản phẩm (1–26 theo Quyết định 148)'),
  name: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).optional(),
  gtin: GtinInput.nullable().optional(),
  details: ProductDetails.optional(),
});

export const CreateProductInput = ProductShape.meta({ id: 'CreateProductInput' });
export type CreateProductInput = z.infer<typeof CreateProductInput>;

export const UpdateProductInput = ProductShape.partial()
  .extend({ version: versionField() })
  .meta({ id: 'UpdateProductInput' });
export type UpdateProductInput = z.infer<typeof UpdateProductInput>;

export const ProductOutput = z
  .object({
    id: z.uuid(),
    producerId: z.uuid(),
    producerName: z.string(),
    productSet: z.number().int(),
    productSetName: z.string(),
    name: z.string(),
    description: z.string(),
    gtin: z.string().nullable(),
    status: z.enum(PRODUCT_STATUSES),
    details: ProductDetails,
    photoEvidenceIds: z.array(z.uuid()).describe('Evidence documents of type photo attached to the product'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Product' });
export type ProductOutput = z.infer<typeof ProductOutput>;

export const ListProductsQuery = z.object({
  producerId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  productSet: z.coerce.number().int().min(1).max(99).optional(),
  status: z.enum(PRODUCT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type ListProductsQuery = z.infer<typeof ListProductsQuery>;

export const ListProductsOutput = z.object({ items: z.array(ProductOutput), total: z.number().int() });

export const ProducerProductParams = z.object({ id: z.uuid() });
