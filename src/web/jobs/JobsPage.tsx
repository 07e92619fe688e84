import { Button, Code, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobsOverviewOutput, RunJobInput, RunJobOutput } from '../../contracts/jobs.contracts';
import { apiRequest } from '../api/http';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { JOBS_NS } from './jobs-i18n';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const vnDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
});
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const summaryText = (summary: Record<string, number> | null) =>
  Object.entries(summary ?? {})
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ') || '—';

/** Queued / running / failed jobs, the last run of each daily job, the dead-letter list; run one now. */
export function JobsPage() {
  const { t, i18n } = useTranslation(JOBS_NS);
  const queryClient = useQueryClient();
  const overview = useQuery({
    queryKey: ['jobs'],
    queryFn: ({ signal }) => apiRequest<JobsOverviewOutput>('/jobs', { signal }),
    refetchInterval: 15_000,
  });
  const [toRun, setToRun] = useState<{ name: string; asOf: string } | null>(null);
  const run = useMutation({
    mutationFn: (input: { name: string } & RunJobInput) =>
      apiRequest<RunJobOutput>(`/jobs/${encodeURIComponent(input.name)}/run`, {
        method: 'POST',
        body: { asOf: input.asOf },
      }),
    onSuccess: () => {
      setToRun(null);
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
  const isEnglish = i18n.language === 'en';
  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <ErrorAlert error={overview.error} />
      {overview.data && !overview.data.isRunning && <Text c="orange.8">{t('notRunning')}</Text>}
      {run.data && (
        <Text role="status" c="green.8">
          {t('ranResult', {
            name: run.data.name,
            date: vnDate(run.data.asOf),
            summary: summaryText(run.data.summary),
          })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('job')}</Table.Th>
              <Table.Th>{t('schedule')}</Table.Th>
              <Table.Th>{t('queued')}</Table.Th>
              <Table.Th>{t('active')}</Table.Th>
              <Table.Th>{t('failed')}</Table.Th>
              <Table.Th>{t('lastRun')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(overview.data?.jobs ?? []).map((job) => (
              <Table.Tr key={job.name}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {isEnglish ? job.descriptionEn : job.descriptionVi}
                  </Text>
                  <Code>{job.name}</Code>
                </Table.Td>
                <Table.Td>{job.hour === null ? t('onDemand') : t('daily', { hour: job.hour })}</Table.Td>
                <Table.Td>{job.queued}</Table.Td>
                <Table.Td>{job.active}</Table.Td>
                <Table.Td>{job.failed}</Table.Td>
                <Table.Td>
                  {job.lastRun ? (
                    <Text size="sm">
                      {vnDate(job.lastRun.asOf)} — {t(`status_${job.lastRun.status}`)} (
                      {vnDateTime.format(new Date(job.lastRun.startedAt))})
                      <br />
                      {job.lastRun.error ?? summaryText(job.lastRun.summary)}
                    </Text>
                  ) : job.kind === 'daily' ? (
                    t('never')
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  {job.kind === 'daily' && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setToRun({ name: job.name, asOf: todayInVietnam() })}
                    >
                      {t('runNow')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={2} size="h3">
        {t('deadLetters')}
      </Title>
      {overview.data && overview.data.deadLetters.length === 0 ? (
        <Text c="dimmed">{t('noDeadLetters')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('source')}</Table.Th>
                <Table.Th>{t('createdAt')}</Table.Th>
                <Table.Th>{t('data')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(overview.data?.deadLetters ?? []).map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.sourceName ?? '—'}</Table.Td>
                  <Table.Td>{vnDateTime.format(new Date(entry.createdAt))}</Table.Td>
                  <Table.Td>
                    <Code>{JSON.stringify(entry.data)}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={toRun !== null}
        onClose={() => setToRun(null)}
        title={t('runNow')}
        consequence={
          toRun ? t('confirmRun', { name: toRun.name, date: toRun.asOf ? vnDate(toRun.asOf) : '' }) : ''
        }
        confirmLabel={t('run')}
        onConfirm={() => (toRun ? run.mutateAsync(toRun) : undefined)}
      >
        {toRun && (
          <TextInput
            type="date"
            label={t('asOf')}
            required
            value={toRun.asOf}
            onChange={(event) => setToRun({ ...toRun, asOf: event.currentTarget.value })}
          />
        )}
      </ConfirmDialog>
    </Stack>
  );
}
