import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CreateAccountInput } from '../../contracts/accounts.contracts';
import { ROLES } from '../../domain/access/roles';
import { createAccount } from '../api/accounts.api';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { UnitPicker } from '../units/UnitPicker';
import { ACCOUNTS_KEY } from './account-queries';
import { roleOptions } from './role-options';
import { localizedResolver } from '../forms/localized-resolver';
import { PasswordField } from '../forms/PasswordField';

/** The contract's schema, adapted to what form fields hold (empty strings, one initial role). */
const CreateAccountForm = CreateAccountInput.omit({
  email: true,
  grants: true,
  unitId: true,
  locale: true,
}).extend({
  email: z.union([z.literal(''), z.email()]),
  unitId: z.uuid(),
  locale: z.enum(['vi', 'en']),
  initialRole: z.union([z.literal(''), z.enum(ROLES)]),
});
type CreateAccountForm = z.input<typeof CreateAccountForm>;

const FIELDS = ['username', 'email', 'displayName', 'password', 'unitId', 'locale', 'initialRole'] as const;

function toInput(values: z.output<typeof CreateAccountForm>): CreateAccountInput {
  const { initialRole, email, ...rest } = values;
  return {
    ...rest,
    email: email || null,
    grants: initialRole ? [{ role: initialRole, unitId: values.unitId }] : undefined,
  };
}

/** Create an account in a unit, optionally with a first role in that unit. */
export function AccountCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CreateAccountForm, unknown, z.output<typeof CreateAccountForm>>({
    resolver: localizedResolver(CreateAccountForm),
    defaultValues: {
      username: '',
      email: '',
      displayName: '',
      password: '',
      unitId: '',
      locale: 'vi',
      initialRole: '',
    },
  });
  const mutation = useMutation({
    mutationFn: createAccount,
    onSuccess: async (account) => {
      await queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
      await navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
    },
    onError: (error) => {
      applyProblemToForm(error, form.setError, FIELDS, i18n.language, { grants: 'initialRole' });
    },
  });
  const { errors } = form.formState;

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to="/accounts" size="sm">
        ← {t('accounts.backToList')}
      </Anchor>
      <PageHeading documentTitle={t('accounts.createTitle')}>{t('accounts.createTitle')}</PageHeading>
      <Paper withBorder p="lg">
        <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(toInput(values)))}>
          <Stack>
            <ErrorAlert error={mutation.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('accounts.displayName')}
                required
                autoComplete="off"
                error={errors.displayName?.message}
                {...form.register('displayName')}
              />
              <TextInput
                label={t('accounts.username')}
                description={t('accounts.usernameHint')}
                required
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                error={errors.username?.message}
                {...form.register('username')}
              />
              <TextInput
                label={t('accounts.email')}
                type="email"
                autoComplete="off"
                error={errors.email?.message}
                {...form.register('email')}
              />
              <PasswordField
                label={t('accounts.initialPassword')}
                description={t('password.rule')}
                required
                autoComplete="new-password"
                error={errors.password?.message}
                {...form.register('password')}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="unitId"
              render={({ field, fieldState }) => (
                <UnitPicker
                  label={t('accounts.homeUnit')}
                  description={t('accounts.homeUnitHint')}
                  required
                  value={field.value || null}
                  onChange={(unitId) => field.onChange(unitId ?? '')}
                  onBlur={field.onBlur}
                  error={fieldState.error ? t('accounts.unitRequired') : undefined}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="initialRole"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('accounts.initialRole')}
                    description={t('accounts.initialRoleHint')}
                    placeholder={t('accounts.noInitialRole')}
                    clearable
                    data={roleOptions(i18n.language)}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="locale"
                render={({ field }) => (
                  <Select
                    label={t('accounts.locale')}
                    data={[
                      { value: 'vi', label: 'Tiếng Việt' },
                      { value: 'en', label: 'English' },
                    ]}
                    allowDeselect={false}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? 'vi')}
                  />
                )}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/accounts">
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('accounts.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
