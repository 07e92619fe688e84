import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../layout/AnchorLink';
import type { ImportJobOutput, ImportProblem, ImportReportOutput } from '../../contracts/imports.contracts';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { labelLanguage } from './labels';
import { REGISTRY_NS } from './registry-i18n';
import { REGISTRY_KEY, registryApi } from './registry.api';

const MAX_PROBLEMS_SHOWN = 500;

function Figure({ label, value, color }: { label: string; value: number; color?: string }) {
  const { i18n } = useTranslation();
  return (
    <Card withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color}>
        {value.toLocaleString(labelLanguage(i18n.language) === 'en' ? 'en-GB' : 'vi-VN')}
      </Text>
    </Card>
  );
}

/** Every refused row: its line in the file, the column and why, in the page language. */
function ProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const lang = labelLanguage(i18n.language);
  if (problems.length === 0) return null;
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('import.problemsTitle', { count: problems.length })}
      </Title>
      <Table.ScrollContainer minWidth={0}>
        <Table striped withTableBorder data-testid="import-problems">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.line')}</Table.Th>
              <Table.Th>{t('import.column')}</Table.Th>
              <Table.Th>{t('import.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((problem, index) => (
              <Table.Tr key={`${problem.line}-${problem.column ?? ''}-${index}`}>
                <Table.Td>{problem.line}</Table.Td>
                <Table.Td>{problem.column ?? '—'}</Table.Td>
                <Table.Td>{lang === 'en' ? problem.messageEn : problem.messageVi}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {problems.length > shown.length && (
        <Text size="sm" c="dimmed">
          {t('import.moreProblems', { count: problems.length - shown.length })}
        </Text>
      )}
    </Stack>
  );
}

function DryRunReport({ report }: { report: ImportReportOutput }) {
  const { t } = useTranslation(REGISTRY_NS);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        <Figure label={t('import.totalRows')} value={report.totalRows} />
        <Figure label={t('import.validRows')} value={report.validRows} color="green.8" />
        <Figure
          label={t('import.invalidRows')}
          value={report.invalidRows}
          color={report.invalidRows > 0 ? 'red.8' : undefined}
        />
        <Figure label={t('import.producersToCreate')} value={report.producersToCreate} />
        <Figure label={t('import.productsToCreate')} value={report.productsToCreate} />
        <Figure label={t('import.alreadyPresent')} value={report.rowsAlreadyPresent} />
      </SimpleGrid>
      <ProblemsTable problems={report.problems} />
    </Stack>
  );
}

function JobProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation(REGISTRY_NS);
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: [...REGISTRY_KEY, 'import-job', jobId],
    queryFn: async ({ signal }) => {
      const result = await registryApi.importJob(jobId, signal);
      if (result.status !== 'running')
        await queryClient.invalidateQueries({ queryKey: [...REGISTRY_KEY, 'producers'] });
      return result;
    },
    refetchInterval: (query) => (query.state.data?.status === 'running' || !query.state.data ? 1000 : false),
  });
  const data: ImportJobOutput | undefined = job.data;
  if (!data) return <ErrorAlert error={job.error} />;
  const percent = data.totalRows === 0 ? 100 : Math.round((data.processedRows / data.totalRows) * 100);
  return (
    <Stack>
      <Text id="import-progress-label">
        {t('import.progress', { processed: data.processedRows, total: data.totalRows })}
      </Text>
      <Progress
        value={percent}
        size="lg"
        animated={data.status === 'running'}
        aria-labelledby="import-progress-label"
      />
      {data.status === 'completed' && (
        <Alert
          color="green"
          role="status"
          icon={<IconCircleCheck aria-hidden />}
          title={t('import.completedTitle')}
        >
          <List size="sm">
            <List.Item>{t('import.producersCreated', { count: data.producersCreated })}</List.Item>
            <List.Item>{t('import.productsCreated', { count: data.productsCreated })}</List.Item>
            <List.Item>
              {t('import.rowsSkipped', { count: new Set(data.problems.map((problem) => problem.line)).size })}
            </List.Item>
          </List>
        </Alert>
      )}
      {data.status === 'failed' && (
        <Alert
          color="red"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('import.failedTitle')}
        >
          {data.failureMessage}
        </Alert>
      )}
      {data.status !== 'running' && <ProblemsTable problems={data.problems} />}
    </Stack>
  );
}

/**
 * Bulk import of producers and products from Excel/CSV: a dry run first with every refused row,
 * then the import as a job whose progress is shown until the final counts.
 */
export function ImportPage() {
  const { t } = useTranslation(REGISTRY_NS);
  const me = useMe();
  const [file, setFile] = useState<File | null>(null);
  const dryRun = useMutation({
    mutationFn: (chosen: File) => registryApi.importDryRun(chosen, me.csrfToken),
  });
  const start = useMutation({ mutationFn: (chosen: File) => registryApi.importStart(chosen, me.csrfToken) });
  const choose = (next: File | null) => {
    setFile(next);
    dryRun.reset();
    start.reset();
  };
  const canImport = Boolean(file && dryRun.data && dryRun.data.validRows > 0 && !start.data);

  return (
    <Stack gap="lg" maw={1100}>
      <AnchorLink to="/producers" size="sm">
        ← {t('producer.backToList')}
      </AnchorLink>
      <PageHeading>{t('import.title')}</PageHeading>
      <Text size="sm">{t('import.intro')}</Text>
      <Card withBorder>
        <Stack>
          <FileInput
            label={t('import.file')}
            description={t('import.fileHint')}
            placeholder={t('evidence.choose')}
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            clearable
            value={file}
            onChange={choose}
            disabled={start.isPending || Boolean(start.data)}
          />
          <Group>
            <Button
              variant="default"
              disabled={!file}
              loading={dryRun.isPending}
              onClick={() => file && dryRun.mutate(file)}
            >
              {t('import.dryRun')}
            </Button>
            <Button
              disabled={!canImport}
              loading={start.isPending}
              onClick={() => file && start.mutate(file)}
            >
              {t('import.start')}
            </Button>
          </Group>
          {!dryRun.data && (
            <Text size="xs" c="dimmed">
              {t('import.dryRunFirst')}
            </Text>
          )}
          <ErrorAlert error={dryRun.error ?? start.error} title={t('import.refused')} />
        </Stack>
      </Card>
      {dryRun.data && !start.data && (
        <Card withBorder component="section" aria-labelledby="dry-run-heading">
          <Title order={2} size="h4" mb="sm" id="dry-run-heading">
            {t('import.dryRunTitle', { file: dryRun.data.fileName })}
          </Title>
          <DryRunReport report={dryRun.data} />
        </Card>
      )}
      {start.data && (
        <Card withBorder component="section" aria-labelledby="job-heading">
          <Title order={2} size="h4" mb="sm" id="job-heading">
            {t('import.jobTitle', { file: start.data.fileName })}
          </Title>
          <JobProgress jobId={start.data.id} />
        </Card>
      )}
    </Stack>
  );
}
