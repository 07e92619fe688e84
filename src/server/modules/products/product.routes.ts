import {
  CreateProductInput,
  ListProductsOutput,
  ListProductsQuery,
  ProductOutput,
  UpdateProductInput,
} from '../../../contracts/products.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createProduct } from './create-product';
import { getProduct, listProducts } from './list-products';
import { updateProduct } from './update-product';

const tags = ['products'];

/** Products of the registry: product set, GTIN, packaging, capacity; status follows the OCOP cycle. */
export async function productRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();

  app.get(
    '/api/v1/products',
    {
      schema: {
        operationId: 'listProducts',
        tags,
        querystring: ListProductsQuery,
        response: { 200: ListProductsOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      listProducts({ db: dbOf(request), actor: requireActor(request), query: request.query, now: now() }),
  );

  app.post(
    '/api/v1/producers/:id/products',
    {
      schema: {
        operationId: 'createProduct',
        tags,
        params: IdParams,
        body: CreateProductInput,
        response: { 201: ProductOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const input = {
        db: dbOf(request),
        audit: auditContextOf(request, 'product.manage'),
        actor,
        producerId: request.params.id,
        input: request.body,
        now: now(),
      };
      return reply.status(201).send(await createProduct(input));
    },
  );

  app.get(
    '/api/v1/products/:id',
    {
      schema: {
        operationId: 'getProduct',
        tags,
        params: IdParams,
        response: { 200: ProductOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      getProduct({
        db: dbOf(request),
        actor: requireActor(request),
        productId: request.params.id,
        now: now(),
      }),
  );

  app.patch(
    '/api/v1/products/:id',
    {
      schema: {
        operationId: 'updateProduct',
        tags,
        params: IdParams,
        body: UpdateProductInput,
        response: { 200: ProductOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      updateProduct({
        db: dbOf(request),
        audit: auditContextOf(request, 'product.manage'),
        actor: requireActor(request),
        productId: request.params.id,
        input: request.body,
        now: now(),
      }),
  );
}
