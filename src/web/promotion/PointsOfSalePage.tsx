import { Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { POINT_OF_SALE_KIND_LABELS } from '../../domain/promotion/promotion.types';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';

export const POINTS_KEY = ['promotion', 'points-of-sale'] as const;

/** Showrooms and points of sale in the account's units, with the products they carry. */
export function PointsOfSalePage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canManage = useCan('promotion.manage');
  const points = useQuery({
    queryKey: POINTS_KEY,
    queryFn: ({ signal }) => promotionApi.pointsOfSale(0, signal),
  });
  return (
    <Stack>
      <PageHeading>{t('pointsTitle')}</PageHeading>
      <Text>{t('pointsIntro')}</Text>
      {canManage && (
        <Button
          component={Link}
          to="/points-of-sale/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
        >
          {t('pointsNew')}
        </Button>
      )}
      <ErrorAlert error={points.error} />
      {points.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('address')}</Table.Th>
                <Table.Th>{t('openingHours')}</Table.Th>
                <Table.Th>{t('phone')}</Table.Th>
                <Table.Th>{t('products')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(points.data?.items ?? []).map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {p.name}
                    <br />
                    <Text span size="sm" c="dimmed">
                      {POINT_OF_SALE_KIND_LABELS[p.kind][lang]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {p.address}, {p.commune.name}, {p.province.name}
                  </Table.Td>
                  <Table.Td>{p.openingHours}</Table.Td>
                  <Table.Td>{p.phone}</Table.Td>
                  <Table.Td>{p.products.map((product) => product.name).join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
