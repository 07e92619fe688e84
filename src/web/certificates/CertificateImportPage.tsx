import { Alert, Button, FileInput, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CertificateImportReportOutput,
  ImportJobOutput,
  ImportProblem,
} from '../../contracts/imports.contracts';
import { apiRequest } from '../api/http';
import { useMe } from '../auth/useMe';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { uploadForm } from '../registry/registry.api';
import { CERTIFICATES_NS } from './certificates-i18n';

const MAX_PROBLEMS_SHOWN = 500;

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

function Problems({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, i18n } = useTranslation(CERTIFICATES_NS);
  if (problems.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped withTableBorder aria-label={t('importProblems', { count: problems.length })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('importLine')}</Table.Th>
            <Table.Th>{t('importColumn')}</Table.Th>
            <Table.Th>{t('importReason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, index) => (
            <Table.Tr key={`${p.line}-${index}`}>
              <Table.Td>{p.line}</Table.Td>
              <Table.Td>{p.column ?? ''}</Table.Td>
              <Table.Td>{i18n.language === 'en' ? p.messageEn : p.messageVi}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Certificates the province issued before the platform (Excel or CSV): check the file first
 * (nothing written; bad rows by line and column), then import it and follow the progress.
 */
export function CertificateImportPage() {
  const { t } = useTranslation(CERTIFICATES_NS);
  const me = useMe();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const check = useMutation({
    mutationFn: (chosen: File) =>
      uploadForm<CertificateImportReportOutput>(
        '/imports/certificates/dry-run',
        fileForm(chosen),
        me.csrfToken,
      ),
  });
  const start = useMutation({
    mutationFn: (chosen: File) =>
      uploadForm<ImportJobOutput>('/imports/certificates', fileForm(chosen), me.csrfToken),
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useQuery({
    queryKey: ['imports', jobId],
    queryFn: ({ signal }) => apiRequest<ImportJobOutput>(`/imports/${jobId}`, { signal }),
    enabled: jobId !== null,
    refetchInterval: (query) =>
      query.state.data?.status === 'completed' || query.state.data?.status === 'failed' ? false : 1000,
  });
  const report = check.data;
  const progress =
    job.data && job.data.totalRows > 0 ? (100 * job.data.processedRows) / job.data.totalRows : 0;
  return (
    <Stack maw={900}>
      <PageHeading>{t('importTitle')}</PageHeading>
      <Text c="dimmed">{t('importIntro')}</Text>
      <FileInput
        label={t('importFile')}
        accept=".xlsx,.csv,text/csv"
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          check.reset();
          setJobId(null);
        }}
      />
      <Group>
        <Button
          variant="light"
          disabled={!file}
          loading={check.isPending}
          onClick={() => file && check.mutate(file)}
        >
          {t('importCheck')}
        </Button>
        <ConfirmAction
          label={t('importStart')}
          disabled={!file || !report || report.certificatesToCreate === 0 || jobId !== null}
          title={t('importConfirm', { count: report?.certificatesToCreate ?? 0 })}
          consequence={t('importConfirmEffect')}
          onConfirm={() => (file ? start.mutateAsync(file) : undefined)}
        />
      </Group>
      <ErrorAlert error={check.error ?? job.error} />
      {report && !jobId && (
        <Alert color={report.invalidRows > 0 ? 'yellow' : 'green'} data-testid="import-report">
          {t('importReport', {
            total: report.totalRows,
            create: report.certificatesToCreate,
            present: report.rowsAlreadyPresent,
            invalid: report.invalidRows,
          })}
        </Alert>
      )}
      {job.data && (
        <Stack gap="xs">
          <Progress value={progress} aria-label={t('importProgress')} />
          <Text data-testid="import-job">
            {t(
              job.data.status === 'running'
                ? 'importRunning'
                : job.data.status === 'failed'
                  ? 'importFailed'
                  : 'importDone',
              {
                done: job.data.processedRows,
                total: job.data.totalRows,
                created: job.data.certificatesCreated,
              },
            )}
          </Text>
        </Stack>
      )}
      <Problems problems={job.data?.problems ?? report?.problems ?? []} />
    </Stack>
  );
}
