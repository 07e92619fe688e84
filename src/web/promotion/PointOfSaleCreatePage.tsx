import { Button, Card, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreatePointOfSaleInput } from '../../contracts/promotion.contracts';
import { POINT_OF_SALE_KIND_LABELS, POINT_OF_SALE_KINDS } from '../../domain/promotion/promotion.types';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PageHeading } from '../layout/PageHeading';
import { CommunePicker } from '../registry/CommunePicker';
import { POINTS_KEY } from './PointsOfSalePage';
import { useCreateRecord } from './useCreateRecord';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';

const FIELDS = [
  'communeId',
  'kind',
  'name',
  'address',
  'latitude',
  'longitude',
  'openingHours',
  'phone',
  'productIds',
] as const;

/** Records a showroom or point of sale of OCOP products in a commune of the account's units. */
export function PointOfSaleCreatePage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const form = useForm<CreatePointOfSaleInput>({
    resolver: localizedResolver(CreatePointOfSaleInput),
    defaultValues: {
      communeId: '',
      kind: 'point_of_sale',
      name: '',
      address: '',
      latitude: null,
      longitude: null,
      openingHours: '',
      phone: '',
    },
  });
  const save = useCreateRecord({
    create: (values: CreatePointOfSaleInput) => promotionApi.createPointOfSale(values),
    setError: form.setError,
    fields: FIELDS,
    listKey: POINTS_KEY,
    listPath: '/points-of-sale',
  });
  const { errors } = form.formState;
  return (
    <Stack>
      <PageHeading>{t('pointsNew')}</PageHeading>
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
              name="communeId"
              render={({ field }) => (
                <CommunePicker
                  label={t('commune')}
                  required
                  value={field.value || null}
                  onChange={(id) => field.onChange(id ?? '')}
                  onBlur={field.onBlur}
                  error={errors.communeId?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Radio.Group label={t('kind')} value={field.value} onChange={field.onChange}>
                  <Group mt="xs">
                    {POINT_OF_SALE_KINDS.map((kind) => (
                      <Radio key={kind} value={kind} label={POINT_OF_SALE_KIND_LABELS[kind][lang]} />
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
            <TextInput
              label={t('address')}
              required
              maxLength={300}
              error={errors.address?.message}
              {...form.register('address')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('openingHours')}
                error={errors.openingHours?.message}
                {...form.register('openingHours')}
              />
              <TextInput label={t('phone')} error={errors.phone?.message} {...form.register('phone')} />
              <Controller
                control={form.control}
                name="latitude"
                render={({ field }) => (
                  <DecimalInput
                    label={t('latitude')}
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(v === '' ? null : v)}
                    onBlur={field.onBlur}
                    error={errors.latitude?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="longitude"
                render={({ field }) => (
                  <DecimalInput
                    label={t('longitude')}
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(v === '' ? null : v)}
                    onBlur={field.onBlur}
                    error={errors.longitude?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('coordinatesHint')}
            </Text>
            <Group justify="flex-end">
              <Button component={Link} to="/points-of-sale" variant="default">
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
