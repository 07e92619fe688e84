import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayOutput } from '../../contracts/calendar.contracts';
import { useMe } from '../auth/useMe';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate, todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { HOLIDAYS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';
import { fieldProblem } from './field-problem';

const NATIONAL = 'national';

type CalendarDayKind = HolidayOutput['kind'];

/** Day off (ngày nghỉ) or working day in lieu (ngày làm việc bù): a badge a screen reader reads too. */
function KindBadge({ kind }: { kind: CalendarDayKind }) {
  const { t } = useTranslation(COUNCILS_NS);
  return (
    <Badge variant="light" color={kind === 'working-day' ? 'teal' : 'gray'} data-testid="day-kind">
      {kind === 'working-day' ? t('kindWorkingDay') : t('kindDayOff')}
    </Badge>
  );
}

function weekday(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Adds a day to the calendar being viewed (national, or the chosen province's). */
function AddHolidayForm({ unitId, onAdded }: { unitId: string | null; onAdded: () => Promise<void> }) {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<CalendarDayKind>('day-off');
  const [nameVi, setNameVi] = useState('');
  const [nameEn, setNameEn] = useState('');
  const create = useMutation({
    mutationFn: councilsApi.createHoliday,
    onSuccess: async () => {
      setDate('');
      setNameVi('');
      setNameEn('');
      await onAdded();
    },
  });
  const fieldError = (field: string) => fieldProblem(create.error, field, i18n.language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ unitId, date, kind, nameVi, ...(nameEn.trim() ? { nameEn } : {}) });
  };
  return (
    <Paper withBorder p="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <Title order={2} size="h3">
            {t('addToCalendar')}
          </Title>
          <ErrorAlert error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('dayKind')}
              description={kind === 'working-day' ? t('workingDayHint') : undefined}
              data={[
                { value: 'day-off', label: t('kindDayOff') },
                { value: 'working-day', label: t('kindWorkingDay') },
              ]}
              value={kind}
              onChange={(v) => setKind(v === 'working-day' ? 'working-day' : 'day-off')}
              allowDeselect={false}
              error={fieldError('kind')}
            />
            <TextInput
              type="date"
              label={t('date')}
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={fieldError('date')}
            />
            <TextInput
              label={kind === 'working-day' ? t('workingDayName') : t('holidayName')}
              required
              value={nameVi}
              onChange={(e) => setNameVi(e.currentTarget.value)}
              error={fieldError('nameVi')}
            />
            <TextInput
              label={t('holidayNameEn')}
              value={nameEn}
              onChange={(e) => setNameEn(e.currentTarget.value)}
              error={fieldError('nameEn')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {kind === 'working-day' ? t('addWorkingDay') : t('addHoliday')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The calendar of working-day rules: national days (Labour Code list, editable by the nation's
 * administrators) and a province's own days (its administrators) — days off, and working days in
 * lieu (a Saturday worked to make up a swapped day, or a national day off a province works).
 */
export function HolidaysPage() {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const thisYear = Number(todayIsoDate().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const provinces = [
    ...new Map(
      me.grants.filter((g) => g.unitLevel === 'province').map((g) => [g.unitId, g.unitName]),
    ).entries(),
  ];
  const [scope, setScope] = useState<string>(provinces[0]?.[0] ?? NATIONAL);
  const [confirming, setConfirming] = useState<HolidayOutput | null>(null);
  const unitId = scope === NATIONAL ? undefined : scope;
  const holidays = useQuery({
    queryKey: [...HOLIDAYS_KEY, unitId, year],
    queryFn: ({ signal }) => councilsApi.holidays({ unitId, year: Number(year) }, signal),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY });
  const remove = useMutation({
    mutationFn: (holiday: HolidayOutput) => councilsApi.deleteHoliday(holiday.id),
    onSuccess: refresh,
  });
  const canAdd =
    scope === NATIONAL ? !!holidays.data?.canManageNational : me.actions.includes('calendar.manage');
  const items = holidays.data?.items ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('holidaysTitle')}</PageHeading>
      <Text>{t('holidaysIntro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('year')}
          data={[thisYear - 1, thisYear, thisYear + 1, 2025, 2026, 2027]
            .filter((y, i, all) => all.indexOf(y) === i)
            .sort()
            .map(String)}
          value={year}
          onChange={(v) => setYear(v ?? String(thisYear))}
          allowDeselect={false}
          w={140}
        />
        <Select
          label={t('scope')}
          data={[
            { value: NATIONAL, label: t('national') },
            ...provinces.map(([id, name]) => ({ value: id, label: `${t('national')} + ${name}` })),
          ]}
          value={scope}
          onChange={(v) => setScope(v ?? NATIONAL)}
          allowDeselect={false}
          w={360}
        />
      </Group>
      <ErrorAlert error={holidays.error} />
      {holidays.isPending && <Loader aria-label={t('loading')} />}
      <ConfirmDialog
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={
          confirming
            ? t('deleteConfirm', {
                date: formatDate(confirming.date, i18n.language),
                name: confirming.nameVi,
              })
            : ''
        }
        consequence={t('deleteEffect')}
        confirmLabel={t('delete')}
        color="red"
        onConfirm={() => (confirming ? remove.mutateAsync(confirming) : undefined)}
      />
      {!holidays.isPending && items.length === 0 && <Text c="dimmed">{t('noHolidays')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={840}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('date')}</Table.Th>
                <Table.Th>{t('weekday')}</Table.Th>
                <Table.Th>{t('dayKind')}</Table.Th>
                <Table.Th>{t('dayName')}</Table.Th>
                <Table.Th>{t('scope')}</Table.Th>
                <Table.Th>{t('source')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((h) => (
                <Table.Tr key={h.id} data-kind={h.kind}>
                  <Table.Td>{formatDate(h.date, i18n.language)}</Table.Td>
                  <Table.Td>{weekday(h.date, i18n.language)}</Table.Td>
                  <Table.Td>
                    <KindBadge kind={h.kind} />
                  </Table.Td>
                  <Table.Td>{i18n.language === 'en' && h.nameEn ? h.nameEn : h.nameVi}</Table.Td>
                  <Table.Td>{h.unitName ?? t('national')}</Table.Td>
                  <Table.Td>
                    {h.source === 'built-in' ? t('builtIn') : t('manual')}
                    {h.isProvisional && (
                      <Badge ml="xs" variant="light" color="yellow">
                        {t('provisional')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {h.canDelete && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('deleteHoliday', { date: formatDate(h.date, i18n.language) })}
                        onClick={() => setConfirming(h)}
                      >
                        {t('delete')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canAdd && <AddHolidayForm unitId={unitId ?? null} onAdded={refresh} />}
    </Stack>
  );
}
