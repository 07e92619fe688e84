import { Button, Card, Checkbox, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreateConsultantInput } from '../../contracts/promotion.contracts';
import {
  CONSULTANT_FIELD_LABELS,
  CONSULTANT_FIELDS,
  CONSULTANT_KIND_LABELS,
  CONSULTANT_KINDS,
} from '../../domain/promotion/promotion.types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PageHeading } from '../layout/PageHeading';
import { CONSULTANTS_KEY } from './ConsultantsPage';
import { GrantUnitSelect } from './GrantUnitSelect';
import { useCreateRecord } from './useCreateRecord';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';

const FIELDS = ['unitId', 'kind', 'name', 'fields', 'phone', 'email', 'address', 'note'] as const;

/** Adds a consulting organisation or individual to a province's (or the nation's) directory. */
export function ConsultantCreatePage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const form = useForm<CreateConsultantInput>({
    resolver: localizedResolver(CreateConsultantInput),
    defaultValues: {
      unitId: '',
      kind: 'organisation',
      name: '',
      fields: [],
      phone: '',
      email: '',
      address: '',
      note: '',
    },
  });
  const save = useCreateRecord({
    create: (values: CreateConsultantInput) => promotionApi.createConsultant(values),
    setError: form.setError,
    fields: FIELDS,
    listKey: CONSULTANTS_KEY,
    listPath: '/consultants',
  });
  const { errors } = form.formState;
  return (
    <Stack>
      <PageHeading>{t('consultantsNew')}</PageHeading>
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => save.mutate(values))}
        aria-labelledby="page-heading"
      >
        <Card withBorder>
          <Stack gap="sm">
            <ErrorAlert error={save.error} />
            <Controller
              control={form.control}
              name="unitId"
              render={({ field }) => (
                <GrantUnitSelect
                  action="consultant.manage"
                  levels={['nation', 'province']}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.unitId?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Radio.Group label={t('kind')} value={field.value} onChange={field.onChange}>
                  <Group mt="xs">
                    {CONSULTANT_KINDS.map((kind) => (
                      <Radio key={kind} value={kind} label={CONSULTANT_KIND_LABELS[kind][lang]} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
            <TextInput
              label={t('name')}
              required
              maxLength={300}
              error={errors.name?.message}
              {...form.register('name')}
            />
            <Controller
              control={form.control}
              name="fields"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('fields')}
                  required
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.fields?.message}
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                    {CONSULTANT_FIELDS.map((f) => (
                      <Checkbox key={f} value={f} label={CONSULTANT_FIELD_LABELS[f][lang]} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('phone')} error={errors.phone?.message} {...form.register('phone')} />
              <TextInput
                type="email"
                label={t('email')}
                error={errors.email?.message}
                {...form.register('email')}
              />
            </SimpleGrid>
            <TextInput label={t('address')} error={errors.address?.message} {...form.register('address')} />
            <Textarea
              label={t('description')}
              autosize
              minRows={2}
              error={errors.note?.message}
              {...form.register('note')}
            />
            <Group justify="flex-end">
              <Button component={Link} to="/consultants" variant="default">
                {t('cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </form>
    </Stack>
  );
}
