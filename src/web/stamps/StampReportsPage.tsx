import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { LookupMissesSection } from './LookupMissesSection';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

/**
 * Reports of suspected fakes sent by shoppers, for the standing office of the province, with
 * photos; below them, the networks that looked up unknown serials (serial enumeration).
 */
export function StampReportsPage() {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const canOpenCase = useMe().actions.includes('market_case.manage');
  const reports = useQuery({
    queryKey: ['stamps', 'reports'],
    queryFn: ({ signal }) => stampsApi.reports(signal),
  });
  const dateTime = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <Stack>
      <Anchor component={Link} to="/stamps" size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeading>{t('reportsTitle')}</PageHeading>
      <Text>{t('reportsIntro')}</Text>
      <ErrorAlert error={reports.error} />
      {reports.data && reports.data.items.length === 0 ? (
        <Text c="dimmed">{t('noReports')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reportedAt')}</Table.Th>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('stampPath')}</Table.Th>
                <Table.Th>{t('message')}</Table.Th>
                <Table.Th>{t('placeOfPurchase')}</Table.Th>
                <Table.Th>{t('contact')}</Table.Th>
                <Table.Th>{t('photo')}</Table.Th>
                {canOpenCase && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(reports.data?.items ?? []).map((report) => (
                <Table.Tr key={report.id}>
                  <Table.Td>{dateTime.format(new Date(report.createdAt))}</Table.Td>
                  <Table.Td>{report.productName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
                      {report.stampPath}
                    </Text>
                  </Table.Td>
                  <Table.Td>{report.message}</Table.Td>
                  <Table.Td>{report.placeOfPurchase || '—'}</Table.Td>
                  <Table.Td>{report.contact || '—'}</Table.Td>
                  <Table.Td>
                    {report.photoUrl ? (
                      <a href={report.photoUrl} target="_blank" rel="noreferrer">
                        <img
                          src={report.photoUrl}
                          alt={t('photoAlt', { serial: report.serial ?? report.stampPath })}
                          style={{ maxWidth: 120, maxHeight: 120 }}
                        />
                      </a>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('noPhoto')}
                      </Text>
                    )}
                  </Table.Td>
                  {canOpenCase && (
                    <Table.Td>
                      <Anchor
                        href={`/app/market-cases/new?reportId=${encodeURIComponent(report.id)}`}
                        size="sm"
                      >
                        {t('openMarketCase')}
                      </Anchor>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LookupMissesSection />
    </Stack>
  );
}
