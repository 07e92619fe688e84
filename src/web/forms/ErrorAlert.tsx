import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** A failed request, explained in the page language and announced to screen readers. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.messageIn(i18n.language) : t('errors.unexpected');
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {message}
    </Alert>
  );
}
