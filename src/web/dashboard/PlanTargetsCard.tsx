import { Card, Group, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ListPlansOutput } from '../../contracts/programme.contracts';
import { apiRequest } from '../api/http';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PlanProgressTable } from '../programme/PlanProgressTable';
import { programmeApi } from '../programme/programme.api';
import { DASHBOARD_NS } from './dashboard-i18n';

/**
 * The targets of the shown unit's yearly plan against what has been achieved so far, from the
 * programme's own progress figures (the same as on the plan's page), with a link to the plan.
 */
export function PlanTargetsCard({ unit, year }: { unit: { id: string; name: string }; year: number }) {
  const { t, i18n } = useTranslation(DASHBOARD_NS);
  const plans = useQuery({
    queryKey: ['plans', 'of-unit', unit.id, year],
    queryFn: ({ signal }) =>
      apiRequest<ListPlansOutput>('/plans', { query: { unitId: unit.id, year, limit: 1 }, signal }),
  });
  const plan = plans.data?.items.find((p) => p.unitId === unit.id);
  const progress = useQuery({
    queryKey: ['plans', plan?.id, 'progress'],
    queryFn: ({ signal }) => programmeApi.progress(plan!.id, signal),
    enabled: plan !== undefined,
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="plan-targets-heading">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h5" id="plan-targets-heading">
          {t('planTargets', { unit: unit.name, year })}
        </Title>
        {plan && (
          <Link to="/plans/$planId" params={{ planId: plan.id }} className="mantine-Anchor-root">
            {t('openPlan')}
          </Link>
        )}
      </Group>
      <ErrorAlert error={plans.error ?? progress.error} />
      {plans.data && !plan && (
        <Text size="sm" c="dimmed">
          {t('noPlan', { unit: unit.name, year })}
        </Text>
      )}
      {progress.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('planAsOf', {
              day: formatDate(progress.data.asOf, i18n.language),
              version: progress.data.basedOnVersion,
            })}
          </Text>
          <PlanProgressTable progress={progress.data} />
        </>
      )}
    </Card>
  );
}
