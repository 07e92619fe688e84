import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { labelLayoutOf } from '../../domain/stamps/label-layouts';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { LabelSheetPanel } from './LabelSheetPanel';
import { STAMPS_NS } from './stamp-i18n';
import { StampFlags } from './StampFlags';
import { StampsTable } from './StampsTable';
import { stampsApi } from './stamps.api';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

/** One batch: its facts and scan counters, the label sheets to print, and its stamps. */
export function StampBatchPage() {
  const { batchId } = useParams({ from: '/authenticated/stamps/$batchId' });
  const { t, i18n } = useTranslation(STAMPS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canManage = useCan('stamp.manage');
  const canReviewFlags = useCan('stamp.flag.review');
  const batch = useQuery({
    queryKey: ['stamps', 'batch', batchId],
    queryFn: ({ signal }) => stampsApi.batch(batchId, signal),
  });
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN');
  const b = batch.data;
  return (
    <Stack>
      <Anchor component={Link} to="/stamps" size="sm">
        ← {t('back')}
      </Anchor>
      <ErrorAlert error={batch.error} />
      {b && (
        <>
          <PageHeading>{t('batchTitle', { lot: b.lot, product: b.productName })}</PageHeading>
          <Card withBorder aria-label={t('summary')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Fact label={t('producer')}>{b.producerName}</Fact>
              <Fact label={t('certificate')}>{b.certificateNumber}</Fact>
              <Fact label={t('productionDate')}>{formatDate(b.productionDate, i18n.language)}</Fact>
              <Fact label={t('expiryDate')}>
                {b.expiryDate ? formatDate(b.expiryDate, i18n.language) : t('noExpiryDate')}
              </Fact>
              <Fact label={t('quantity')}>{number.format(b.quantity)}</Fact>
              <Fact label={t('labelLayout')}>{labelLayoutOf(b.labelLayout)[lang]}</Fact>
              <Fact label={t('scannedStamps')}>{number.format(b.scans.scannedStamps)}</Fact>
              <Fact label={t('totalScans')}>{number.format(b.scans.totalScans)}</Fact>
            </SimpleGrid>
            <Stack gap="xs" mt="md">
              <Fact label={t('flags')}>
                <StampFlags scans={b.scans} />
              </Fact>
              <Fact label={t('sampleUri')}>
                <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
                  {b.sampleUri}
                </Text>
              </Fact>
            </Stack>
          </Card>
          <LabelSheetPanel batchId={b.id} canCompress={b.gtin14 !== null} />
          <StampsTable batchId={b.id} canManage={canManage} canReviewFlags={canReviewFlags} />
        </>
      )}
    </Stack>
  );
}
