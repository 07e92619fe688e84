import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LoginInput } from '../../contracts/auth.contracts';
import { isApiError } from '../api/api-error';
import { login } from '../api/auth.api';
import { ME_QUERY_KEY } from '../auth/me-query';
import { LanguageToggle } from '../layout/LanguageToggle';
import { localizedResolver } from '../forms/localized-resolver';
import { PasswordField } from '../forms/PasswordField';

const routeApi = getRouteApi('/login');

function useLoginErrorMessage(error: unknown): string | undefined {
  const { t, i18n } = useTranslation();
  if (!error) return undefined;
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.code === 'INVALID_CREDENTIALS') return t('login.invalidCredentials');
  return error.messageIn(i18n.language);
}

/** Sign in with username or e-mail and password; then back to where the user was going. */
export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = routeApi.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: localizedResolver(LoginInput),
    defaultValues: { username: '', password: '' },
  });
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
      if (redirect) await navigate({ href: redirect, replace: true });
      else await navigate({ to: '/', replace: true });
    },
    onError: () => form.setValue('password', ''),
  });
  const errorMessage = useLoginErrorMessage(mutation.error);
  const isThrottled = isApiError(mutation.error) && mutation.error.code === 'RATE_LIMITED';

  useEffect(() => {
    document.title = `${t('login.title')} — ${t('app.name')}`;
  }, [t]);

  const { errors } = form.formState;
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Box w="100%" maw={420}>
        <Group justify="space-between" mb="md">
          <Text fw={700} size="lg" c="ocop.8">
            {t('app.name')}
          </Text>
          <LanguageToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="main">
          <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
            <Stack>
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('login.intro')}
              </Text>
              {errorMessage && (
                <Alert
                  role="alert"
                  color={isThrottled ? 'orange' : 'red'}
                  icon={<IconAlertCircle aria-hidden />}
                  title={isThrottled ? t('login.throttledTitle') : undefined}
                >
                  {errorMessage}
                </Alert>
              )}
              <TextInput
                label={t('login.username')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                autoFocus
                error={errors.username ? t('login.usernameRequired') : undefined}
                {...form.register('username')}
              />
              <PasswordField
                label={t('login.password')}
                autoComplete="current-password"
                required
                error={errors.password ? t('login.passwordRequired') : undefined}
                {...form.register('password')}
              />
              <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm" ta="center" mt="md">
          {t('registry:loginRegisterPrompt')}{' '}
          <Anchor component={Link} to="/register">
            {t('registry:loginRegisterLink')}
          </Anchor>
        </Text>
      </Box>
    </Center>
  );
}
