import { Alert, Button, Card, Group, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelJobOutput } from '../../contracts/stamps.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

const isWorking = (job: LabelJobOutput | null | undefined) =>
  job?.status === 'pending' || job?.status === 'running';

/**
 * "Tạo tờ nhãn": asks the server for the batch's label sheets, follows the job's progress (polled
 * while it runs, so a reload or another tab shows the same job), then offers the PDF. A finished
 * sheet is reused by the server, so clicking again never regenerates it. The URIs are printed as
 * they are or compressed (GS1 Digital Link compression; only a batch with a GTIN has a GS1 key to
 * compress); sheets of the other form are a new job.
 */
export function LabelSheetPanel({ batchId, canCompress }: { batchId: string; canCompress: boolean }) {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const queryClient = useQueryClient();
  const key = ['stamps', 'label-job', batchId];
  const latest = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => stampsApi.latestLabelJob(batchId, signal),
    refetchInterval: (query) => (isWorking(query.state.data?.job) ? 1000 : false),
  });
  const [uriForm, setUriForm] = useState<LabelJobOutput['uriForm']>('uncompressed');
  const start = useMutation({
    mutationFn: () => stampsApi.startLabelJob(batchId, uriForm),
    onSuccess: (job) => queryClient.setQueryData(key, { job, outdated: false }),
  });
  const job = latest.data?.job ?? null;
  const isOutdated = latest.data?.outdated === true;
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const percent = job && job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('labelsHeading')}
        </Title>
        <ErrorAlert error={latest.error ?? start.error} />
        {canCompress && (
          <Radio.Group
            label={t('labelsUriForm')}
            description={t('labelsUriFormHelp')}
            value={uriForm}
            onChange={(value) => setUriForm(value === 'compressed' ? 'compressed' : 'uncompressed')}
          >
            <Group mt="xs">
              <Radio value="uncompressed" label={t('labelsUriFormFull')} disabled={isWorking(job)} />
              <Radio value="compressed" label={t('labelsUriFormCompressed')} disabled={isWorking(job)} />
            </Group>
          </Radio.Group>
        )}
        {job && (
          <Text size="sm" c="dimmed">
            {t('labelsOfForm', {
              form: t(job.uriForm === 'compressed' ? 'labelsUriFormCompressed' : 'labelsUriFormFull'),
            })}
          </Text>
        )}
        {isWorking(job) && job && (
          <>
            <Text aria-live="polite">
              {job.status === 'pending'
                ? t('labelsPending')
                : t('labelsRunning', {
                    processed: number.format(job.processed),
                    total: number.format(job.total),
                  })}
            </Text>
            <Progress.Root size="lg">
              <Progress.Section value={percent} aria-label={t('labelsProgress')} animated>
                <Progress.Label>{percent}%</Progress.Label>
              </Progress.Section>
            </Progress.Root>
          </>
        )}
        {job?.status === 'completed' && job.downloadUrl && (
          <Group>
            <Text aria-live="polite">{t('labelsReady', { total: number.format(job.total) })}</Text>
            <Button
              component="a"
              href={job.downloadUrl}
              download
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('downloadLabels')}
            </Button>
          </Group>
        )}
        {isOutdated && (
          <Alert color="yellow" role="status">
            {t('labelsOutdated')}
          </Alert>
        )}
        {job?.status === 'failed' && (
          <Alert color="red" role="alert">
            {t('labelsFailed', { message: job.failureMessage ?? '' })}
          </Alert>
        )}
        {(!job ||
          job.status === 'failed' ||
          (!isWorking(job) && (isOutdated || job.uriForm !== uriForm))) && (
          <Group>
            <Button
              onClick={() => start.mutate()}
              loading={start.isPending}
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {isOutdated
                ? t('recreateLabels')
                : job && job.status === 'failed'
                  ? t('retryLabels')
                  : t('createLabels')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
