import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { isStaleVersion } from './producer-form';
import { REGISTRY_NS } from './registry-i18n';

/**
 * Why a save failed. A stale version (someone else saved first, 409) gets its own explanation and
 * a reload button, since retrying cannot help; everything else is the API's message.
 */
export function SaveErrorAlert({ error, staleMessage }: { error: unknown; staleMessage: string }) {
  const { t } = useTranslation(REGISTRY_NS);
  if (!isStaleVersion(error)) return <ErrorAlert error={error} />;
  return (
    <Alert color="orange" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('staleTitle')}>
      <Stack gap="xs" align="flex-start">
        {staleMessage}
        <Button size="xs" variant="light" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
