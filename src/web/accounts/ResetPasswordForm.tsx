import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ResetPasswordInput } from '../../contracts/accounts.contracts';
import { resetAccountPassword } from '../api/accounts.api';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PasswordField } from '../forms/PasswordField';

/** An administrator sets a new password for the account (e.g. when its owner forgot it). */
export function ResetPasswordForm({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(
    () =>
      ResetPasswordInput.extend({ confirmPassword: z.string() }).refine(
        (value) => value.newPassword === value.confirmPassword,
        {
          path: ['confirmPassword'],
          message: t('password.mismatch'),
        },
      ),
    [t],
  );
  const form = useForm({
    resolver: localizedResolver(schema),
    defaultValues: { newPassword: '', confirmPassword: '' },
  });
  const mutation = useMutation({
    mutationFn: (newPassword: string) => resetAccountPassword(accountId, newPassword),
    onSuccess: () => form.reset(),
    onError: (error) => applyProblemToForm(error, form.setError, ['newPassword'], i18n.language),
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="reset-password-heading">
      <Title order={2} size="h3" id="reset-password-heading">
        {t('resetPassword.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('resetPassword.intro')}
      </Text>
      <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values.newPassword))}>
        <Stack>
          <ErrorAlert error={mutation.error} />
          {mutation.isSuccess && (
            <Alert color="green" role="status">
              {t('resetPassword.done')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PasswordField
              label={t('password.new')}
              description={t('password.rule')}
              autoComplete="new-password"
              required
              error={errors.newPassword?.message}
              {...form.register('newPassword')}
            />
            <PasswordField
              label={t('password.confirm')}
              autoComplete="new-password"
              required
              error={errors.confirmPassword?.message}
              {...form.register('confirmPassword')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" variant="outline" loading={mutation.isPending}>
              {t('resetPassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
