import { Alert, Button, Card, Input, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../forms/ErrorAlert';
import { RUBRICS_NS } from './rubric-i18n';
import { rubricsApi } from './rubrics.api';

/** Loads a new decision's criteria as a draft; every problem the server finds is listed by node. */
export function RubricImportForm() {
  const { t, i18n } = useTranslation(RUBRICS_NS);
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [parseError, setParseError] = useState(false);
  const importDraft = useMutation({
    mutationFn: async (selected: File) => {
      let json: unknown;
      try {
        json = JSON.parse(await selected.text());
      } catch {
        setParseError(true);
        throw new Error('invalid json');
      }
      return rubricsApi.importDraft(json);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rubrics'] }),
  });
  const problems = isApiError(importDraft.error) ? importDraft.error.fieldErrors : [];
  const isEnglish = i18n.language.startsWith('en');

  return (
    <Card withBorder component="section" aria-labelledby="rubric-import-title">
      <Stack>
        <Title order={2} size="h4" id="rubric-import-title">
          {t('importTitle')}
        </Title>
        <Text size="sm">{t('importHelp')}</Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setParseError(false);
            if (file) importDraft.mutate(file);
          }}
        >
          <Stack>
            <Input.Wrapper label={t('importFile')} labelProps={{ htmlFor: 'rubric-import-file' }} required>
              {/* A native file input (keyboard and screen readers), hidden behind a Vietnamese button
                  instead of the browser's own English "Choose File". */}
              <div className="file-picker">
                <input
                  id="rubric-import-file"
                  className="visually-hidden"
                  type="file"
                  accept="application/json,.json"
                  required
                  onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
                />
                <Button component="label" htmlFor="rubric-import-file" variant="default" aria-hidden>
                  {t('chooseFile')}
                </Button>
                <Text size="sm" c="dimmed">
                  {file?.name ?? t('noFileChosen')}
                </Text>
              </div>
            </Input.Wrapper>
            <Button type="submit" loading={importDraft.isPending} disabled={!file} w="fit-content">
              {t('importButton')}
            </Button>
          </Stack>
        </form>
        {parseError && (
          <Alert color="red" role="alert">
            {t('importInvalidJson')}
          </Alert>
        )}
        {!parseError && <ErrorAlert error={importDraft.error} />}
        {problems.length > 0 && (
          <div role="region" aria-label={t('importProblems')}>
            <Text fw={600}>{t('importProblems')}</Text>
            <List size="sm" spacing={2}>
              {problems.slice(0, 200).map((problem, index) => (
                <List.Item key={`${problem.field}-${index}`}>
                  <code>{problem.field}</code>: {isEnglish ? problem.messageEn : problem.message}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {importDraft.isSuccess && (
          <Alert color="green" role="status">
            {t('imported', { key: importDraft.data.id })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
