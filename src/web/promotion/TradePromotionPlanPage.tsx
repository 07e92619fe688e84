import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  SaveTradePromotionPlanInput,
  type TradePromotionPlanOutput,
} from '../../contracts/trade-promotion-plan.contracts';
import {
  TRADE_EVENT_KIND_LABELS,
  TRADE_EVENT_KINDS,
  TRADE_EVENT_LEVEL_LABELS,
  TRADE_EVENT_LEVELS,
} from '../../domain/promotion/promotion.types';
import { useMe } from '../auth/useMe';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PageHeading } from '../layout/PageHeading';
import { TRADE_PLAN_NS } from './trade-plan-i18n';
import { tradePlanApi } from './trade-plan.api';

const CALENDAR_KEY = ['promotion', 'trade-promotion-calendar'] as const;

/** Loads the province's plan of the year (if any) before the editor opens on it. */
function PlanLoader({ provinceId, year }: { provinceId: string; year: number }) {
  const { t } = useTranslation(TRADE_PLAN_NS);
  const existing = useQuery({
    queryKey: ['trade-promotion-plan', provinceId, year],
    queryFn: ({ signal }) => tradePlanApi.find(provinceId, year, signal),
  });
  if (existing.isPending) return <Loader aria-label={t('loading')} />;
  if (existing.error) return <ErrorAlert error={existing.error} />;
  return <PlanEditor provinceId={provinceId} year={year} existing={existing.data.plan ?? undefined} />;
}

/** The plan editor of a province's standing office: save the draft, then send it once. */
function PlanEditor({
  provinceId,
  year,
  existing,
}: {
  provinceId: string;
  year: number;
  existing: TradePromotionPlanOutput | undefined;
}) {
  const { t, i18n } = useTranslation(TRADE_PLAN_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<TradePromotionPlanOutput | undefined>(existing);
  const form = useForm<SaveTradePromotionPlanInput>({
    resolver: localizedResolver(SaveTradePromotionPlanInput),
    defaultValues: {
      unitId: provinceId,
      year,
      events: (existing?.events ?? []).map((e) => ({
        name: e.name,
        kind: e.kind,
        level: e.level,
        month: e.month,
        startsOn: e.startsOn,
        endsOn: e.endsOn,
        place: e.place,
        tradeEventId: e.tradeEventId,
      })),
    },
  });
  const events = useFieldArray({ control: form.control, name: 'events' });
  const save = useMutation({ mutationFn: tradePlanApi.save, onSuccess: setSaved });
  const submit = useMutation({
    mutationFn: tradePlanApi.submit,
    onSuccess: async (plan) => {
      setSaved(plan);
      await queryClient.invalidateQueries({ queryKey: CALENDAR_KEY });
    },
  });
  const isSubmitted = saved?.status === 'submitted';
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => save.mutate({ ...values, unitId: provinceId, year }))}
    >
      <Card withBorder>
        <Stack gap="sm">
          <Title order={3}>{t('events')}</Title>
          <ErrorAlert error={save.error} />
          {isSubmitted && (
            <Alert color="green">
              {t('submitted', {
                date: new Date(saved.submittedAt!).toLocaleDateString(i18n.language, {
                  timeZone: 'Asia/Ho_Chi_Minh',
                }),
              })}
            </Alert>
          )}
          {events.fields.map((field, index) => (
            <Group key={field.id} align="flex-end" wrap="wrap">
              <TextInput
                label={t('name')}
                required
                {...form.register(`events.${index}.name`)}
                error={form.formState.errors.events?.[index]?.name?.message}
              />
              <Select
                label={t('kind')}
                data={TRADE_EVENT_KINDS.map((k) => ({ value: k, label: TRADE_EVENT_KIND_LABELS[k][lang] }))}
                value={form.watch(`events.${index}.kind`)}
                onChange={(v) =>
                  form.setValue(`events.${index}.kind`, v as (typeof TRADE_EVENT_KINDS)[number])
                }
              />
              <Select
                label={t('level')}
                data={TRADE_EVENT_LEVELS.map((l) => ({ value: l, label: TRADE_EVENT_LEVEL_LABELS[l][lang] }))}
                value={form.watch(`events.${index}.level`)}
                onChange={(v) =>
                  form.setValue(`events.${index}.level`, v as (typeof TRADE_EVENT_LEVELS)[number])
                }
              />
              <NumberInput
                label={t('month')}
                min={1}
                max={12}
                w={90}
                value={form.watch(`events.${index}.month`)}
                onChange={(v) => form.setValue(`events.${index}.month`, Number(v) || 1)}
              />
              <TextInput label={t('place')} {...form.register(`events.${index}.place`)} />
              <Button
                variant="subtle"
                color="red"
                disabled={isSubmitted}
                onClick={() => events.remove(index)}
              >
                {t('remove')}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              disabled={isSubmitted}
              onClick={() =>
                events.append({ name: '', kind: 'fair', level: 'province', month: 1, place: '' })
              }
            >
              {t('addEvent')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={isSubmitted}>
              {t('save')}
            </Button>
            {saved && !isSubmitted && (
              <ConfirmAction
                label={t('submit')}
                color="red"
                title={t('submitConfirmTitle', { year })}
                consequence={t('submitConfirm')}
                recipients={t('submitConfirmWho')}
                onConfirm={() => submit.mutateAsync(saved.id)}
              />
            )}
          </Group>
        </Stack>
      </Card>
    </form>
  );
}

/** The calendar of the sent plans by month (every province for the central office). */
function PlanCalendar({ year }: { year: number }) {
  const { t, i18n } = useTranslation(TRADE_PLAN_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const calendar = useQuery({
    queryKey: [...CALENDAR_KEY, year],
    queryFn: ({ signal }) => tradePlanApi.calendar(year, signal),
  });
  const months = (calendar.data?.months ?? []).filter((m) => m.events.length > 0);
  return (
    <Stack>
      <Title order={3}>{t('calendar')}</Title>
      <ErrorAlert error={calendar.error} />
      {calendar.data && months.length === 0 && <Text c="dimmed">{t('noEvents')}</Text>}
      {months.map((m) => (
        <Card withBorder key={m.month}>
          <Title order={4}>{t('monthLabel', { month: m.month })}</Title>
          <Table.ScrollContainer minWidth={0}>
            <Table>
              <Table.Tbody>
                {m.events.map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{e.province.name}</Table.Td>
                    <Table.Td>{e.name}</Table.Td>
                    <Table.Td>
                      {TRADE_EVENT_KIND_LABELS[e.kind][lang]} · {TRADE_EVENT_LEVEL_LABELS[e.level][lang]}
                    </Table.Td>
                    <Table.Td>{e.place}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
    </Stack>
  );
}

/** Yearly trade-promotion plan (province) and national calendar (central office). */
export function TradePromotionPlanPage() {
  const { t } = useTranslation(TRADE_PLAN_NS);
  const [year, setYear] = useState(new Date().getFullYear());
  const provinces = useMe().grants.filter((g) => g.role === 'standing_office' && g.unitLevel === 'province');
  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <NumberInput
        label={t('year')}
        min={2000}
        max={2100}
        w={140}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
      />
      {provinces.map((g) => (
        <PlanLoader key={`${g.unitId}-${year}`} provinceId={g.unitId} year={year} />
      ))}
      <PlanCalendar year={year} />
    </Stack>
  );
}
