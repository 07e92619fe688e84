import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUS_LABELS } from '../../domain/programme/programme.types';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

export const PLANS_KEY = ['programme', 'plans'] as const;

/** The yearly plans the account may read: its units', the units below and its province's. */
export function PlansPage() {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canManage = useCan('plan.manage');
  const plans = useQuery({ queryKey: PLANS_KEY, queryFn: ({ signal }) => programmeApi.plans(signal) });
  return (
    <Stack>
      <PageHeading>{t('plansTitle')}</PageHeading>
      <Text>{t('plansIntro')}</Text>
      {canManage && (
        <Button
          component={Link}
          to="/plans/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
        >
          {t('planNew')}
        </Button>
      )}
      <ErrorAlert error={plans.error} />
      {plans.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('title')}</Table.Th>
                <Table.Th>{t('unit')}</Table.Th>
                <Table.Th>{t('year')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th ta="right">{t('approvedVersion')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(plans.data?.items ?? []).map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    <Link to="/plans/$planId" params={{ planId: plan.id }} className="mantine-Anchor-root">
                      {plan.title}
                    </Link>
                  </Table.Td>
                  <Table.Td>{plan.unitName}</Table.Td>
                  <Table.Td>{plan.year}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={plan.status === 'approved' ? 'green' : 'blue'}>
                      {PLAN_STATUS_LABELS[plan.status][lang]}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{plan.approvedVersion || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
