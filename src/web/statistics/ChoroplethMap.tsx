import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetStatisticsMapOutput } from '../../contracts/statistics.contracts';
import { classBreaks, drawChoropleth, NO_DATA_COLOUR } from '../../domain/statistics/choropleth';
import type { ProvinceMap } from '../../domain/statistics/province-map';
import { STATISTICS_NS } from './statistics-i18n';

type Area = GetStatisticsMapOutput['areas'][number];

export interface ChoroplethMapProps {
  /** Province polygons (from `statisticsApi.geometry`); needed for the province level. */
  geometry: ProvinceMap | undefined;
  /** Figures per area (from `statisticsApi.map`). */
  data: Pick<GetStatisticsMapOutput, 'areas' | 'level'>;
  /** What is counted, for the legend and the accessible label ("sản phẩm OCOP"). */
  measureLabel: string;
  /** Drill down: called with the area clicked (or chosen with Enter). */
  onSelect?: (area: Area) => void;
  width?: number;
  height?: number;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/**
 * Choropleth of figures per province (SVG drawn from the province GeoJSON, no map tiles), always
 * with the Hoàng Sa and Trường Sa archipelagos labelled; for communes, which have no polygons in
 * the reference data, a ranked list coloured with the same legend. Each area is a keyboard-usable
 * button that drills down.
 */
export function ChoroplethMap({
  geometry,
  data,
  measureLabel,
  onSelect,
  width = 420,
  height = 760,
}: ChoroplethMapProps) {
  const { t } = useTranslation(STATISTICS_NS);
  const byCode = useMemo(() => new Map(data.areas.map((area) => [area.code, area])), [data.areas]);
  const drawing = useMemo(
    () =>
      geometry && data.level === 'province'
        ? drawChoropleth({
            map: geometry,
            valueByCode: new Map(data.areas.map((a) => [a.code, a.value])),
            width,
            height,
          })
        : undefined,
    [geometry, data, width, height],
  );
  const legend = drawing?.legend ?? classBreaks(data.areas.map((a) => a.value));
  const fillOf = (value: number) =>
    value <= 0
      ? NO_DATA_COLOUR
      : (legend.find((l) => value >= l.from && value <= l.to)?.fill ?? NO_DATA_COLOUR);
  const select = (code: string) => {
    const area = byCode.get(code);
    if (area && onSelect) onSelect(area);
  };
  return (
    <Stack gap="xs">
      {drawing ? (
        <Box style={{ maxWidth: width }}>
          <svg
            viewBox={`0 0 ${drawing.width} ${drawing.height}`}
            width="100%"
            // With clickable provinces the map is a group of buttons: an image may hold no controls.
            role={onSelect ? 'group' : 'img'}
            aria-label={t('mapLabel', { measure: measureLabel, level: t('province') })}
            data-testid="choropleth-map"
          >
            <rect width={drawing.width} height={drawing.height} fill="#e7f5ff" />
            {drawing.areas.map((area) => (
              <path
                key={area.code}
                d={area.d}
                fill={area.fill}
                stroke="#495057"
                strokeWidth={0.5}
                role={onSelect ? 'button' : undefined}
                tabIndex={onSelect ? 0 : undefined}
                aria-label={`${byCode.get(area.code)?.name ?? area.name}: ${numberFormat.format(area.value)} ${measureLabel}`}
                style={{ cursor: onSelect ? 'pointer' : undefined }}
                onClick={() => select(area.code)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    select(area.code);
                  }
                }}
              >
                <title>{`${byCode.get(area.code)?.name ?? area.name}: ${numberFormat.format(area.value)}`}</title>
              </path>
            ))}
            {drawing.labels.map((label) => (
              <text
                key={label.key}
                x={label.x}
                y={label.y}
                fontSize={11}
                textAnchor="middle"
                fill="#1c3d5a"
                data-testid={`archipelago-${label.key}`}
              >
                <tspan x={label.x}>{label.textVi}</tspan>
                <tspan x={label.x} dy={13} fontSize={10}>
                  {label.provinceVi}
                </tspan>
              </text>
            ))}
          </svg>
        </Box>
      ) : (
        <Stack gap={4} aria-label={t('communeList')}>
          {[...data.areas]
            .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'vi'))
            .map((area) => (
              <UnstyledButton key={area.unitId} onClick={() => onSelect?.(area)} disabled={!onSelect}>
                <Group gap="xs" wrap="nowrap">
                  <Box
                    w={14}
                    h={14}
                    style={{ background: fillOf(area.value), border: '1px solid #868e96' }}
                  />
                  <Text size="sm" style={{ flex: 1 }}>
                    {area.name}
                  </Text>
                  <Text size="sm" fw={600}>
                    {numberFormat.format(area.value)}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
        </Stack>
      )}
      <Group gap="xs" aria-label={t('legend')}>
        <Text size="xs" fw={600}>
          {t('legend')}:
        </Text>
        <Group gap={4} wrap="nowrap">
          <Box w={14} h={14} style={{ background: NO_DATA_COLOUR, border: '1px solid #868e96' }} />
          <Text size="xs">{t('noData')}</Text>
        </Group>
        {legend.map((item) => (
          <Group key={item.fill} gap={4} wrap="nowrap">
            <Box w={14} h={14} style={{ background: item.fill, border: '1px solid #868e96' }} />
            <Text size="xs">
              {item.from === item.to
                ? numberFormat.format(item.from)
                : `${numberFormat.format(item.from)}–${numberFormat.format(item.to)}`}
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
