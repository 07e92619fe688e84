import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { accountQuery } from './account-queries';
import { AccountEditForm } from './AccountEditForm';
import { AccountStatusBadge } from './AccountStatusBadge';
import { GrantsPanel } from './GrantsPanel';
import { ResetPasswordForm } from './ResetPasswordForm';

const routeApi = getRouteApi('/authenticated/accounts/$accountId');

/** One account: its details, its roles, and a password reset. */
export function AccountDetailPage() {
  const { t } = useTranslation();
  const { accountId } = routeApi.useParams();
  const query = useQuery(accountQuery(accountId));
  const account = query.data;
  const me = useMe();

  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to="/accounts" size="sm">
        ← {t('accounts.backToList')}
      </Anchor>
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={query.error} />
      {account && (
        <>
          <Group gap="md" align="center">
            <PageHeading documentTitle={account.displayName}>{account.displayName}</PageHeading>
            <AccountStatusBadge account={account} />
          </Group>
          <Text c="dimmed" mt={-12}>
            {t('accounts.summary', { username: account.username, unit: account.unitName })}
          </Text>
          <AccountEditForm key={account.id} account={account} onReload={() => void query.refetch()} />
          <GrantsPanel account={account} />
          {account.id === me.id ? (
            <Text size="sm" c="dimmed">
              {t('resetPassword.ownAccount')}
            </Text>
          ) : (
            <ResetPasswordForm accountId={account.id} />
          )}
        </>
      )}
    </Stack>
  );
}
