import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { PageHeading } from '../layout/PageHeading';
import { GrantCard } from './GrantCard';
import { HomeDashboard } from '../dashboard/HomeDashboard';

/** "Tổng quan": who the user is, in which roles and units, and where to go next. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canManageAccounts = me.actions.includes('account.manage') || me.actions.includes('account.read');
  const canReadUnits = me.actions.includes('unit.read');

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading documentTitle={t('dashboard.title')}>{t('dashboard.title')}</PageHeading>
      <Text size="lg">{t('dashboard.greeting', { name: me.displayName })}</Text>
      <HomeDashboard />

      <section aria-labelledby="grants-heading">
        <Title order={2} size="h3" id="grants-heading" mb="sm">
          {t('dashboard.grantsTitle')}
        </Title>
        {me.grants.length === 0 ? (
          <Text c="dimmed">{t('dashboard.noGrants')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {me.grants.map((grant) => (
              <li key={grant.id}>
                <GrantCard grant={grant} />
              </li>
            ))}
          </SimpleGrid>
        )}
      </section>

      {(canManageAccounts || canReadUnits) && (
        <section aria-labelledby="shortcuts-heading">
          <Title order={2} size="h3" id="shortcuts-heading" mb="sm">
            {t('dashboard.shortcutsTitle')}
          </Title>
          <Group>
            {canManageAccounts && (
              <Card withBorder padding="md" w={260}>
                <Anchor component={Link} to="/accounts" fw={600}>
                  {t('nav.accounts')}
                </Anchor>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('dashboard.accountsHint')}
                </Text>
              </Card>
            )}
            {canReadUnits && (
              <Card withBorder padding="md" w={260}>
                <Anchor component={Link} to="/units" fw={600}>
                  {t('nav.units')}
                </Anchor>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('dashboard.unitsHint')}
                </Text>
              </Card>
            )}
          </Group>
        </section>
      )}
    </Stack>
  );
}
