import { ActionIcon, Alert, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import {
  Controller,
  FormProvider,
  useFieldArray,
  useForm,
  useFormContext,
  useWatch,
  type FieldPath,
} from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { UpdatePlanInput, type PlanOutput } from '../../contracts/programme.contracts';
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_STATUSES,
  BUDGET_SOURCE_LABELS,
  BUDGET_SOURCES,
  PLAN_SECTION_KINDS,
  PLAN_SECTION_LABELS,
} from '../../domain/programme/programme.types';
import { isApiError } from '../api/api-error';
import { applyProblemToForm } from '../forms/apply-problem';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

type FormInput = z.input<typeof UpdatePlanInput>;
type Lang = 'vi' | 'en';

/** Months and quarters of the plan year, as the contract writes them ("2026-Q3", "2026-07"). */
function timingOptions(year: number, t: TFunction<typeof PROGRAMME_NS>) {
  const quarters = [1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: t('quarterOf', { q, year }) }));
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, '0');
    return { value: `${year}-${month}`, label: t('monthOf', { month, year }) };
  });
  return [
    { group: t('quarters'), items: quarters },
    { group: t('months'), items: months },
  ];
}

/** "Quý 3/2026" / "Tháng 07/2026" for a stored "2026-Q3" / "2026-07". */
export function timingLabel(timing: string, t: TFunction<typeof PROGRAMME_NS>): string {
  const [year, part = ''] = timing.split('-');
  if (part.startsWith('Q')) return t('quarterOf', { q: part.slice(1), year });
  return part ? t('monthOf', { month: part, year }) : timing;
}

/** Every field a server problem may name, so it lands on the very box it is about. */
function fieldPaths(values: FormInput): FieldPath<FormInput>[] {
  const paths: FieldPath<FormInput>[] = [];
  (values.content.sections ?? []).forEach((section, s) => {
    paths.push(`content.sections.${s}.kind`, `content.sections.${s}.title`);
    (section.activities ?? []).forEach((activity, a) => {
      const base = `content.sections.${s}.activities.${a}` as const;
      paths.push(`${base}.title`, `${base}.responsibleAgency`, `${base}.timing`, `${base}.status`);
      (activity.budget ?? []).forEach((_, b) =>
        paths.push(
          `${base}.budget.${b}.source`,
          `${base}.budget.${b}.plannedVnd`,
          `${base}.budget.${b}.spentVnd`,
        ),
      );
    });
  });
  return [...paths, 'content.sections', 'content'];
}

function BudgetLines({ s, a, lang }: { s: number; a: number; lang: Lang }) {
  const { t } = useTranslation(PROGRAMME_NS);
  const { control, formState } = useFormContext<FormInput>();
  const lines = useFieldArray({ control, name: `content.sections.${s}.activities.${a}.budget` });
  const errorsOf = (b: number) => formState.errors.content?.sections?.[s]?.activities?.[a]?.budget?.[b];
  const amount = (b: number, name: 'plannedVnd' | 'spentVnd') => (
    <Controller
      control={control}
      name={`content.sections.${s}.activities.${a}.budget.${b}.${name}`}
      render={({ field }) => (
        <DecimalInput
          label={t(name)}
          isWhole
          min={0}
          unit="đồng"
          value={field.value ?? ''}
          onChange={(v) => field.onChange(v === '' ? Number.NaN : v)}
          onBlur={field.onBlur}
          error={errorsOf(b)?.[name]?.message}
          w={190}
        />
      )}
    />
  );
  return (
    <Stack gap={4}>
      {lines.fields.map((line, b) => (
        <Group key={line.id} align="flex-start" wrap="wrap">
          <Controller
            control={control}
            name={`content.sections.${s}.activities.${a}.budget.${b}.source`}
            render={({ field }) => (
              <Select
                label={t('budgetSource')}
                data={BUDGET_SOURCES.map((value) => ({ value, label: BUDGET_SOURCE_LABELS[value][lang] }))}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                allowDeselect={false}
                error={errorsOf(b)?.source?.message}
                w={240}
              />
            )}
          />
          {amount(b, 'plannedVnd')}
          {amount(b, 'spentVnd')}
          <ActionIcon
            mt={28}
            variant="subtle"
            color="red"
            aria-label={t('removeBudgetLine')}
            onClick={() => lines.remove(b)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="xs"
        variant="subtle"
        w="fit-content"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => lines.append({ source: 'province', plannedVnd: Number.NaN, spentVnd: 0 })}
      >
        {t('addBudgetLine')}
      </Button>
    </Stack>
  );
}

function Activities({ s, year, lang }: { s: number; year: number; lang: Lang }) {
  const { t } = useTranslation(PROGRAMME_NS);
  const { control, register, formState } = useFormContext<FormInput>();
  const activities = useFieldArray({ control, name: `content.sections.${s}.activities` });
  const errorsOf = (a: number) => formState.errors.content?.sections?.[s]?.activities?.[a];
  return (
    <Stack gap="xs">
      {activities.fields.map((activity, a) => (
        <Card key={activity.id} withBorder padding="sm" data-testid={`activity-${s}-${a}`}>
          <Stack gap="xs">
            <Group align="flex-start" wrap="wrap">
              <TextInput
                label={t('activityTitle')}
                required
                style={{ flex: 2, minWidth: 240 }}
                error={errorsOf(a)?.title?.message}
                {...register(`content.sections.${s}.activities.${a}.title`)}
              />
              <TextInput
                label={t('responsibleAgency')}
                style={{ flex: 1, minWidth: 200 }}
                error={errorsOf(a)?.responsibleAgency?.message}
                {...register(`content.sections.${s}.activities.${a}.responsibleAgency`)}
              />
            </Group>
            <Group align="flex-start" wrap="wrap">
              <Controller
                control={control}
                name={`content.sections.${s}.activities.${a}.timing`}
                render={({ field }) => (
                  <Select
                    label={t('timing')}
                    required
                    data={timingOptions(year, t)}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    error={errorsOf(a)?.timing?.message}
                    w={200}
                  />
                )}
              />
              <Controller
                control={control}
                name={`content.sections.${s}.activities.${a}.status`}
                render={({ field }) => (
                  <Select
                    label={t('activityStatus')}
                    data={ACTIVITY_STATUSES.map((value) => ({
                      value,
                      label: ACTIVITY_STATUS_LABELS[value][lang],
                    }))}
                    value={field.value ?? 'not_started'}
                    onChange={(v) => v && field.onChange(v)}
                    allowDeselect={false}
                    error={errorsOf(a)?.status?.message}
                    w={200}
                  />
                )}
              />
              <Button
                mt={24}
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => activities.remove(a)}
              >
                {t('removeActivity')}
              </Button>
            </Group>
            <Text size="sm" fw={500}>
              {t('budgetLines')}
            </Text>
            <BudgetLines s={s} a={a} lang={lang} />
          </Stack>
        </Card>
      ))}
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() =>
          activities.append({
            title: '',
            responsibleAgency: '',
            timing: '',
            budget: [],
            status: 'not_started',
          })
        }
      >
        {t('addActivity')}
      </Button>
    </Stack>
  );
}

/**
 * The plan's sections, their activities (responsible agency, month or quarter, status) and budget
 * lines (source, planned and spent VND), saved through `updatePlan` while the plan is a draft or
 * being amended. A stale version (someone saved meanwhile) is said plainly, with a reload.
 */
export function PlanSectionsForm({ plan, onSaved }: { plan: PlanOutput; onSaved: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const form = useForm<FormInput, unknown, UpdatePlanInput>({
    resolver: localizedResolver(UpdatePlanInput),
    defaultValues: { version: plan.version, content: plan.content },
  });
  const sections = useFieldArray({ control: form.control, name: 'content.sections' });
  const sectionErrors = form.formState.errors.content?.sections;
  const watched = useWatch({ control: form.control, name: 'content.sections' });
  const save = useMutation({
    mutationFn: (values: UpdatePlanInput) => programmeApi.updatePlan(plan.id, values),
    onSuccess: onSaved,
    onError: (error) => applyProblemToForm(error, form.setError, fieldPaths(form.getValues()), i18n.language),
  });
  const isStale = isApiError(save.error) && save.error.status === 409;
  const used = new Set((watched ?? []).map((section) => section.kind));
  const nextKind = PLAN_SECTION_KINDS.find((kind) => !used.has(kind)) ?? 'other';
  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-label={t('sectionsTitle')}
        onSubmit={form.handleSubmit((values) => save.mutate(values))}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('sectionsTitle')}
          </Title>
          {isStale ? (
            <Alert color="orange" title={t('staleTitle')} role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('staleText')}</Text>
                <Button size="xs" variant="light" onClick={() => void onSaved()}>
                  {t('reload')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <ErrorAlert error={save.error} />
          )}
          {sections.fields.map((section, s) => (
            <Card key={section.id} withBorder data-testid={`section-${s}`}>
              <Stack gap="sm">
                <Group align="flex-start" wrap="wrap">
                  <Controller
                    control={form.control}
                    name={`content.sections.${s}.kind`}
                    render={({ field }) => (
                      <Select
                        label={t('sectionKind')}
                        data={PLAN_SECTION_KINDS.map((value) => ({
                          value,
                          label: PLAN_SECTION_LABELS[value][lang],
                        }))}
                        value={field.value}
                        onChange={(v) => v && field.onChange(v)}
                        allowDeselect={false}
                        error={sectionErrors?.[s]?.kind?.message}
                        w={280}
                      />
                    )}
                  />
                  <TextInput
                    label={t('sectionTitle')}
                    style={{ flex: 1, minWidth: 220 }}
                    error={sectionErrors?.[s]?.title?.message}
                    {...form.register(`content.sections.${s}.title`)}
                  />
                  <Button
                    mt={24}
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => sections.remove(s)}
                  >
                    {t('removeSection')}
                  </Button>
                </Group>
                <Activities s={s} year={plan.year} lang={lang} />
              </Stack>
            </Card>
          ))}
          <Group justify="space-between">
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => sections.append({ kind: nextKind, title: '', activities: [] })}
            >
              {t('addSection')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('saveSections')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
