import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanProgressOutput } from '../../contracts/programme.contracts';
import { PROGRAMME_NS } from './programme-i18n';

const fmt = (value: number | null, unit: string, language: string) =>
  value === null
    ? '—'
    : `${value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN')}${unit === 'percent' ? ' %' : ''}`;

/** Planned, actual and % per target of one unit's plan; the rows say where each figure comes from. */
export function PlanProgressTable({ progress }: { progress: PlanProgressOutput }) {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder aria-label={progress.unitName}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicator')}</Table.Th>
            <Table.Th ta="right">{t('planned')}</Table.Th>
            <Table.Th ta="right">{t('actual')}</Table.Th>
            <Table.Th ta="right">{t('percent')}</Table.Th>
            <Table.Th>{t('source')}</Table.Th>
            <Table.Th>{t('note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {progress.indicators.map((row) => (
            <Table.Tr key={row.indicatorCode} data-indicator={row.indicatorCode}>
              <Table.Td>{row[lang]}</Table.Td>
              <Table.Td ta="right">{fmt(row.planned, row.unit, lang)}</Table.Td>
              <Table.Td ta="right" data-testid={`actual-${row.indicatorCode}`}>
                {fmt(row.actual, row.unit, lang)}
              </Table.Td>
              <Table.Td ta="right">
                {row.isMet === null ? (
                  t('unknown')
                ) : (
                  <Badge color={row.isMet ? 'green' : 'orange'} variant="light">
                    {row.percent === null ? '' : `${fmt(row.percent, 'count', lang)} % · `}
                    {row.isMet ? t('met') : t('notMet')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`source_${row.source}`)}</Table.Td>
              <Table.Td>{row.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
