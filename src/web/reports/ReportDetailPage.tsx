import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOutput } from '../../contracts/reports.contracts';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { STATUS_COLORS, STATUS_KEYS } from './report-labels';
import { ReportFiguresView } from './ReportFiguresView';
import { REPORTS_NS } from './reports-i18n';
import { reportsApi } from './reports.api';

type Narrative = ReportOutput['narrative'];
const FIELDS = ['summary', 'tradePromotion', 'difficulties', 'proposals'] as const;

/** One report: its figures, the text the office writes, submit / reopen, downloads. */
export function ReportDetailPage() {
  const { reportId } = useParams({ from: '/authenticated/reports/$reportId' });
  const { t, i18n } = useTranslation(REPORTS_NS);
  const queryClient = useQueryClient();
  const key = ['reports', 'detail', reportId];
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => reportsApi.get(reportId, signal) });
  const report = query.data;
  const [narrative, setNarrative] = useState<Narrative | undefined>();
  useEffect(() => {
    if (report) setNarrative(report.narrative);
  }, [report]);
  const onChanged = async (next: ReportOutput) => {
    queryClient.setQueryData(key, next);
    await queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
  };
  const save = useMutation({
    mutationFn: () => reportsApi.update(reportId, { revision: report!.revision, narrative: narrative! }),
    onSuccess: onChanged,
  });
  const submit = useMutation({
    mutationFn: async () => {
      const saved = report!.can.edit
        ? await reportsApi.update(reportId, { revision: report!.revision, narrative: narrative! })
        : report!;
      return reportsApi.submit(reportId, saved.revision);
    },
    onSuccess: onChanged,
  });
  const regenerate = useMutation({
    mutationFn: () =>
      reportsApi.generate({ unitId: report!.unit.id, year: report!.year, period: report!.period }),
    onSuccess: onChanged,
  });
  const reopen = useMutation({
    mutationFn: (reason: string) => reportsApi.reopen(reportId, reason),
    onSuccess: onChanged,
  });
  if (!report || !narrative) return <ErrorAlert error={query.error} />;
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/reports" size="sm">
        {t('back')}
      </Anchor>
      <PageHeading>{report.title}</PageHeading>
      <Group>
        <Text fw={600}>{report.unit.name}</Text>
        <Badge color={STATUS_COLORS[report.status]} variant="light" data-testid="report-status">
          {t(STATUS_KEYS[report.status])}
        </Badge>
        <Button
          component="a"
          href={reportsApi.exportUrl(report.id, 'xlsx')}
          download
          variant="default"
          size="xs"
        >
          {t('downloadExcel')}
        </Button>
        <Button
          component="a"
          href={reportsApi.exportUrl(report.id, 'pdf')}
          download
          variant="default"
          size="xs"
        >
          {t('downloadPdf')}
        </Button>
      </Group>
      <ErrorAlert error={save.error ?? regenerate.error} />
      {report.status === 'submitted' && report.submittedAt && (
        <Alert color="green">
          {t('frozen', {
            date: formatDate(report.submittedAt, i18n.language),
            version: report.submittedVersion,
          })}
        </Alert>
      )}
      {report.status === 'reopened' && report.reopenedAt && (
        <Alert color="orange">
          {t('reopenedNote', {
            date: formatDate(report.reopenedAt, i18n.language),
            reason: report.reopenReason,
          })}
        </Alert>
      )}
      <Card withBorder>
        <ReportFiguresView figures={report.figures} />
        {report.can.edit && (
          <Group mt="sm">
            <Button
              variant="default"
              size="xs"
              loading={regenerate.isPending}
              onClick={() => regenerate.mutate()}
            >
              {t('regenerate')}
            </Button>
          </Group>
        )}
      </Card>
      <Title order={2} size="h4">
        {t('narrative')}
      </Title>
      {FIELDS.map((field) => (
        <Textarea
          key={field}
          label={t(field)}
          autosize
          minRows={3}
          readOnly={!report.can.edit}
          value={narrative[field]}
          onChange={(e) => setNarrative({ ...narrative, [field]: e.currentTarget.value })}
        />
      ))}
      {save.isSuccess && !save.isPending && <Text c="green">{t('saved')}</Text>}
      <Group>
        {report.can.edit && (
          <Button variant="default" loading={save.isPending} onClick={() => save.mutate()}>
            {t('save')}
          </Button>
        )}
        {report.can.submit && (
          <ConfirmAction
            label={t('submit')}
            color="red"
            title={t('submitConfirmTitle')}
            consequence={t('submitConfirm')}
            recipients={t('submitConfirmWho')}
            onConfirm={() => submit.mutateAsync()}
          />
        )}
      </Group>
      {report.can.reopen && (
        <Group>
          <ConfirmAction
            label={t('reopen')}
            color="orange"
            title={t('reopenConfirmTitle')}
            consequence={t('reopenConfirm')}
            recipients={t('reopenConfirmWho')}
            reason={{ label: t('reopenReason'), minLength: 5, maxLength: 1000 }}
            onConfirm={(reason) => reopen.mutateAsync(reason ?? '')}
          />
        </Group>
      )}
      {report.versions.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h5">
            {t('versions')}
          </Title>
          {report.versions.map((v) => (
            <Anchor
              key={v.version}
              href={`/api/v1/reports/${report.id}/export?format=pdf&version=${v.version}`}
              download
              size="sm"
            >
              {t('versionLabel', { version: v.version, date: formatDate(v.submittedAt, i18n.language) })}
            </Anchor>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
