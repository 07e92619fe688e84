import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../layout/AnchorLink';
import type { ProductOutput } from '../../contracts/products.contracts';
import { PRODUCT_STATUS_COLORS, productStatusLabel } from './labels';
import { REGISTRY_NS } from './registry-i18n';

/** The status of a product in the OCOP cycle, as a coloured badge. */
export function ProductStatusBadge({ product }: { product: Pick<ProductOutput, 'status'> }) {
  const { i18n } = useTranslation(REGISTRY_NS);
  return (
    <Badge variant="light" color={PRODUCT_STATUS_COLORS[product.status]} data-testid="product-status">
      {productStatusLabel(product.status, i18n.language)}
    </Badge>
  );
}

/** Products as a table; the producer column only where products of several producers are listed. */
export function ProductsTable({
  items,
  showProducer = false,
}: {
  items: readonly ProductOutput[];
  showProducer?: boolean;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  if (items.length === 0) return <Text c="dimmed">{t('product.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('product.name')}</Table.Th>
            {showProducer && <Table.Th>{t('product.producer')}</Table.Th>}
            <Table.Th>{t('product.productSet')}</Table.Th>
            <Table.Th>{t('product.gtin')}</Table.Th>
            <Table.Th>{t('product.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td>
                <AnchorLink to="/products/$productId" params={{ productId: product.id }}>
                  {product.name}
                </AnchorLink>
              </Table.Td>
              {showProducer && (
                <Table.Td>
                  <AnchorLink to="/producers/$producerId" params={{ producerId: product.producerId }}>
                    {product.producerName}
                  </AnchorLink>
                </Table.Td>
              )}
              <Table.Td>
                {product.productSet}. {product.productSetName}
              </Table.Td>
              <Table.Td>{product.gtin ?? '—'}</Table.Td>
              <Table.Td>
                <ProductStatusBadge product={product} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
