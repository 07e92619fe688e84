import { Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { addGrant } from '../api/accounts.api';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { UnitPicker } from '../units/UnitPicker';
import { ACCOUNTS_KEY } from './account-queries';
import { roleOptions } from './role-options';
import { localizedResolver } from '../forms/localized-resolver';

const AddGrantFormSchema = z.object({
  role: z.union([z.literal(''), z.enum(ROLES)]).refine((value) => value !== ''),
  unitId: z.uuid(),
  validFrom: z.union([z.literal(''), z.iso.date()]),
  validTo: z.union([z.literal(''), z.iso.date()]),
});
type AddGrantFormValues = z.input<typeof AddGrantFormSchema>;
const FIELDS = ['role', 'unitId', 'validFrom', 'validTo'] as const;
const EMPTY: AddGrantFormValues = { role: '', unitId: '', validFrom: '', validTo: '' };

/** Grant a role within a unit, optionally for a period. */
export function AddGrantForm({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<AddGrantFormValues, unknown, z.output<typeof AddGrantFormSchema>>({
    resolver: localizedResolver(AddGrantFormSchema),
    defaultValues: EMPTY,
  });
  const mutation = useMutation({
    mutationFn: (values: z.output<typeof AddGrantFormSchema>) =>
      addGrant(accountId, {
        role: values.role,
        unitId: values.unitId,
        validFrom: values.validFrom || undefined,
        validTo: values.validTo || undefined,
      }),
    onSuccess: async () => {
      form.reset(EMPTY);
      await queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
    },
    onError: (error) => applyProblemToForm(error, form.setError, FIELDS, i18n.language),
  });
  const { errors } = form.formState;

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
      aria-labelledby="add-grant-heading"
    >
      <Stack mt="lg" gap="sm">
        <Title order={3} size="h4" id="add-grant-heading">
          {t('grants.addTitle')}
        </Title>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <Select
                label={t('grants.role')}
                required
                data={roleOptions(i18n.language)}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errors.role ? t('grants.roleRequired') : undefined}
              />
            )}
          />
          <Controller
            control={form.control}
            name="unitId"
            render={({ field }) => (
              <UnitPicker
                label={t('grants.unit')}
                required
                value={field.value || null}
                onChange={(unitId) => field.onChange(unitId ?? '')}
                onBlur={field.onBlur}
                error={
                  errors.unitId
                    ? errors.unitId.type === 'server'
                      ? errors.unitId.message
                      : t('accounts.unitRequired')
                    : undefined
                }
              />
            )}
          />
          <TextInput
            type="date"
            label={t('grants.validFrom')}
            description={t('grants.validFromHint')}
            error={errors.validFrom?.message}
            {...form.register('validFrom')}
          />
          <TextInput
            type="date"
            label={t('grants.validTo')}
            description={t('grants.validToHint')}
            error={errors.validTo?.message}
            {...form.register('validTo')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            loading={mutation.isPending}
          >
            {t('grants.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
