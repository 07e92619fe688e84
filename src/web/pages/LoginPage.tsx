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
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginInput } from '../../contracts/auth.contracts';
import { isApiError } from '../api/api-error';
import { login } from '../api/auth.api';
import { ME_QUERY_KEY } from '../auth/me-query';
import { LanguageToggle } from '../layout/LanguageToggle';
import { PasswordField } from '../forms/PasswordField';

const routeApi = getRouteApi('/login');

function useLoginErrorMessage(error: unknown): string | undefined {
  const { t, i18n } = useTranslation();
  if (!error) return undefined;
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.code === 'INVALID_CREDENTIALS') return t('login.invalidCredentials');
  return error.messageIn(i18n.language);
}

type MissingField = keyof LoginInput;

/** The fields left empty (the API's `LoginInput` only asks that both are filled). */
function missingFields(values: LoginInput): Set<MissingField> {
  const missing = new Set<MissingField>();
  if (values.username.trim() === '') missing.add('username');
  if (values.password === '') missing.add('password');
  return missing;
}

/**
 * Sign in with username or e-mail and password; then back to where the user was going.
 * The first screen of a slow phone: plain React state instead of a form library and zod, so the
 * sign-in page loads neither (they come with the screens behind it).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = routeApi.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<LoginInput>({ username: '', password: '' });
  const [missing, setMissing] = useState<Set<MissingField>>(new Set());
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
      if (redirect) await navigate({ href: redirect, replace: true });
      else await navigate({ to: '/', replace: true });
    },
    onError: () => setValues((current) => ({ ...current, password: '' })),
  });
  const errorMessage = useLoginErrorMessage(mutation.error);
  const isThrottled = isApiError(mutation.error) && mutation.error.code === 'RATE_LIMITED';

  useEffect(() => {
    document.title = `${t('login.title')} — ${t('app.name')}`;
  }, [t]);

  const change = (field: MissingField) => (event: { currentTarget: HTMLInputElement }) => {
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
    if (missing.has(field) && value !== '')
      setMissing((current) => new Set([...current].filter((name) => name !== field)));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = missingFields(values);
    setMissing(empty);
    if (empty.size > 0) {
      document.getElementById(empty.has('username') ? 'login-username' : 'login-password')?.focus();
      return;
    }
    mutation.mutate({ username: values.username.trim(), password: values.password });
  };

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
          <form noValidate onSubmit={submit}>
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
                id="login-username"
                name="username"
                label={t('login.username')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                autoFocus
                maxLength={200}
                value={values.username}
                onChange={change('username')}
                error={missing.has('username') ? t('login.usernameRequired') : undefined}
              />
              <PasswordField
                id="login-password"
                name="password"
                label={t('login.password')}
                autoComplete="current-password"
                required
                maxLength={200}
                value={values.password}
                onChange={change('password')}
                error={missing.has('password') ? t('login.passwordRequired') : undefined}
              />
              <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm" ta="center" mt="md">
          {t('login.registerPrompt')}{' '}
          <Anchor component={Link} to="/register">
            {t('login.registerLink')}
          </Anchor>
        </Text>
      </Box>
    </Center>
  );
}
