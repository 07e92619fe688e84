import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetStatisticsOutput } from '../../contracts/statistics.contracts';
import { CERTIFICATE_FIGURE_STATUSES } from '../../domain/statistics/statistics-datasets';
import { CERTIFICATE_STATUS_FIGURE_LABELS } from '../../domain/statistics/statistics-labels';
import { TAXONOMY_148 } from '../../domain/rubric/catalogue/148/taxonomy-148';
import { apiRequest, type QueryValue } from '../api/http';
import { ErrorAlert } from '../forms/ErrorAlert';
import { ChoroplethMap } from '../statistics/ChoroplethMap';
import { statisticsApi } from '../statistics/statistics.api';
import { useMe } from '../auth/useMe';
import { BarChartCard } from './BarChartCard';
import { PlanTargetsCard } from './PlanTargetsCard';
import { DASHBOARD_NS } from './dashboard-i18n';

interface Filters {
  year: number | undefined;
  group: number | undefined;
  set: number | undefined;
  status: string | undefined;
}

const figures = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  apiRequest<GetStatisticsOutput>('/statistics', { query, signal });

function useFigures(key: string, query: Record<string, QueryValue>) {
  return useQuery({ queryKey: ['statistics', key, query], queryFn: ({ signal }) => figures(query, signal) });
}

/** This year in Vietnam's time zone. */
const vietnamYear = () =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());

const STAR_COLOURS = { certificates: '#2f7d4f', expiring: '#e8a33d' };

/**
 * The unit's figures from the pre-aggregated statistics: filters (year, group, set, status),
 * certificates by stars and by group as charts, the units below with a drill-down, the dossier
 * pipeline, and when the figures were last refreshed.
 */
export function FiguresPanel() {
  const { t, i18n } = useTranslation(DASHBOARD_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN');
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);
  const [filters, setFilters] = useState<Filters>({
    year: undefined,
    group: undefined,
    set: undefined,
    status: 'valid',
  });
  const unitId = trail.at(-1)?.id;
  const base = { dataset: 'certificates', unitId, ...filters };
  const stars = useFigures('stars', { ...base, by: 'stars' });
  const groups = useFigures('group', { ...base, by: 'group' });
  const scopeKind = stars.data?.scope.kind;
  const childDimension =
    scopeKind === 'nation' ? 'province' : scopeKind === 'province' ? 'commune' : undefined;
  const children = useQuery({
    queryKey: ['statistics', 'children', base, childDimension],
    queryFn: ({ signal }) => figures({ ...base, by: childDimension }, signal),
    enabled: childDimension !== undefined,
  });
  const pipeline = useFigures('pipeline', { dataset: 'dossiers', by: 'status', unitId });
  const map = useQuery({
    queryKey: ['statistics', 'dashboard-map', base],
    queryFn: ({ signal }) => statisticsApi.map({ ...base, measure: 'certificates' }, signal),
    enabled: childDimension !== undefined,
  });
  const geometry = useQuery({
    queryKey: ['statistics', 'geometry'],
    queryFn: ({ signal }) => statisticsApi.geometry(signal),
    enabled: map.data?.level === 'province',
    staleTime: Infinity,
  });
  const freshness = stars.data?.freshness;
  const unitName = stars.data?.scope.unit?.name ?? '';
  const shownUnit = stars.data?.scope.unit;
  const readsPlans = useMe().actions.includes('plan.read');
  const planYear = filters.year ?? Number(vietnamYear());
  const starData = [3, 4, 5].map((s) => {
    const row = stars.data?.rows.find((r) => Number(r.keys.stars) === s);
    return {
      label: t('stars', { stars: s }),
      certificates: row?.values.certificates ?? 0,
      expiring: row?.values.expiring ?? 0,
    };
  });
  const groupData = TAXONOMY_148.map((g) => ({
    label: lang === 'en' ? g.nameEn : g.nameVi,
    certificates: groups.data?.rows.find((r) => Number(r.keys.group) === g.number)?.values.certificates ?? 0,
  }));
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  /** Opens a unit below, remembering the way back (the person's own unit first). */
  const drill = (unit: { id: string; name: string }) => {
    const own = stars.data?.scope.unit;
    const start = trail.length === 0 && own ? [{ id: own.id, name: own.name }] : [];
    setTrail([...start, ...trail, unit]);
  };
  const sets = filters.group
    ? (TAXONOMY_148.find((g) => g.number === filters.group)?.subGroups.flatMap((s) =>
        s.sets.map((x) => x.setNumber),
      ) ?? [])
    : [];
  return (
    <section aria-labelledby="figures-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3" id="figures-heading">
            {t('figures', { unit: unitName })}
          </Title>
          {trail.length > 0 && (
            <Button variant="subtle" size="xs" onClick={() => setTrail(trail.slice(0, -1))}>
              {t('backTo', { unit: trail.at(-2)?.name ?? '…' })}
            </Button>
          )}
        </Group>
        <Group align="flex-end" role="search" wrap="wrap">
          <NumberInput
            label={t('year')}
            w={110}
            min={2019}
            max={2100}
            placeholder={t('all')}
            value={filters.year ?? ''}
            onChange={(v) => set({ year: typeof v === 'number' ? v : undefined })}
          />
          <Select
            label={t('group')}
            w={220}
            clearable
            placeholder={t('all')}
            data={TAXONOMY_148.map((g) => ({
              value: String(g.number),
              label: `${g.number}. ${lang === 'en' ? g.nameEn : g.nameVi}`,
            }))}
            value={filters.group ? String(filters.group) : null}
            onChange={(v) => set({ group: v ? Number(v) : undefined, set: undefined })}
          />
          <Select
            label={t('set')}
            w={120}
            clearable
            disabled={sets.length === 0}
            placeholder={t('all')}
            data={sets.map((s) => String(s))}
            value={filters.set ? String(filters.set) : null}
            onChange={(v) => set({ set: v ? Number(v) : undefined })}
          />
          <Select
            label={t('status')}
            w={220}
            clearable
            placeholder={t('all')}
            data={CERTIFICATE_FIGURE_STATUSES.map((s) => ({
              value: s,
              label: CERTIFICATE_STATUS_FIGURE_LABELS[s]?.[lang] ?? s,
            }))}
            value={filters.status ?? null}
            onChange={(v) => set({ status: v ?? undefined })}
          />
        </Group>
        <ErrorAlert error={stars.error ?? groups.error ?? children.error ?? pipeline.error} />
        {freshness && (
          <Text size="sm" c="dimmed">
            {freshness.refreshedAt
              ? t('refreshedAt', {
                  time: new Date(freshness.refreshedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', {
                    timeZone: 'Asia/Ho_Chi_Minh',
                  }),
                })
              : t('notRefreshed')}
            {freshness.isStale ? ` ${t('stale')}` : ''}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <BarChartCard
            title={t('byStars')}
            data={starData}
            series={[
              { key: 'certificates', label: t('certificates'), color: STAR_COLOURS.certificates },
              { key: 'expiring', label: t('expiring'), color: STAR_COLOURS.expiring },
            ]}
          />
          <BarChartCard
            title={t('byGroup')}
            data={groupData}
            layout="rows"
            series={[{ key: 'certificates', label: t('certificates'), color: '#3b6fb6' }]}
          />
        </SimpleGrid>
        {readsPlans && shownUnit && (
          <PlanTargetsCard unit={{ id: shownUnit.id, name: shownUnit.name }} year={planYear} />
        )}
        {map.data && map.data.level === 'province' && (
          <Card withBorder padding="md">
            <Title order={3} size="h5" mb="xs">
              {t('map')}
            </Title>
            <ChoroplethMap
              geometry={geometry.data}
              data={map.data}
              measureLabel={t('certificates').toLowerCase()}
              onSelect={(area) => drill({ id: area.unitId, name: area.name })}
            />
          </Card>
        )}
        {childDimension && children.data && (
          <UnitTable data={children.data} dimension={childDimension} number={number} onDrill={drill} />
        )}
        {pipeline.data && pipeline.data.rows.length > 0 && (
          <Card withBorder padding="md">
            <Title order={3} size="h5" mb="xs">
              {t('pipeline')}
            </Title>
            <Table striped aria-label={t('pipeline')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('status')}</Table.Th>
                  <Table.Th ta="right">{t('dossiers')}</Table.Th>
                  <Table.Th ta="right">{t('overdueColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pipeline.data.rows.map((row) => (
                  <Table.Tr key={String(row.keys.status)}>
                    <Table.Td>{row.labels.status ?? String(row.keys.status)}</Table.Td>
                    <Table.Td ta="right">{number.format(row.values.dossiers ?? 0)}</Table.Td>
                    <Table.Td ta="right">
                      {(row.values.overdue ?? 0) > 0 ? (
                        <Text span c="red" fw={700}>
                          {number.format(row.values.overdue ?? 0)}
                        </Text>
                      ) : (
                        '0'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        )}
        {stars.data && stars.data.rows.length === 0 && <Alert color="gray">{t('notRefreshed')}</Alert>}
      </Stack>
    </section>
  );
}

/** The units below (provinces of the nation, communes of a province); each opens its own figures. */
function UnitTable({
  data,
  dimension,
  number,
  onDrill,
}: {
  data: GetStatisticsOutput;
  dimension: 'province' | 'commune';
  number: Intl.NumberFormat;
  onDrill: (unit: { id: string; name: string }) => void;
}) {
  const { t } = useTranslation(DASHBOARD_NS);
  const rows = [...data.rows].sort((a, b) => (b.values.certificates ?? 0) - (a.values.certificates ?? 0));
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="xs">
        {t('units')}
      </Title>
      <Table.ScrollContainer minWidth={360}>
        <Table striped aria-label={t('units')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('unitColumn')}</Table.Th>
              <Table.Th ta="right">{t('certificates')}</Table.Th>
              <Table.Th ta="right">{t('expiring')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const id = String(row.keys[dimension]);
              const name = row.labels[dimension] ?? id;
              return (
                <Table.Tr key={id}>
                  <Table.Td>
                    {dimension === 'province' ? (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-label={t('drill', { unit: name })}
                        onClick={() => onDrill({ id, name })}
                      >
                        {name}
                      </Button>
                    ) : (
                      name
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{number.format(row.values.certificates ?? 0)}</Table.Td>
                  <Table.Td ta="right">{number.format(row.values.expiring ?? 0)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('total')}</Table.Th>
              <Table.Th ta="right">{number.format(data.totals.certificates ?? 0)}</Table.Th>
              <Table.Th ta="right">{number.format(data.totals.expiring ?? 0)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
