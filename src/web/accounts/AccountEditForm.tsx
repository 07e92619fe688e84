import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { UpdateAccountInput, type AccountOutput } from '../../contracts/accounts.contracts';
import { isApiError } from '../api/api-error';
import { updateAccount } from '../api/accounts.api';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { ACCOUNTS_KEY, accountQuery } from './account-queries';
import { localizedResolver } from '../forms/localized-resolver';

const EditAccountForm = z.object({
  displayName: z.string().trim().min(1).max(200),
  email: z.union([z.literal(''), z.email()]),
  status: z.enum(['active', 'disabled']),
});
type EditAccountForm = z.input<typeof EditAccountForm>;
const FIELDS = ['displayName', 'email', 'status'] as const;

function valuesOf(account: AccountOutput): EditAccountForm {
  return { displayName: account.displayName, email: account.email ?? '', status: account.status };
}

interface AccountEditFormProps {
  account: AccountOutput;
  /** Re-read the account (after someone else changed it). */
  onReload: () => void;
}

/**
 * Edit name, e-mail and status. Sends the version it read: if someone else saved in between, the
 * server answers 409 and the user is asked to review the fresh data.
 */
export function AccountEditForm({ account, onReload }: AccountEditFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [isSaved, setIsSaved] = useState(false);
  const form = useForm<EditAccountForm, unknown, z.output<typeof EditAccountForm>>({
    resolver: localizedResolver(EditAccountForm),
    defaultValues: valuesOf(account),
  });
  // A newer version (own save or a reload after a conflict) replaces what the form shows; the
  // query keeps the same object while nothing changed, so this does not wipe the user's typing.
  const { reset } = form;
  useEffect(() => reset(valuesOf(account)), [account, reset]);
  const mutation = useMutation({
    mutationFn: (values: z.output<typeof EditAccountForm>) =>
      updateAccount(
        account.id,
        UpdateAccountInput.parse({ version: account.version, ...values, email: values.email || null }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(accountQuery(account.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: [...ACCOUNTS_KEY, 'list'] });
      setIsSaved(true);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'CONFLICT') return;
      applyProblemToForm(error, form.setError, FIELDS, i18n.language);
    },
  });
  const isConflict = isApiError(mutation.error) && mutation.error.code === 'CONFLICT';
  const { errors } = form.formState;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-details-heading">
      <Title order={2} size="h3" id="account-details-heading" mb="md">
        {t('accounts.detailsTitle')}
      </Title>
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => {
          setIsSaved(false);
          mutation.mutate(values);
        })}
      >
        <Stack>
          {isConflict ? (
            <Alert color="orange" role="alert" title={t('accounts.conflictTitle')}>
              <Stack gap="xs" align="flex-start">
                {t('accounts.conflictBody')}
                <Button
                  size="xs"
                  variant="white"
                  color="dark"
                  onClick={() => {
                    mutation.reset();
                    onReload();
                  }}
                >
                  {t('accounts.reload')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <ErrorAlert error={mutation.error} />
          )}
          {isSaved && (
            <Alert color="green" role="status">
              {t('common.saved')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('accounts.displayName')}
              required
              error={errors.displayName?.message}
              {...form.register('displayName')}
            />
            <TextInput
              label={t('accounts.email')}
              type="email"
              error={errors.email?.message}
              {...form.register('email')}
            />
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Select
                  label={t('accounts.statusLabel')}
                  allowDeselect={false}
                  data={[
                    { value: 'active', label: t('accounts.status.active') },
                    { value: 'disabled', label: t('accounts.status.disabled') },
                  ]}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? 'active')}
                  error={errors.status?.message}
                />
              )}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} disabled={isConflict}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
