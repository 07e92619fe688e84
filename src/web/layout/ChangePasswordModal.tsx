import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChangePasswordInput } from '../../contracts/auth.contracts';
import { isApiError } from '../api/api-error';
import { changePassword } from '../api/auth.api';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PasswordField } from '../forms/PasswordField';

interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Change one's own password: current password, new password typed twice. */
export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(
    () =>
      ChangePasswordInput.extend({ confirmPassword: z.string() }).refine(
        (value) => value.newPassword === value.confirmPassword,
        { path: ['confirmPassword'], message: t('password.mismatch') },
      ),
    [t],
  );
  const form = useForm({
    resolver: localizedResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const mutation = useMutation({
    mutationFn: changePassword,
    onError: (error) => {
      if (isApiError(error) && error.code === 'INVALID_CREDENTIALS') {
        form.setError(
          'currentPassword',
          { type: 'server', message: error.messageIn(i18n.language) },
          { shouldFocus: true },
        );
        return;
      }
      applyProblemToForm(error, form.setError, FIELDS, i18n.language);
    },
  });

  function handleClose(): void {
    form.reset();
    mutation.reset();
    onClose();
  }

  const { errors } = form.formState;
  const isHandledOnField =
    isApiError(mutation.error) &&
    (mutation.error.code === 'INVALID_CREDENTIALS' || mutation.error.fieldErrors.length > 0);

  return (
    <Modal opened={opened} onClose={handleClose} title={t('password.changeTitle')} centered>
      {mutation.isSuccess ? (
        <Stack>
          <Alert color="green" role="status">
            {t('password.changed')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={handleClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.handleSubmit(({ currentPassword, newPassword }) =>
            mutation.mutate({ currentPassword, newPassword }),
          )}
        >
          <Stack>
            {!isHandledOnField && <ErrorAlert error={mutation.error} />}
            <PasswordField
              label={t('password.current')}
              autoComplete="current-password"
              required
              data-autofocus
              error={errors.currentPassword?.message}
              {...form.register('currentPassword')}
            />
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
            <Group justify="flex-end">
              <Button variant="default" onClick={handleClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('password.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
