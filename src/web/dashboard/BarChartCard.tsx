import { Card, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { DASHBOARD_NS } from './dashboard-i18n';
import { wrapLabel } from './wrap-label';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

const formatter = new Intl.NumberFormat('vi-VN');

const TICK_FONT_SIZE = 12;
const TICK_LINE_HEIGHT = 14;
/** Average width of a 12 px character of Vietnamese text, to turn a width into characters. */
const TICK_CHAR_WIDTH = 6.4;
const TICK_MAX_LINES = 3;
const ROW_HEIGHT = 48;

/** Room for the category names of a chart in rows: some 40 % of the card, within bounds. */
function labelWidthOf(chartWidth: number): number {
  return Math.min(220, Math.max(96, Math.round(chartWidth * 0.4)));
}

/** A category name on the vertical axis, wrapped on up to three lines, the full name as its title. */
function WrappedCategoryTick(props: YAxisTickContentProps & { maxChars: number }) {
  const value: unknown = props.payload?.value;
  const name = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const lines = wrapLabel(name, props.maxChars, TICK_MAX_LINES);
  const x = Number(props.x ?? 0);
  const firstLineShift = TICK_FONT_SIZE / 3 - ((lines.length - 1) * TICK_LINE_HEIGHT) / 2;
  return (
    <text x={x} y={Number(props.y ?? 0)} textAnchor="end" fontSize={TICK_FONT_SIZE} fill="#495057">
      <title>{name}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? firstLineShift : TICK_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A titled bar chart (Recharts) with Vietnamese number formatting and a text alternative.
 * `layout="rows"` draws horizontal bars with the category names on the vertical axis, wrapped:
 * for long names (the product groups) that would run into each other under columns.
 */
export function BarChartCard({
  title,
  data,
  series,
  layout = 'columns',
}: {
  title: string;
  data: Record<string, string | number>[];
  series: readonly BarSeries[];
  layout?: 'columns' | 'rows';
}) {
  const { t } = useTranslation(DASHBOARD_NS);
  const { ref, width } = useElementSize();
  const summary = data
    .map(
      (row) =>
        `${String(row.label)}: ${series.map((s) => `${s.label} ${formatter.format(Number(row[s.key] ?? 0))}`).join(', ')}`,
    )
    .join('; ');
  const isRows = layout === 'rows';
  const labelWidth = labelWidthOf(width);
  const maxChars = Math.floor((labelWidth - 8) / TICK_CHAR_WIDTH);
  const height = isRows ? Math.max(260, data.length * ROW_HEIGHT + 48) : 260;
  const numberAxis = {
    allowDecimals: false,
    tickFormatter: (v: number) => formatter.format(v),
  } as const;
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <div
        ref={ref}
        role="img"
        aria-label={`${t('chartLabel', { title })}. ${summary}`}
        style={{ width: '100%', height }}
      >
        <ResponsiveContainer width="100%" height="100%">
          {isRows ? (
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" {...numberAxis} />
              <YAxis
                type="category"
                dataKey="label"
                width={labelWidth}
                interval={0}
                tick={(tick: YAxisTickContentProps) => <WrappedCategoryTick {...tick} maxChars={maxChars} />}
              />
              <Tooltip formatter={(value) => formatter.format(Number(value))} />
              {series.length > 1 && <Legend />}
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
              ))}
            </BarChart>
          ) : (
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: TICK_FONT_SIZE }} interval={0} />
              <YAxis {...numberAxis} width={48} />
              <Tooltip formatter={(value) => formatter.format(Number(value))} />
              {series.length > 1 && <Legend />}
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
