import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiveStarCandidateOutput } from '../../contracts/candidates.contracts';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { FailedCriteriaList } from './FailedCriteriaList';
import { SupportPlanForm } from './SupportPlanForm';
import { CANDIDATES_NS } from './candidates-i18n';
import { CANDIDATES_KEY, candidatesApi } from './candidates.api';

type StatusAction = 'submit' | 'record-result' | 'drop';

/** The candidate's status moves: submitted to the centre, central result, drop. */
function StatusActions({ candidate }: { candidate: FiveStarCandidateOutput }) {
  const { t } = useTranslation(CANDIDATES_NS);
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const advance = useMutation({
    mutationFn: (action: StatusAction) =>
      candidatesApi.advance(candidate.id, { action, note, version: candidate.version }),
    onSuccess: async () => {
      setNote('');
      await queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
    },
  });
  const actions = candidate.allowedActions.filter((a): a is StatusAction => a !== 'plan-support');
  if (actions.length === 0) return null;
  return (
    <Stack gap="xs">
      <ErrorAlert error={advance.error} />
      <Textarea label={t('note')} autosize value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group>
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'drop' ? 'outline' : 'filled'}
            color={action === 'drop' ? 'red' : undefined}
            loading={advance.isPending}
            onClick={() => advance.mutate(action)}
          >
            {t(`action_${action}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/** One 5★ candidate: its last result with the failed mandatory criteria, the support plan, its status. */
export function CandidatePage() {
  const { candidateId } = useParams({ from: '/authenticated/five-star-candidates/$candidateId' });
  const { t, i18n } = useTranslation(CANDIDATES_NS);
  const canManage = useCan('consultant.manage');
  const query = useQuery({
    queryKey: [...CANDIDATES_KEY, 'one', candidateId],
    queryFn: ({ signal }) => candidatesApi.get(candidateId, signal),
  });
  const c = query.data;
  const points = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Stack>
      <Link to="/five-star-candidates">{t('back')}</Link>
      <PageHeading>{c ? c.productName : t('title')}</PageHeading>
      <ErrorAlert error={query.error} />
      {c && (
        <>
          <Text>
            {c.producerName} · {c.unitName} · {t('status')}: <strong>{c.statusVi}</strong>
          </Text>
          <Text size="sm">
            {t('origin')}: {t(`origin_${c.origin}`)}
            {c.reason ? ` — ${t('reason')}: ${c.reason}` : ''}
          </Text>
          {c.statusNote && <Text size="sm">{c.statusNote}</Text>}
          <Card withBorder>
            <Title order={2} size="h4">
              {t('lastResult')}
            </Title>
            {c.lastResult ? (
              <Stack gap={4}>
                <Text size="sm">
                  {t('resultLine', {
                    round: c.lastResult.roundName,
                    points: points(c.lastResult.mean),
                    stars: c.lastResult.stars ?? '—',
                  })}{' '}
                  ({formatDate(c.lastResult.adoptedAt, i18n.language)})
                </Text>
                {c.lastResult.pointsMissingForFiveStar > 0 && (
                  <Text size="sm">
                    {t('pointsMissing', { points: points(c.lastResult.pointsMissingForFiveStar) })}
                  </Text>
                )}
                <Text size="sm" fw={600}>
                  {t('failedCriteria')}
                </Text>
                <FailedCriteriaList result={c.lastResult} />
              </Stack>
            ) : (
              <Text size="sm">{t('noResult')}</Text>
            )}
          </Card>
          <Title order={2} size="h3">
            {t('plan')}
          </Title>
          {canManage && c.allowedActions.includes('plan-support') ? (
            <SupportPlanForm candidate={c} />
          ) : (
            <Card withBorder>
              <Text size="sm">
                {t('consultant')}: {c.consultant?.name ?? t('noConsultant')} · {t('budgetVnd')}:{' '}
                {c.budgetVnd === null ? '—' : points(c.budgetVnd)} · {t('deadline')}:{' '}
                {formatDate(c.deadline, i18n.language)}
              </Text>
              {c.improvements.map((i) => (
                <Text size="sm" key={i.criterionCode}>
                  {i.criterionCode}: {i.action}
                </Text>
              ))}
            </Card>
          )}
          {canManage && <StatusActions candidate={c} />}
        </>
      )}
    </Stack>
  );
}
