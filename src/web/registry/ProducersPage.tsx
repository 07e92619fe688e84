import { Badge, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SearchTextInput } from './SearchTextInput';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PRODUCER_TYPES } from '../../domain/registry/producer-types';
import { ButtonLink } from './ButtonLink';
import { AnchorLink } from '../layout/AnchorLink';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { ExportButtons } from '../exports/ExportButtons';
import { producerTypeLabel, producerTypeOptions } from './labels';
import { REGISTRY_NS } from './registry-i18n';
import { PAGE_SIZE, REGISTRY_KEY, registryApi } from './registry.api';
import { ListPagination } from './ListPagination';

const routeApi = getRouteApi('/authenticated/producers');

/**
 * Producers (chủ thể) the account may see: officials their jurisdiction, a producer account its own.
 * Search by name or registration number (with or without diacritics), filter by type; both stay in
 * the address bar.
 */
export function ProducersPage() {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const canCreate = useCan('producer.create');
  const canImport = useCan('import.run');
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const page = search.page ?? 1;
  const filter = { q: search.q, type: search.type, offset: (page - 1) * PAGE_SIZE };
  const list = useQuery({
    queryKey: [...REGISTRY_KEY, 'producers', filter],
    queryFn: ({ signal }) => registryApi.producers(filter, signal),
    placeholderData: keepPreviousData,
  });
  const updateText = (q: string | undefined) =>
    void navigate({ search: (previous) => ({ ...previous, q, page: undefined }), replace: true });
  const items = list.data?.items ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageHeading>{t('producer.listTitle')}</PageHeading>
        <Group>
          <ExportButtons list="producers" filters={{ q: search.q, type: search.type }} />
          {canImport && (
            <ButtonLink
              variant="default"
              to="/producers/import"
              leftSection={<IconUpload size={16} aria-hidden />}
            >
              {t('import.nav')}
            </ButtonLink>
          )}
          {canCreate && (
            <ButtonLink to="/producers/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('producer.create')}
            </ButtonLink>
          )}
        </Group>
      </Group>
      <Group align="flex-end" role="search">
        <SearchTextInput
          label={t('producer.search')}
          placeholder={t('producer.searchPlaceholder')}
          initial={search.q ?? ''}
          onSearch={updateText}
        />
        <Select
          label={t('producer.type')}
          placeholder={t('allTypes')}
          clearable
          data={producerTypeOptions(i18n.language)}
          value={search.type ?? null}
          onChange={(value) =>
            void navigate({
              search: (previous) => ({
                ...previous,
                type: PRODUCER_TYPES.find((type) => type === value),
                page: undefined,
              }),
            })
          }
          w={260}
        />
        {list.isFetching && <Loader size="sm" aria-label={t('loading')} />}
      </Group>
      <ErrorAlert error={list.error} />
      {list.data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('producer.count', { count: list.data.total })}
        </Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('producer.name')}</Table.Th>
                <Table.Th>{t('producer.type')}</Table.Th>
                <Table.Th>{t('producer.registrationNumber')}</Table.Th>
                <Table.Th>{t('producer.commune')}</Table.Th>
                <Table.Th>{t('producer.origin')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((producer) => (
                <Table.Tr key={producer.id}>
                  <Table.Td>
                    <AnchorLink to="/producers/$producerId" params={{ producerId: producer.id }}>
                      {producer.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{producerTypeLabel(producer.type, i18n.language)}</Table.Td>
                  <Table.Td>{producer.registrationNumber}</Table.Td>
                  <Table.Td>{producer.communeName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`origin.${producer.origin}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && items.length === 0 && <Text c="dimmed">{t('producer.none')}</Text>}
      {list.data && (
        <ListPagination
          total={list.data.total}
          page={page}
          onChange={(next) =>
            void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
          }
        />
      )}
    </Stack>
  );
}
