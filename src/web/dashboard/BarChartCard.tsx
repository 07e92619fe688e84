import { Card, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DASHBOARD_NS } from './dashboard-i18n';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

const formatter = new Intl.NumberFormat('vi-VN');

/** A titled bar chart (Recharts) with Vietnamese number formatting and a text alternative. */
export function BarChartCard({
  title,
  data,
  series,
}: {
  title: string;
  data: Record<string, string | number>[];
  series: readonly BarSeries[];
}) {
  const { t } = useTranslation(DASHBOARD_NS);
  const summary = data
    .map(
      (row) =>
        `${String(row.label)}: ${series.map((s) => `${s.label} ${formatter.format(Number(row[s.key] ?? 0))}`).join(', ')}`,
    )
    .join('; ');
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <div
        role="img"
        aria-label={`${t('chartLabel', { title })}. ${summary}`}
        style={{ width: '100%', height: 260 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => formatter.format(v)} width={48} />
            <Tooltip formatter={(value) => formatter.format(Number(value))} />
            {series.length > 1 && <Legend />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
