import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKET_CASE_STATUSES } from '../../domain/market-surveillance/market-case-status';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { marketCasesApi } from './market-cases.api';
import { POST_INSPECTION_NS } from './post-inspection-i18n';

const PAGE_SIZE = 20;
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Market-surveillance cases of the account's units: filter by status or text, paginated on the server. */
export function MarketCasesPage() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery({
    queryKey: ['market-cases', 'list', status, q, page],
    queryFn: ({ signal }) =>
      marketCasesApi.list(
        { status: status ?? undefined, q: q.trim() || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack>
      <PageHeading>{t('marketCases.title')}</PageHeading>
      {me.actions.includes('market_case.manage') && (
        <Group>
          <Button component={Link} to="/market-cases/new" size="md">
            {t('marketCases.newCase')}
          </Button>
        </Group>
      )}
      <Group align="end">
        <TextInput
          label={t('marketCases.search')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(0);
          }}
          w={320}
        />
        <Select
          label={t('marketCases.status')}
          placeholder={t('marketCases.allStatuses')}
          clearable
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
          data={MARKET_CASE_STATUSES.map((s) => ({ value: s, label: t(`marketCases.statuses.${s}`) }))}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('marketCases.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('marketCases.observedOn')}</Table.Th>
                <Table.Th>{t('marketCases.seller')}</Table.Th>
                <Table.Th>{t('marketCases.claimedProduct')}</Table.Th>
                <Table.Th>{t('marketCases.unit')}</Table.Th>
                <Table.Th>{t('marketCases.reportCount')}</Table.Th>
                <Table.Th>{t('marketCases.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/market-cases/${encodeURIComponent(c.id)}`}>
                      {vnDate(c.observedOn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.sellerName}</Text>
                    <Text size="xs" c="dimmed">
                      {c.placeAddress}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.claimedProduct}</Table.Td>
                  <Table.Td>{c.unitName}</Table.Td>
                  <Table.Td>{c.reportCount}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`marketCases.statuses.${c.status}`)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && list.data.total > PAGE_SIZE && (
        <Group>
          <Button variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('marketCases.previous')}
          </Button>
          <Text size="sm">{t('marketCases.pageOf', { page: page + 1, pages, total: list.data.total })}</Text>
          <Button variant="default" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('marketCases.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
