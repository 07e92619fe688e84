import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { isApiError } from '../api/api-error';
import { PublicPageFrame } from './PublicPageFrame';
import { REGISTRY_NS } from './registry-i18n';
import { registryApi } from './registry.api';

const routeApi = getRouteApi('/confirm-registration');

/**
 * The target of the confirmation e-mail (`/app/confirm-registration?token=…`): activates the account
 * and the producer, then offers to sign in.
 */
export function ConfirmRegistrationPage() {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const { token } = routeApi.useSearch();
  const confirmation = useQuery({
    queryKey: ['registry', 'confirm', token],
    queryFn: () => registryApi.confirm(token ?? ''),
    enabled: Boolean(token),
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });

  useEffect(() => {
    document.title = `${t('confirm.title')} — ${t('translation:app.name')}`;
  }, [t]);

  return (
    <PublicPageFrame>
      <Stack>
        <Title order={1} size="h2">
          {t('confirm.title')}
        </Title>
        {!token && (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {t('confirm.noToken')}
          </Alert>
        )}
        {confirmation.isFetching && (
          <Stack align="center">
            <Loader aria-label={t('loading')} />
            <Text>{t('confirm.working')}</Text>
          </Stack>
        )}
        {confirmation.error && (
          <Alert
            color="red"
            role="alert"
            icon={<IconAlertCircle aria-hidden />}
            title={t('confirm.failedTitle')}
          >
            {isApiError(confirmation.error)
              ? confirmation.error.messageIn(i18n.language)
              : t('translation:errors.unexpected')}
            <Text size="sm" mt="xs">
              {t('confirm.failedHint')}
            </Text>
          </Alert>
        )}
        {confirmation.data && (
          <>
            <Alert color="green" role="status" icon={<IconCircleCheck aria-hidden />}>
              {t('confirm.done', { username: confirmation.data.username })}
            </Alert>
            <ButtonLink to="/login">{t('confirm.signIn')}</ButtonLink>
          </>
        )}
        {confirmation.error && (
          <ButtonLink variant="default" to="/register">
            {t('confirm.registerAgain')}
          </ButtonLink>
        )}
      </Stack>
    </PublicPageFrame>
  );
}
