import { Badge, Button, Card, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOutput } from '../../contracts/programme.contracts';
import {
  ACTIVITY_STATUS_LABELS,
  BUDGET_SOURCE_LABELS,
  PLAN_SECTION_LABELS,
  PLAN_STATUS_LABELS,
} from '../../domain/programme/programme.types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate, todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { PlanProgressTable as ProgressTable } from './PlanProgressTable';
import { PlanSectionsForm, timingLabel } from './PlanSectionsForm';
import { PLANS_KEY } from './PlansPage';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

/** The plan's sections and activities as approved (read only). */
function SectionsView({ content }: { content: PlanOutput['content'] }) {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  if (content.sections.length === 0) return null;
  const money = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('sectionsTitle')}
      </Title>
      <Table.ScrollContainer minWidth={800}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('activityTitle')}</Table.Th>
              <Table.Th>{t('responsibleAgency')}</Table.Th>
              <Table.Th>{t('timing')}</Table.Th>
              <Table.Th>{t('activityStatus')}</Table.Th>
              <Table.Th>{t('budgetLines')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {content.sections.flatMap((section, s) => [
              <Table.Tr key={`s${s}`}>
                <Table.Td colSpan={5} fw={500}>
                  {PLAN_SECTION_LABELS[section.kind][lang]}
                  {section.title && ` — ${section.title}`}
                </Table.Td>
              </Table.Tr>,
              ...section.activities.map((activity, a) => (
                <Table.Tr key={`s${s}a${a}`}>
                  <Table.Td>{activity.title}</Table.Td>
                  <Table.Td>{activity.responsibleAgency}</Table.Td>
                  <Table.Td>{timingLabel(activity.timing, t)}</Table.Td>
                  <Table.Td>{ACTIVITY_STATUS_LABELS[activity.status][lang]}</Table.Td>
                  <Table.Td>
                    {activity.budget.map((line, b) => (
                      <Text key={b} size="sm">
                        {BUDGET_SOURCE_LABELS[line.source][lang]}: {money(line.spentVnd)} /{' '}
                        {money(line.plannedVnd)} {t('vnd')}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              )),
            ])}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** One yearly plan: content, approved versions, approval and amendment, and progress against its targets. */
export function PlanPage() {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { planId } = useParams({ from: '/authenticated/plans/$planId' });
  const queryClient = useQueryClient();
  const plan = useQuery({
    queryKey: [...PLANS_KEY, planId],
    queryFn: ({ signal }) => programmeApi.plan(planId, signal),
  });
  const progress = useQuery({
    queryKey: [...PLANS_KEY, planId, 'progress'],
    queryFn: ({ signal }) => programmeApi.progress(planId, signal),
  });
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState(todayIsoDate());
  const refresh = () => queryClient.invalidateQueries({ queryKey: PLANS_KEY });
  const approve = useMutation({
    mutationFn: () =>
      programmeApi.approvePlan(planId, { version: plan.data!.version, decisionNumber, decisionDate }),
    onSuccess: refresh,
  });
  const amend = useMutation({
    mutationFn: () => programmeApi.amendPlan(planId, plan.data!.version),
    onSuccess: refresh,
  });
  const data = plan.data;
  return (
    <Stack>
      <PageHeading>{data?.content.title ?? ''}</PageHeading>
      <ErrorAlert error={plan.error ?? progress.error ?? approve.error ?? amend.error} />
      {data && (
        <Card withBorder>
          <Stack gap="xs">
            <Group>
              <Text fw={500}>
                {data.unitName} · {data.year}
              </Text>
              <Badge variant="light" color={data.status === 'approved' ? 'green' : 'blue'}>
                {PLAN_STATUS_LABELS[data.status][lang]}
              </Badge>
            </Group>
            {data.content.goals && <Text>{data.content.goals}</Text>}
            <List size="sm">
              {data.content.legalBasis.map((basis) => (
                <List.Item key={basis}>{basis}</List.Item>
              ))}
            </List>
            {data.versions.length > 0 && (
              <>
                <Title order={3} size="h5">
                  {t('versions')}
                </Title>
                <List size="sm">
                  {data.versions.map((v) => (
                    <List.Item key={v.number}>
                      {t('version', { n: v.number })}: {v.decisionNumber} (
                      {formatDate(v.decisionDate, i18n.language)}) — {t('approvedBy')}: {v.approvedByName}
                      {v.amendmentReason && ` — ${v.amendmentReason}`}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {data.canApprove && (
              <Group align="flex-end">
                <TextInput
                  label={t('decisionNumber')}
                  required
                  value={decisionNumber}
                  onChange={(e) => setDecisionNumber(e.currentTarget.value)}
                />
                <TextInput
                  label={t('decisionDate')}
                  type="date"
                  required
                  value={decisionDate}
                  onChange={(e) => setDecisionDate(e.currentTarget.value)}
                />
                <Button onClick={() => approve.mutate()} loading={approve.isPending}>
                  {t('approve')}
                </Button>
              </Group>
            )}
            {data.canEdit && data.status === 'approved' && (
              <Button
                variant="light"
                w="fit-content"
                onClick={() => amend.mutate()}
                loading={amend.isPending}
              >
                {t('amend')}
              </Button>
            )}
          </Stack>
        </Card>
      )}
      {data &&
        (data.canEdit && data.status !== 'approved' ? (
          <PlanSectionsForm key={data.version} plan={data} onSaved={refresh} />
        ) : (
          <SectionsView content={data.content} />
        ))}
      {progress.data && (
        <Stack>
          <Title order={2} size="h4">
            {t('progressTitle', { day: formatDate(progress.data.asOf, i18n.language) })}
          </Title>
          <ProgressTable progress={progress.data} />
          {progress.data.children.length > 0 && (
            <Title order={3} size="h5">
              {t('childUnits')}
            </Title>
          )}
          {progress.data.children.map((child) => (
            <Stack key={child.planId} gap={4}>
              <Text fw={500}>{child.unitName}</Text>
              <ProgressTable progress={child} />
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
