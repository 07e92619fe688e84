import { Anchor, Card, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { SearchTextInput } from './SearchTextInput';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { AnchorLink } from '../layout/AnchorLink';
import type { ProductOutput } from '../../contracts/products.contracts';
import { PRODUCT_STATUSES } from '../../domain/registry/product-status';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { ExportButtons } from '../exports/ExportButtons';
import { productStatusLabel } from './labels';
import { ProductForm } from './ProductForm';
import { ProductPhotos } from './ProductPhotos';
import { ProductsTable, ProductStatusBadge } from './ProductsTable';
import { Fact } from './Fact';
import { REGISTRY_NS } from './registry-i18n';
import { PAGE_SIZE, REGISTRY_KEY, registryApi } from './registry.api';
import { ListPagination } from './ListPagination';
import type { ProductsSearch } from './registry-search';
import { useProductSets } from './useProductSets';

const listRoute = getRouteApi('/authenticated/products');
const createRoute = getRouteApi('/authenticated/producers/$producerId/products/new');
const detailRoute = getRouteApi('/authenticated/products/$productId');
const editRoute = getRouteApi('/authenticated/products/$productId/edit');

function useProduct(productId: string) {
  return useQuery({
    queryKey: [...REGISTRY_KEY, 'product', productId],
    queryFn: ({ signal }) => registryApi.product(productId, signal),
  });
}

/** Every product the account may see, with search and filters by product set and status kept in the address bar. */
export function ProductsPage() {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const search = listRoute.useSearch();
  const navigate = listRoute.useNavigate();
  const page = search.page ?? 1;
  const sets = useProductSets();
  const filter = {
    q: search.q,
    productSet: search.productSet,
    status: search.status,
    offset: (page - 1) * PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: [...REGISTRY_KEY, 'products', filter],
    queryFn: ({ signal }) => registryApi.products(filter, signal),
    placeholderData: keepPreviousData,
  });
  const updateText = (q: string | undefined) =>
    void navigate({ search: (previous) => ({ ...previous, q, page: undefined }), replace: true });
  const setFilter = (next: Pick<ProductsSearch, 'productSet' | 'status'>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next, page: undefined }) });
  return (
    <Stack gap="lg">
      <PageHeading>{t('product.allTitle')}</PageHeading>
      <ExportButtons
        list="products"
        filters={{ q: search.q, productSet: search.productSet, status: search.status }}
      />
      <Text size="sm" c="dimmed">
        {t('product.allIntro')}
      </Text>
      <Group align="flex-end" role="search" aria-label={t('product.filters')}>
        <SearchTextInput label={t('product.search')} initial={search.q ?? ''} onSearch={updateText} />
        <Select
          label={t('product.productSet')}
          placeholder={t('allProductSets')}
          clearable
          searchable
          data={sets.map((set) => ({
            value: String(set.setNumber),
            label: `${set.setNumber}. ${i18n.language === 'en' ? set.nameEn : set.nameVi}`,
          }))}
          value={search.productSet === undefined ? null : String(search.productSet)}
          onChange={(value) => setFilter({ productSet: value ? Number(value) : undefined })}
          w={320}
        />
        <Select
          label={t('product.status')}
          placeholder={t('allStatuses')}
          clearable
          data={PRODUCT_STATUSES.map((value) => ({ value, label: productStatusLabel(value, i18n.language) }))}
          value={search.status ?? null}
          onChange={(value) => setFilter({ status: PRODUCT_STATUSES.find((status) => status === value) })}
          w={220}
        />
        {list.isFetching && <Loader size="sm" aria-label={t('loading')} />}
      </Group>
      <ErrorAlert error={list.error} />
      {list.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('product.count', { count: list.data.total })}
          </Text>
          <ProductsTable items={list.data.items} showProducer />
          <ListPagination
            total={list.data.total}
            page={page}
            onChange={(next) =>
              void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
            }
          />
        </>
      )}
    </Stack>
  );
}

/** Add a product to a producer. */
export function ProductCreatePage() {
  const { t } = useTranslation(REGISTRY_NS);
  const navigate = useNavigate();
  const { producerId } = createRoute.useParams();
  const producer = useQuery({
    queryKey: [...REGISTRY_KEY, 'producer', producerId],
    queryFn: ({ signal }) => registryApi.producer(producerId, signal),
  });
  return (
    <Stack gap="lg" maw={960}>
      <AnchorLink to="/producers/$producerId" params={{ producerId }} size="sm">
        ← {producer.data?.name ?? t('producer.backToProducer')}
      </AnchorLink>
      <PageHeading>{t('product.createTitle')}</PageHeading>
      <ProductForm
        producerId={producerId}
        onSaved={(saved) => navigate({ to: '/products/$productId', params: { productId: saved.id } })}
      />
    </Stack>
  );
}

/** Edit a product (optimistic concurrency: a stale version is refused and explained). */
export function ProductEditPage() {
  const { t } = useTranslation(REGISTRY_NS);
  const navigate = useNavigate();
  const { productId } = editRoute.useParams();
  const product = useProduct(productId);
  return (
    <Stack gap="lg" maw={960}>
      <AnchorLink to="/products/$productId" params={{ productId }} size="sm">
        ← {product.data?.name ?? t('product.backToProduct')}
      </AnchorLink>
      <PageHeading documentTitle={t('product.editTitle')}>{t('product.editTitle')}</PageHeading>
      <ErrorAlert error={product.error} />
      {product.data && (
        <ProductForm
          key={product.data.version}
          producerId={product.data.producerId}
          product={product.data}
          onSaved={(saved) => navigate({ to: '/products/$productId', params: { productId: saved.id } })}
        />
      )}
    </Stack>
  );
}

function ProductFacts({ product }: { product: ProductOutput }) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const details = product.details;
  const number = (value: number | null | undefined) =>
    value == null ? '' : value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const points = details.pointsOfSale ?? [];
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        <Fact label={t('product.producer')}>
          <AnchorLink to="/producers/$producerId" params={{ producerId: product.producerId }}>
            {product.producerName}
          </AnchorLink>
        </Fact>
        <Fact label={t('product.productSet')}>{`${product.productSet}. ${product.productSetName}`}</Fact>
        <Fact label={t('product.gtin')}>{product.gtin}</Fact>
        <Fact label={t('product.packaging')}>{details.packaging}</Fact>
        <Fact label={t('product.rawMaterialAreaHectares')}>{number(details.rawMaterialAreaHectares)}</Fact>
        <Fact label={t('product.annualCapacity')}>
          {details.annualCapacity == null
            ? ''
            : `${number(details.annualCapacity)} ${details.capacityUnit ?? ''}`}
        </Fact>
      </SimpleGrid>
      <Stack mt="md" gap="sm" component="dl" m={0}>
        <Fact label={t('product.description')}>{product.description}</Fact>
        <Fact label={t('product.story')}>{details.story}</Fact>
      </Stack>
      <Title order={2} size="h5" mt="md" mb="xs">
        {t('product.pointsOfSale')}
      </Title>
      {points.length === 0 ? (
        <Text c="dimmed">{t('product.noPointsOfSale')}</Text>
      ) : (
        <Stack gap={4} component="ul" pl="md" m={0}>
          {points.map((point, index) => (
            <li key={`${point.name}-${index}`}>
              <Text span fw={500}>
                {point.name}
              </Text>
              {point.address ? ` — ${point.address}` : ''}
              {point.phone ? ` — ${point.phone}` : ''}
              {point.url && (
                <>
                  {' — '}
                  <Anchor href={point.url} target="_blank" rel="noopener noreferrer">
                    {point.url}
                  </Anchor>
                </>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** One product: its facts, status, story, points of sale and photos. */
export function ProductPage() {
  const { t } = useTranslation(REGISTRY_NS);
  const { productId } = detailRoute.useParams();
  const canManage = useCan('product.manage');
  const product = useProduct(productId);
  return (
    <Stack gap="lg">
      <AnchorLink to="/products" size="sm">
        ← {t('product.backToList')}
      </AnchorLink>
      <ErrorAlert error={product.error} />
      {product.isPending && <Loader aria-label={t('loading')} />}
      {product.data && (
        <>
          <Group justify="space-between" align="flex-end">
            <Group align="center">
              <PageHeading>{product.data.name}</PageHeading>
              <ProductStatusBadge product={product.data} />
            </Group>
            {canManage && (
              <ButtonLink
                variant="default"
                to="/products/$productId/edit"
                params={{ productId }}
                leftSection={<IconEdit size={16} aria-hidden />}
              >
                {t('product.edit')}
              </ButtonLink>
            )}
          </Group>
          <ProductFacts product={product.data} />
          <ProductPhotos product={product.data} />
        </>
      )}
    </Stack>
  );
}
