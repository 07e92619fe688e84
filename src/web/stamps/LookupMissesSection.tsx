import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

const DAYS = 7;

/**
 * Dò mã tem — networks that looked up serials nobody issued, or were refused for asking too often,
 * over the last week: what serial enumeration leaves behind, per network (never an address).
 */
export function LookupMissesSection() {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const misses = useQuery({
    queryKey: ['stamps', 'lookup-misses', DAYS],
    queryFn: ({ signal }) => stampsApi.lookupMisses(DAYS, signal),
  });
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN';
  const number = new Intl.NumberFormat(locale);
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const items = misses.data?.items ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="lookup-misses-heading">
      <Title order={2} size="h4" id="lookup-misses-heading">
        {t('missesTitle')}
      </Title>
      <Text size="sm">{t('missesIntro', { days: DAYS })}</Text>
      <ErrorAlert error={misses.error} />
      {misses.data && items.length === 0 ? (
        <Text c="dimmed">{t('noMisses')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder aria-labelledby="lookup-misses-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('missesNetwork')}</Table.Th>
                <Table.Th>{t('missesProvince')}</Table.Th>
                <Table.Th ta="right">{t('missesUnknown')}</Table.Th>
                <Table.Th ta="right">{t('missesRefused')}</Table.Th>
                <Table.Th ta="right">{t('missesHours')}</Table.Th>
                <Table.Th>{t('missesLast')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.network}-${item.provinceName ?? ''}`}>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {item.network}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.provinceName ?? t('missesNoProvince')}</Table.Td>
                  <Table.Td ta="right">{number.format(item.misses)}</Table.Td>
                  <Table.Td ta="right">{number.format(item.throttled)}</Table.Td>
                  <Table.Td ta="right">{number.format(item.hours)}</Table.Td>
                  <Table.Td>{dateTime.format(new Date(item.lastAt))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
