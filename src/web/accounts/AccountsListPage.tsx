import { Button, Group, Loader, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { UnitPicker } from '../units/UnitPicker';
import { accountListQuery } from './account-queries';
import { AccountsTable } from './AccountsTable';

const PAGE_SIZE = 20;
const routeApi = getRouteApi('/authenticated/accounts');

/** Accounts the admin may see: search by name, username or e-mail, filter by unit, page through. */
export function AccountsListPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const canManage = useCan('account.manage');
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  const query = useQuery(
    accountListQuery({
      q: search.q,
      unitId: search.unitId,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
  );
  const updateQuery = useDebouncedCallback((q: string) => {
    void navigate({
      search: (previous) => ({ ...previous, q: q.trim() || undefined, page: undefined }),
      replace: true,
    });
  }, 300);

  const total = query.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="center">
        <PageHeading documentTitle={t('accounts.title')}>{t('accounts.title')}</PageHeading>
        {canManage && (
          <Button component={Link} to="/accounts/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('accounts.create')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" role="search" aria-label={t('accounts.searchRegion')}>
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label={t('accounts.searchLabel')}
            description={t('accounts.searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            type="search"
            onChange={(event) => {
              setText(event.currentTarget.value);
              updateQuery(event.currentTarget.value);
            }}
          />
          <UnitPicker
            label={t('accounts.unitFilter')}
            value={search.unitId ?? null}
            onChange={(unitId) =>
              void navigate({
                search: (previous) => ({ ...previous, unitId: unitId ?? undefined, page: undefined }),
              })
            }
          />
        </Group>
      </Paper>

      <ErrorAlert error={query.error} />

      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Text role="status" aria-live="polite" size="sm">
            {query.isPending ? t('common.loading') : t('accounts.found', { count: total })}
          </Text>
          {query.isFetching && !query.isPending && <Loader size="xs" aria-hidden />}
        </Group>
        {query.data && query.data.items.length > 0 && <AccountsTable accounts={query.data.items} />}
        {pageCount > 1 && (
          <Group justify="center" mt="md">
            <Pagination
              total={pageCount}
              value={page}
              onChange={(next) =>
                void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
              }
              getControlProps={(control) => ({
                'aria-label': t(`pagination.${control}`),
              })}
              getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
            />
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
