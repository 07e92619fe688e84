import { Anchor, Card, Grid, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GetStatisticsOutput } from '../../contracts/statistics.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { ChoroplethMap } from './ChoroplethMap';
import { STATISTICS_NS } from './statistics-i18n';
import { statisticsApi } from './statistics.api';
import type { StatisticsSearch } from './statistics-search';

const numberFormat = new Intl.NumberFormat('vi-VN');
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const clockFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
/** dd/MM/yyyy HH:mm in Vietnam time. */
const timeFormat = { format: (date: Date) => `${dateFormat.format(date)} ${clockFormat.format(date)}` };

function Freshness({ freshness }: { freshness: GetStatisticsOutput['freshness'] }) {
  const { t } = useTranslation(STATISTICS_NS);
  if (!freshness.refreshedAt) return <Text c="dimmed">{t('neverRefreshed')}</Text>;
  return (
    <Text size="sm" c="dimmed" data-testid="statistics-freshness">
      {t('refreshedAt', { time: timeFormat.format(new Date(freshness.refreshedAt)) })}
      {freshness.isStale ? ` — ${t('stale')}` : ''}
    </Text>
  );
}

/**
 * Thống kê: the map of certified products of the caller's unit (provinces for the centre, communes
 * for a province), drill-down by click, and the figures by stars and by certificate status.
 */
export function StatisticsPage() {
  const { t } = useTranslation(STATISTICS_NS);
  const search: StatisticsSearch = useSearch({ from: '/authenticated/statistics' });
  const navigate = useNavigate();
  const query = { unitId: search.unitId, year: search.year };
  const map = useQuery({
    queryKey: ['statistics', 'map', query],
    queryFn: ({ signal }) => statisticsApi.map({ ...query, measure: 'products', status: 'valid' }, signal),
  });
  const geometry = useQuery({
    queryKey: ['statistics', 'geometry'],
    queryFn: ({ signal }) => statisticsApi.geometry(signal),
    enabled: map.data?.level === 'province',
    staleTime: Infinity,
  });
  const byStars = useQuery({
    queryKey: ['statistics', 'stars', query],
    queryFn: ({ signal }) => statisticsApi.figures({ ...query, by: 'stars', status: 'valid' }, signal),
  });
  const byStatus = useQuery({
    queryKey: ['statistics', 'status', query],
    queryFn: ({ signal }) => statisticsApi.figures({ ...query, by: 'status' }, signal),
  });
  const years = useQuery({
    queryKey: ['statistics', 'years', search.unitId],
    queryFn: ({ signal }) => statisticsApi.figures({ unitId: search.unitId, by: 'year' }, signal),
  });
  const go = (next: StatisticsSearch) => void navigate({ to: '/statistics', search: next });
  const unitName = map.data?.unit?.name ?? t('nation');
  return (
    <Stack>
      <PageHeading>
        {t('title')} — {unitName}
      </PageHeading>
      <Text>{t('intro')}</Text>
      {search.unitId ? (
        <Anchor component="button" type="button" onClick={() => go({ year: search.year })} size="sm">
          ← {t('backTo', { name: t('nation') })}
        </Anchor>
      ) : null}
      <ErrorAlert error={map.error ?? byStars.error ?? byStatus.error} />
      {byStars.data ? <Freshness freshness={byStars.data.freshness} /> : null}
      <Select
        label={t('year')}
        w={200}
        data={[
          { value: '', label: t('allYears') },
          ...(years.data?.rows ?? []).map((row) => ({
            value: String(row.keys.year),
            label: String(row.keys.year),
          })),
        ]}
        value={search.year ? String(search.year) : ''}
        onChange={(value) =>
          go({
            ...(search.unitId ? { unitId: search.unitId } : {}),
            ...(value ? { year: Number(value) } : {}),
          })
        }
        allowDeselect={false}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t('mapTitle', { measure: t('products').toLowerCase() })}
            </Title>
            {map.data ? (
              <ChoroplethMap
                geometry={geometry.data}
                data={map.data}
                measureLabel={t('products').toLowerCase()}
                onSelect={(area) =>
                  go({ unitId: area.unitId, ...(search.year ? { year: search.year } : {}) })
                }
              />
            ) : null}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <FigureTable
              title={t('byStars')}
              figures={byStars.data}
              dimension="stars"
              measures={['products', 'expiring']}
            />
            <FigureTable
              title={t('byStatus')}
              figures={byStatus.data}
              dimension="status"
              measures={['certificates']}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function FigureTable(props: {
  title: string;
  figures: GetStatisticsOutput | undefined;
  dimension: string;
  measures: string[];
}) {
  const { t } = useTranslation(STATISTICS_NS);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {props.title}
      </Title>
      <Table.ScrollContainer minWidth={0}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(props.dimension)}</Table.Th>
              {props.measures.map((m) => (
                <Table.Th key={m} ta="right">
                  {t(m)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(props.figures?.rows ?? []).map((row) => (
              <Table.Tr key={JSON.stringify(row.keys)}>
                <Table.Td>{row.labels[props.dimension]}</Table.Td>
                {props.measures.map((m) => (
                  <Table.Td key={m} ta="right">
                    {numberFormat.format(row.values[m] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={600}>{t('total')}</Table.Td>
              {props.measures.map((m) => (
                <Table.Td key={m} ta="right" fw={600}>
                  {numberFormat.format(props.figures?.totals[m] ?? 0)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
