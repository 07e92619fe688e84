import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SetDossierDeadlinesInput,
  type DossierDeadlinesOutput,
} from '../../contracts/dossier-deadlines.contracts';
import { QUEUE_TASK_LABELS, QUEUE_TASKS, type QueueTask } from '../../domain/dossier/dossier-queue';
import { isApiError } from '../api/api-error';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { DecimalInput } from '../forms/DecimalInput';
import { formatDate, todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { DOSSIER_DEADLINES_KEY, dossierDeadlinesApi } from './dossier-deadlines.api';
import { DOSSIERS_NS } from './dossier-i18n';

type FieldErrors = Partial<Record<string, string>>;

function taskLabel(task: QueueTask, language: string): string {
  return language === 'en' ? QUEUE_TASK_LABELS[task].en : QUEUE_TASK_LABELS[task].vi;
}

/** The first day of the period that gave `task` the count in force today, or undefined for the default. */
function inForceSince(data: DossierDeadlinesOutput, task: QueueTask, today: string): string | undefined {
  return data.overrides
    .filter((o) => o.effectiveFrom <= today && o.settings[task] !== undefined)
    .map((o) => o.effectiveFrom)
    .sort()
    .at(-1);
}

/** Field problems of a rejected save, keyed like the form: `effectiveFrom`, `settings`, `settings.<task>`. */
function serverFieldErrors(error: unknown, language: string): FieldErrors {
  if (!isApiError(error)) return {};
  return Object.fromEntries(
    error.fieldErrors.map((f) => [
      f.field,
      language === 'en' ? f.messageEn || f.message : f.message || f.messageEn,
    ]),
  );
}

/** The form that starts a new period: a date and the tasks whose working days change from it. */
function SetDeadlinesForm({ provinceId, today }: { provinceId: string; today: string }) {
  const { t, i18n } = useTranslation(DOSSIERS_NS);
  const queryClient = useQueryClient();
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [days, setDays] = useState<Partial<Record<QueueTask, number | ''>>>({});
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [savedFrom, setSavedFrom] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (input: SetDossierDeadlinesInput) => dossierDeadlinesApi.set(provinceId, input),
    onSuccess: async (_, input) => {
      setSavedFrom(input.effectiveFrom);
      setDays({});
      await queryClient.invalidateQueries({ queryKey: DOSSIER_DEADLINES_KEY });
    },
  });
  const errors = { ...serverFieldErrors(save.error, i18n.language), ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedFrom(null);
    const settings = Object.fromEntries(
      Object.entries(days)
        .filter(([, value]) => value !== '' && value !== undefined)
        .map(([task, value]) => [task, Number(value)]),
    );
    const parsed = SetDossierDeadlinesInput.safeParse({ effectiveFrom, settings });
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        found[field] ??=
          field === 'effectiveFrom'
            ? t('deadlines.dateInvalid')
            : field === 'settings'
              ? t('deadlines.atLeastOne')
              : t('deadlines.daysRange');
      }
      setClientErrors(found);
      return;
    }
    setClientErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="set-deadlines-title">
      <form noValidate onSubmit={submit}>
        <Stack>
          <Title order={2} size="h3" id="set-deadlines-title">
            {t('deadlines.formTitle')}
          </Title>
          <Text size="sm">{t('deadlines.formHint')}</Text>
          {savedFrom && (
            <Alert color="green" role="status">
              {t('deadlines.saved', { date: formatDate(savedFrom, i18n.language) })}
            </Alert>
          )}
          <ErrorAlert error={save.error} title={t('deadlines.saveFailed')} />
          <TextInput
            type="date"
            label={t('deadlines.effectiveFrom')}
            required
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
            error={errors.effectiveFrom}
            w={240}
          />
          {errors.settings && (
            <Text c="red" size="sm" role="alert">
              {errors.settings}
            </Text>
          )}
          <Group align="flex-start" gap="md">
            {QUEUE_TASKS.map((task) => (
              <DecimalInput
                key={task}
                label={taskLabel(task, i18n.language)}
                placeholder={t('deadlines.unchanged')}
                isWhole
                min={1}
                max={90}
                value={days[task] ?? ''}
                onChange={(value) => setDays((previous) => ({ ...previous, [task]: value }))}
                error={errors[`settings.${task}`]}
                w={200}
              />
            ))}
          </Group>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('deadlines.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The counts in force, the periods set so far, and (for those who may) the form. */
function ProvinceDeadlines({ provinceId }: { provinceId: string }) {
  const { t, i18n } = useTranslation(DOSSIERS_NS);
  const today = todayIsoDate();
  const query = useQuery({
    queryKey: [...DOSSIER_DEADLINES_KEY, provinceId],
    queryFn: ({ signal }) => dossierDeadlinesApi.get(provinceId, signal),
  });
  const days = (value: number | null | undefined) =>
    value === null
      ? t('deadlines.noDeadline')
      : value === undefined
        ? ''
        : t('deadlines.days', { count: value });
  if (query.isPending) return <Loader aria-label={t('deadlines.loading')} />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const data = query.data;
  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder verticalSpacing="sm" aria-label={t('deadlines.inForceTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deadlines.task')}</Table.Th>
              <Table.Th>{t('deadlines.inForce')}</Table.Th>
              <Table.Th>{t('deadlines.since')}</Table.Th>
              <Table.Th>{t('deadlines.default')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {QUEUE_TASKS.map((task) => {
              const since = inForceSince(data, task, today);
              return (
                <Table.Tr key={task}>
                  <Table.Th scope="row" fw={500}>
                    {taskLabel(task, i18n.language)}
                  </Table.Th>
                  <Table.Td>{days(data.inForce[task])}</Table.Td>
                  <Table.Td>
                    {since ? (
                      formatDate(since, i18n.language)
                    ) : (
                      <Badge variant="light" color="gray">
                        {t('deadlines.byDefault')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{days(data.defaults[task])}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.overrides.length > 0 && (
        <section aria-labelledby="deadline-periods-title">
          <Title order={2} size="h4" mb="xs" id="deadline-periods-title">
            {t('deadlines.periodsTitle')}
          </Title>
          <Table.ScrollContainer minWidth={0}>
            <Table withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('deadlines.effectiveFrom')}</Table.Th>
                  <Table.Th>{t('deadlines.changes')}</Table.Th>
                  <Table.Th>{t('deadlines.recordedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.overrides].reverse().map((period) => (
                  <Table.Tr key={period.effectiveFrom}>
                    <Table.Td>
                      {formatDate(period.effectiveFrom, i18n.language)}{' '}
                      {period.effectiveFrom > today && (
                        <Badge variant="light" color="blue">
                          {t('deadlines.upcoming')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {QUEUE_TASKS.filter((task) => period.settings[task] !== undefined)
                        .map((task) => `${taskLabel(task, i18n.language)}: ${days(period.settings[task])}`)
                        .join('; ')}
                    </Table.Td>
                    <Table.Td>{formatDate(period.createdAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
      {data.canManage && <SetDeadlinesForm provinceId={provinceId} today={today} />}
    </Stack>
  );
}

/** For accounts granted at the national level: find a province by name. */
function ProvinceSearch({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation(DOSSIERS_NS);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const found = useQuery({
    queryKey: [...DOSSIER_DEADLINES_KEY, 'provinces', debounced],
    queryFn: ({ signal }) => dossierDeadlinesApi.provinces(debounced, signal),
    enabled: debounced.length >= 1,
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      label={t('deadlines.province')}
      placeholder={t('deadlines.provinceSearch')}
      searchable
      clearable
      data={(found.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.fullName }))}
      value={value}
      onChange={onChange}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={t('deadlines.provinceNone')}
      w={360}
    />
  );
}

/**
 * Số ngày làm việc xử lý hồ sơ: the working days a province allows per dossier task, in force
 * from a date on. The provincial standing office and administrators set them; a task keeps the
 * rule it started under.
 */
export function DossierDeadlinesPage() {
  const { t } = useTranslation(DOSSIERS_NS);
  const me = useMe();
  const provinces = [
    ...new Map(
      me.grants.filter((g) => g.unitLevel === 'province').map((g) => [g.unitId, g.unitName]),
    ).entries(),
  ];
  const isNational = me.grants.some((g) => g.unitLevel === 'nation');
  const [provinceId, setProvinceId] = useState<string | null>(provinces[0]?.[0] ?? null);

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('deadlines.title')}</PageHeading>
      <Text>{t('deadlines.intro')}</Text>
      <Alert variant="light" color="blue" title={t('deadlines.ruleTitle')}>
        {t('deadlines.rule')}
      </Alert>
      {isNational ? (
        <ProvinceSearch value={provinceId} onChange={setProvinceId} />
      ) : provinces.length === 1 ? (
        <Text fw={500}>{t('deadlines.provinceOf', { name: provinces[0]?.[1] })}</Text>
      ) : (
        provinces.length > 1 && (
          <Select
            label={t('deadlines.province')}
            data={provinces.map(([value, label]) => ({ value, label }))}
            value={provinceId}
            onChange={setProvinceId}
            allowDeselect={false}
            w={360}
          />
        )
      )}
      {provinceId ? (
        <ProvinceDeadlines key={provinceId} provinceId={provinceId} />
      ) : (
        <Text c="dimmed">{t('deadlines.chooseProvince')}</Text>
      )}
    </Stack>
  );
}
