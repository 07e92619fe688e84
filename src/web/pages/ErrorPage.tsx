import { Button, Center, Stack, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';

/** Shown when a page cannot load (server down, no permission, …), with a way to try again. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="md">
      <Stack maw={520}>
        <Title order={1} size="h2">
          {t('errors.pageTitle')}
        </Title>
        <ErrorAlert error={error} />
        <Button onClick={reset} variant="default" w="fit-content">
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
