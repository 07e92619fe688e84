import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJobOutput, ExportList } from '../../contracts/exports.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { apiRequest } from '../api/http';
import { i18next } from '../i18n/i18n';

i18next.addResourceBundle(
  'vi',
  'exports',
  {
    excel: 'Xuất Excel',
    csv: 'Xuất CSV',
    queued: 'Đang chuẩn bị xuất…',
    progress: 'Đang xuất {{done}}/{{total}} dòng',
    done: 'Đã xuất xong {{rows}} dòng.',
    download: 'Tải tệp {{fileName}}',
    failed: 'Xuất danh sách không thành công',
    refused: 'Không xuất được danh sách',
  },
  true,
  true,
);
i18next.addResourceBundle(
  'en',
  'exports',
  {
    excel: 'Export Excel',
    csv: 'Export CSV',
    queued: 'Preparing the export…',
    progress: 'Exporting {{done}}/{{total}} rows',
    done: 'Exported {{rows}} rows.',
    download: 'Download {{fileName}}',
    failed: 'The export failed',
    refused: 'The list could not be exported',
  },
  true,
  true,
);

type Filters = Record<string, string | number | boolean | null | undefined>;

/** The filters as the list's query parameters (empty ones and paging left out). */
function filtersOf(filters: Filters): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== null && value !== '' && key !== 'limit' && key !== 'offset')
      result[key] = String(value);
  return result;
}

const isWorking = (job: ExportJobOutput | undefined) =>
  !job || job.status === 'queued' || job.status === 'running';

/** Progress of an export job, polled every second; then the download link or the failure. */
function ExportProgress({ jobId }: { jobId: string }) {
  const { t, i18n } = useTranslation('exports');
  const labelId = useId();
  const job = useQuery({
    queryKey: ['exports', 'job', jobId],
    queryFn: ({ signal }) => apiRequest<ExportJobOutput>(`/export-jobs/${jobId}`, { signal }),
    refetchInterval: (query) => (isWorking(query.state.data) ? 1000 : false),
  });
  const data = job.data;
  if (!data) return job.error ? <ErrorAlert error={job.error} /> : null;
  const number = (value: number) => value.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'vi-VN');
  const total = data.totalRows ?? 0;
  const percent = data.status === 'done' ? 100 : total === 0 ? 0 : Math.round((data.doneRows / total) * 100);
  return (
    <Stack gap={4} maw={360}>
      {/* Read out as it changes: progress, then "done" with the link. */}
      <Text id={labelId} size="sm" aria-live="polite" role="status">
        {data.status === 'queued' || data.totalRows === null
          ? t('queued')
          : data.status === 'done'
            ? t('done', { rows: number(data.doneRows) })
            : data.status === 'running'
              ? t('progress', { done: number(data.doneRows), total: number(total) })
              : ''}
      </Text>
      {data.status !== 'failed' && (
        <Progress value={percent} size="md" animated={isWorking(data)} aria-labelledby={labelId} />
      )}
      {data.status === 'done' && data.downloadUrl && (
        <Anchor href={data.downloadUrl} download={data.fileName ?? undefined} size="sm">
          <Group gap={4} component="span">
            <IconDownload size={16} aria-hidden />
            {t('download', { fileName: data.fileName ?? '' })}
          </Group>
        </Anchor>
      )}
      {data.status === 'failed' && (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('failed')}>
          {data.error}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * "Xuất Excel / CSV": exports what the list shows with its current filters. The server writes the
 * file in the background as the user (same filters and jurisdiction as the list, every row); the
 * screen shows the progress ("Đang xuất 1.234/20.000 dòng"), then a download link.
 */
export function ExportButtons({ list, filters }: { list: ExportList; filters?: Filters }) {
  const { t } = useTranslation('exports');
  const start = useMutation({
    mutationFn: (format: 'xlsx' | 'csv') =>
      apiRequest<ExportJobOutput>('/export-jobs', {
        method: 'POST',
        body: { list, format, filters: filtersOf(filters ?? {}) },
      }),
  });
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          loading={start.isPending && start.variables === 'xlsx'}
          onClick={() => start.mutate('xlsx')}
        >
          {t('excel')}
        </Button>
        <Button
          variant="default"
          size="xs"
          loading={start.isPending && start.variables === 'csv'}
          onClick={() => start.mutate('csv')}
        >
          {t('csv')}
        </Button>
      </Group>
      {start.error && <ErrorAlert error={start.error} title={t('refused')} />}
      {start.data && <ExportProgress key={start.data.id} jobId={start.data.id} />}
    </Stack>
  );
}
