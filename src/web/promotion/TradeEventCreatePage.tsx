import { Button, Card, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreateTradeEventInput } from '../../contracts/promotion.contracts';
import {
  TRADE_EVENT_KIND_LABELS,
  TRADE_EVENT_KINDS,
  TRADE_EVENT_LEVEL_LABELS,
  TRADE_EVENT_LEVELS,
} from '../../domain/promotion/promotion.types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { GrantUnitSelect } from './GrantUnitSelect';
import { useCreateRecord } from './useCreateRecord';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';
import { EVENTS_KEY } from './TradeEventsPage';

const FIELDS = [
  'unitId',
  'kind',
  'level',
  'name',
  'startsOn',
  'endsOn',
  'place',
  'organiser',
  'description',
  'participants',
] as const;

/** Records a fair, exhibition, OCOP week, showcase or livestream session of one of the account's units. */
export function TradeEventCreatePage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const form = useForm<CreateTradeEventInput>({
    resolver: localizedResolver(CreateTradeEventInput),
    defaultValues: {
      unitId: '',
      kind: 'fair',
      level: 'province',
      name: '',
      startsOn: todayIsoDate(),
      endsOn: todayIsoDate(),
      place: '',
      organiser: '',
      description: '',
    },
  });
  const save = useCreateRecord({
    create: (values: CreateTradeEventInput) => promotionApi.createTradeEvent(values),
    setError: form.setError,
    fields: FIELDS,
    listKey: EVENTS_KEY,
    listPath: '/trade-events',
  });
  const { errors } = form.formState;
  return (
    <Stack>
      <PageHeading>{t('eventsNew')}</PageHeading>
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
                  action="promotion.manage"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.unitId?.message}
                />
              )}
            />
            <TextInput
              label={t('name')}
              required
              maxLength={300}
              error={errors.name?.message}
              {...form.register('name')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="kind"
                render={({ field }) => (
                  <Select
                    label={t('kind')}
                    required
                    data={TRADE_EVENT_KINDS.map((k) => ({
                      value: k,
                      label: TRADE_EVENT_KIND_LABELS[k][lang],
                    }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? 'fair')}
                    error={errors.kind?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="level"
                render={({ field }) => (
                  <Select
                    label={t('level')}
                    required
                    data={TRADE_EVENT_LEVELS.map((l) => ({
                      value: l,
                      label: TRADE_EVENT_LEVEL_LABELS[l][lang],
                    }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? 'province')}
                    error={errors.level?.message}
                  />
                )}
              />
              <TextInput
                type="date"
                label={t('startsOn')}
                required
                error={errors.startsOn?.message}
                {...form.register('startsOn')}
              />
              <TextInput
                type="date"
                label={t('endsOn')}
                required
                error={errors.endsOn?.message}
                {...form.register('endsOn')}
              />
              <TextInput label={t('place')} error={errors.place?.message} {...form.register('place')} />
              <TextInput
                label={t('organiser')}
                error={errors.organiser?.message}
                {...form.register('organiser')}
              />
            </SimpleGrid>
            <Textarea
              label={t('description')}
              autosize
              minRows={2}
              error={errors.description?.message}
              {...form.register('description')}
            />
            <Group justify="flex-end">
              <Button component={Link} to="/trade-events" variant="default">
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
