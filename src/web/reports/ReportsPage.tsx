import { Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '../layout/AnchorLink';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPeriod } from '../../domain/reports/report-workflow';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { PERIOD_KEYS, STATUS_COLORS, STATUS_KEYS } from './report-labels';
import { formatCount } from './ReportFiguresView';
import { REPORTS_NS } from './reports-i18n';
import { reportsApi } from './reports.api';

/** The standing office of a province (or commune) generates its report of a period. */
function GenerateForm({
  units,
  year,
  period,
}: {
  units: { id: string; name: string }[];
  year: number;
  period: ReportPeriod;
}) {
  const { t } = useTranslation(REPORTS_NS);
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const generate = useMutation({
    mutationFn: reportsApi.generate,
    onSuccess: (report) => navigate({ to: '/reports/$reportId', params: { reportId: report.id } }),
  });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <ErrorAlert error={generate.error} />
        <Group align="flex-end">
          {units.length > 1 && (
            <Select
              label={t('unit')}
              data={units.map((u) => ({ value: u.id, label: u.name }))}
              value={unitId}
              onChange={(v) => setUnitId(v ?? '')}
            />
          )}
          <Button loading={generate.isPending} onClick={() => generate.mutate({ unitId, year, period })}>
            {t('generate')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The level above: every unit below with its status, figures side by side, and the sum. */
function Submissions({ year, period }: { year: number; period: ReportPeriod }) {
  const { t, i18n } = useTranslation(REPORTS_NS);
  const n = (v: number | undefined) => formatCount(v ?? null, i18n.language);
  const query = useQuery({
    queryKey: ['reports', 'submissions', year, period],
    queryFn: ({ signal }) => reportsApi.submissions({ year, period }, signal),
  });
  const data = query.data;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('submissions')}
      </Title>
      <ErrorAlert error={query.error} />
      {data && (
        <>
          <Text>{t('submittedCount', { count: data.submittedCount, total: data.units.length })}</Text>
          <Table.ScrollContainer minWidth={760}>
            <Table withTableBorder striped aria-label={t('submissions')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('unit')}</Table.Th>
                  <Table.Th>{t('status')}</Table.Th>
                  <Table.Th>{t('submittedOn')}</Table.Th>
                  <Table.Th ta="right">{t('stars3')}</Table.Th>
                  <Table.Th ta="right">{t('stars4')}</Table.Th>
                  <Table.Th ta="right">{t('stars5')}</Table.Th>
                  <Table.Th ta="right">{t('total')}</Table.Th>
                  <Table.Th ta="right">{t('newly')}</Table.Th>
                  <Table.Th ta="right">{t('revoked')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.units.map((row) => (
                  <Table.Tr key={row.unit.id} data-testid={`submission-${row.unit.id}`}>
                    <Table.Th scope="row">
                      {row.reportId ? (
                        <AnchorLink to="/reports/$reportId" params={{ reportId: row.reportId }}>
                          {row.unit.name}
                        </AnchorLink>
                      ) : (
                        row.unit.name
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[row.status]} variant="light">
                        {t(STATUS_KEYS[row.status])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDate(row.submittedAt, i18n.language)}</Table.Td>
                    <Table.Td ta="right">{n(row.figures?.valid.stars3)}</Table.Td>
                    <Table.Td ta="right">{n(row.figures?.valid.stars4)}</Table.Td>
                    <Table.Td ta="right">{n(row.figures?.valid.stars5)}</Table.Td>
                    <Table.Td ta="right">{n(row.figures?.valid.total)}</Table.Td>
                    <Table.Td ta="right">{n(row.figures?.movements.newlyCertified)}</Table.Td>
                    <Table.Td ta="right">{n(row.figures?.movements.revoked)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row" colSpan={3}>
                    {t('aggregate')}
                  </Table.Th>
                  <Table.Td ta="right">{n(data.aggregate.valid.stars3)}</Table.Td>
                  <Table.Td ta="right">{n(data.aggregate.valid.stars4)}</Table.Td>
                  <Table.Td ta="right">{n(data.aggregate.valid.stars5)}</Table.Td>
                  <Table.Td ta="right">{n(data.aggregate.valid.total)}</Table.Td>
                  <Table.Td ta="right">{n(data.aggregate.movements.newlyCertified)}</Table.Td>
                  <Table.Td ta="right">{n(data.aggregate.movements.revoked)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

/** Periodic reports: generate (own unit), the list, and the submissions of the units below. */
export function ReportsPage() {
  const { t, i18n } = useTranslation(REPORTS_NS);
  const me = useMe();
  const [year, setYear] = useState(new Date().getFullYear());
  const [period, setPeriod] = useState<ReportPeriod>('half_year');
  const ownUnits = me.grants
    .filter((g) => g.role === 'standing_office' && g.unitLevel !== 'nation')
    .map((g) => ({ id: g.unitId, name: g.unitName }));
  const readsBelow = me.grants.some(
    (g) => (g.role === 'standing_office' || g.role === 'leader') && g.unitLevel !== 'commune',
  );
  const list = useQuery({
    queryKey: ['reports', 'list', year],
    queryFn: ({ signal }) => reportsApi.list({ year }, signal),
  });
  return (
    <Stack maw={1100}>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <Group align="flex-end">
        <NumberInput
          label={t('year')}
          min={2000}
          max={2100}
          w={120}
          value={year}
          onChange={(v) => setYear(Number(v) || year)}
        />
        <Select
          label={t('period')}
          w={200}
          data={(['half_year', 'year'] as const).map((p) => ({ value: p, label: t(PERIOD_KEYS[p]) }))}
          value={period}
          onChange={(v) => setPeriod(v === 'year' ? 'year' : 'half_year')}
          allowDeselect={false}
        />
      </Group>
      {ownUnits.length > 0 && <GenerateForm units={ownUnits} year={year} period={period} />}
      <Title order={2} size="h4">
        {t('myReports')}
      </Title>
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && <Text c="dimmed">{t('none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder striped aria-label={t('myReports')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('unit')}</Table.Th>
                <Table.Th>{t('period')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th>{t('submittedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <AnchorLink to="/reports/$reportId" params={{ reportId: r.id }}>
                      {r.unit.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    {t(PERIOD_KEYS[r.period])} {r.year}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[r.status]} variant="light">
                      {t(STATUS_KEYS[r.status])}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(r.submittedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {readsBelow && <Submissions year={year} period={period} />}
    </Stack>
  );
}
