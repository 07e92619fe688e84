import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportOutput } from '../../contracts/reports.contracts';
import { formatDate } from '../i18n/format';
import { REPORTS_NS } from './reports-i18n';

type Figures = ReportOutput['figures'];

/** A number as the reader writes it (1.234 in Vietnamese). */
export function formatCount(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
}

/** The figures of a report: stars, groups, movements, plan targets and trade promotion. */
export function ReportFiguresView({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation(REPORTS_NS);
  const n = (value: number | null | undefined) => formatCount(value, i18n.language);
  const starHead = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th />
        <Table.Th ta="right">{t('stars3')}</Table.Th>
        <Table.Th ta="right">{t('stars4')}</Table.Th>
        <Table.Th ta="right">{t('stars5')}</Table.Th>
        <Table.Th ta="right">{t('total')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  const starRow = (label: string, s: Figures['valid']) => (
    <Table.Tr key={label}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td ta="right">{n(s.stars3)}</Table.Td>
      <Table.Td ta="right">{n(s.stars4)}</Table.Td>
      <Table.Td ta="right">{n(s.stars5)}</Table.Td>
      <Table.Td ta="right">{n(s.total)}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('asOf', { date: formatDate(figures.asOf, i18n.language) })}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder striped aria-label={t('validTitle')}>
          {starHead}
          <Table.Tbody>
            {starRow(t('validTitle'), figures.valid)}
            {starRow(t('issuedTitle'), figures.issued)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">
        {t('byGroup')}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder striped aria-label={t('byGroup')}>
          {starHead}
          <Table.Tbody>{figures.byGroup.map((g) => starRow(`${g.group}. ${g.nameVi}`, g))}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Table withTableBorder w="auto" aria-label={t('issuedTitle')}>
        <Table.Tbody>
          {(
            [
              ['newly', figures.movements.newlyCertified],
              ['upgraded', figures.movements.upgraded],
              ['reEvaluated', figures.movements.reEvaluated],
              ['revoked', figures.movements.revoked],
              ['expired', figures.movements.expired],
              ['tradeEvents', figures.tradePromotion.tradeEvents],
              ['trainingCourses', figures.tradePromotion.trainingCourses],
              ['pointsOfSale', figures.tradePromotion.pointsOfSale],
            ] as const
          ).map(([key, value]) => (
            <Table.Tr key={key}>
              <Table.Th scope="row">{t(key)}</Table.Th>
              <Table.Td ta="right">{n(value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h5">
        {t('plan')}
      </Title>
      {figures.plan ? (
        <Table.ScrollContainer minWidth={420}>
          <Table withTableBorder striped aria-label={t('plan')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th ta="right">{t('target')}</Table.Th>
                <Table.Th ta="right">{t('actual')}</Table.Th>
                <Table.Th ta="right">{t('percent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.plan.targets.map((row) => (
                <Table.Tr key={row.code}>
                  <Table.Th scope="row">{row.labelVi}</Table.Th>
                  <Table.Td ta="right">{n(row.target)}</Table.Td>
                  <Table.Td ta="right">{n(row.actual)}</Table.Td>
                  <Table.Td ta="right">{row.percent === null ? '—' : `${n(row.percent)} %`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text c="dimmed">{t('noPlan')}</Text>
      )}
    </Stack>
  );
}
