import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { ExportButtons } from '../exports/ExportButtons';
import { STAMPS_NS } from './stamp-i18n';
import { StampFlags } from './StampFlags';
import { stampsApi } from './stamps.api';

export const STAMP_BATCHES_KEY = ['stamps', 'batches'] as const;

/** Stamp batches the account may see (its producers', or its province's) with scans and warnings. */
export function StampBatchesPage() {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const canOrder = useCan('stamp.order');
  const canReadReports = useCan('stamp.report.read');
  const batches = useQuery({
    queryKey: STAMP_BATCHES_KEY,
    queryFn: ({ signal }) => stampsApi.batches(signal),
  });
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <ExportButtons list="stamps" />
      <Group>
        {canOrder && (
          <Button component={Link} to="/stamps/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('orderAction')}
          </Button>
        )}
        {canReadReports && (
          <Button
            component={Link}
            to="/stamps/reports"
            variant="light"
            leftSection={<IconAlertTriangle size={16} aria-hidden />}
          >
            {t('reportsAction')}
          </Button>
        )}
      </Group>
      <Title order={2} size="h4">
        {t('batches')}
      </Title>
      <ErrorAlert error={batches.error} />
      {batches.data && batches.data.items.length === 0 ? (
        <Text c="dimmed">{t('noBatches')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lot')}</Table.Th>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('producer')}</Table.Th>
                <Table.Th>{t('expiryDate')}</Table.Th>
                <Table.Th ta="right">{t('quantity')}</Table.Th>
                <Table.Th ta="right">{t('scannedStamps')}</Table.Th>
                <Table.Th ta="right">{t('totalScans')}</Table.Th>
                <Table.Th miw={170}>{t('flags')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(batches.data?.items ?? []).map((batch) => (
                <Table.Tr key={batch.id}>
                  <Table.Td>
                    <Link
                      to="/stamps/$batchId"
                      params={{ batchId: batch.id }}
                      className="mantine-Anchor-root"
                    >
                      {batch.lot}
                    </Link>
                  </Table.Td>
                  <Table.Td>{batch.productName}</Table.Td>
                  <Table.Td>{batch.producerName}</Table.Td>
                  <Table.Td>
                    {batch.expiryDate ? formatDate(batch.expiryDate, i18n.language) : t('noExpiryDate')}
                  </Table.Td>
                  <Table.Td ta="right">{number.format(batch.quantity)}</Table.Td>
                  <Table.Td ta="right">{number.format(batch.scans.scannedStamps)}</Table.Td>
                  <Table.Td ta="right">{number.format(batch.scans.totalScans)}</Table.Td>
                  <Table.Td>
                    <StampFlags scans={batch.scans} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
