import { Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CONSULTANT_FIELD_LABELS, CONSULTANT_KIND_LABELS } from '../../domain/promotion/promotion.types';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';

export const CONSULTANTS_KEY = ['promotion', 'consultants'] as const;

/** The consultants' directory of the account's units, with their contracts. */
export function ConsultantsPage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canManage = useCan('consultant.manage');
  const consultants = useQuery({
    queryKey: CONSULTANTS_KEY,
    queryFn: ({ signal }) => promotionApi.consultants(0, signal),
  });
  return (
    <Stack>
      <PageHeading>{t('consultantsTitle')}</PageHeading>
      <Text>{t('consultantsIntro')}</Text>
      {canManage && (
        <Button
          component={Link}
          to="/consultants/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
        >
          {t('consultantsNew')}
        </Button>
      )}
      <ErrorAlert error={consultants.error} />
      {consultants.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('kind')}</Table.Th>
                <Table.Th>{t('fields')}</Table.Th>
                <Table.Th>{t('phone')}</Table.Th>
                <Table.Th>{t('contracts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(consultants.data?.items ?? []).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{CONSULTANT_KIND_LABELS[c.kind][lang]}</Table.Td>
                  <Table.Td>{c.fields.map((f) => CONSULTANT_FIELD_LABELS[f][lang]).join(', ')}</Table.Td>
                  <Table.Td>{[c.phone, c.email].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>
                    {c.contracts.map((k) => (
                      <div key={k.id}>
                        {k.productName ?? k.producerName}: {k.scope} ({formatDate(k.startsOn, i18n.language)}
                        {k.endsOn ? ` – ${formatDate(k.endsOn, i18n.language)}` : ''})
                      </div>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
