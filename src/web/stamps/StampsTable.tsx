import { Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StampOutput } from '../../contracts/stamps.contracts';
import { COPY_FLAG_STATE_LABELS } from '../../domain/stamps/copy-flag';
import { STAMP_STATUS_LABELS } from '../../domain/stamps/stamp-status';
import { formatSerialForPrint } from '../../domain/stamps/stamp-serial';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { DeactivateStampModal } from './DeactivateStampModal';
import { ReviewStampFlagModal } from './ReviewStampFlagModal';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

const PAGE_SIZE = 50;
const STATUS_COLORS = { active: 'green', deactivated: 'gray', reported: 'orange' } as const;
const FLAG_COLORS = { none: 'gray', open: 'orange', confirmed: 'red', dismissed: 'gray' } as const;

/**
 * The stamps of a batch, a page at a time: status, scans, the clone flag and whether shoppers see
 * it, deactivation, and (for the standing office) the review of a flag.
 */
export function StampsTable({
  batchId,
  canManage,
  canReviewFlags,
}: {
  batchId: string;
  canManage: boolean;
  canReviewFlags: boolean;
}) {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const queryClient = useQueryClient();
  const [offset, setOffset] = useState(0);
  const [isFlaggedOnly, setFlaggedOnly] = useState(false);
  const [deactivating, setDeactivating] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<StampOutput | null>(null);
  const [reviewed, setReviewed] = useState<StampOutput | null>(null);
  const page = useQuery({
    queryKey: ['stamps', 'batch', batchId, 'stamps', offset, isFlaggedOnly],
    queryFn: ({ signal }) =>
      stampsApi.stamps(batchId, { offset, limit: PAGE_SIZE, flaggedOnly: isFlaggedOnly }, signal),
    placeholderData: keepPreviousData,
  });
  const total = page.data?.total ?? 0;
  const onDeactivated = async (serial: string) => {
    setDeactivating(null);
    setDone(serial);
    await queryClient.invalidateQueries({ queryKey: ['stamps', 'batch', batchId] });
  };
  const onReviewed = async (stamp: StampOutput) => {
    setReviewing(null);
    setReviewed(stamp);
    await queryClient.invalidateQueries({ queryKey: ['stamps', 'batch', batchId] });
  };
  const hasActions = canManage || canReviewFlags;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4" id="stamps-heading">
        {t('stampsHeading')}
      </Title>
      <Checkbox
        label={t('flaggedOnly')}
        checked={isFlaggedOnly}
        onChange={(event) => {
          setFlaggedOnly(event.currentTarget.checked);
          setOffset(0);
        }}
      />
      {done && (
        <Alert color="green" role="status" withCloseButton onClose={() => setDone(null)}>
          {t('deactivated_done', { serial: formatSerialForPrint(done) })}
        </Alert>
      )}
      {reviewed && (
        <Alert color="green" role="status" withCloseButton onClose={() => setReviewed(null)}>
          {t(reviewed.copyFlag === 'confirmed' ? 'reviewConfirmedDone' : 'reviewDismissedDone', {
            serial: formatSerialForPrint(reviewed.serial),
          })}
        </Alert>
      )}
      <ErrorAlert error={page.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped withTableBorder aria-labelledby="stamps-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">{t('position')}</Table.Th>
              <Table.Th>{t('serial')}</Table.Th>
              <Table.Th>{t('status')}</Table.Th>
              <Table.Th ta="right">{t('scanCount')}</Table.Th>
              <Table.Th>{t('firstScannedAt')}</Table.Th>
              <Table.Th>{t('possibleCopy')}</Table.Th>
              {hasActions && <Table.Th>{t('actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(page.data?.items ?? []).map((stamp) => (
              <Table.Tr key={stamp.serial}>
                <Table.Td ta="right">{stamp.position}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {formatSerialForPrint(stamp.serial)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[stamp.status]} variant="light">
                    {STAMP_STATUS_LABELS[stamp.status][lang]}
                  </Badge>
                  {stamp.statusReason && (
                    <Text size="xs" c="dimmed">
                      {stamp.statusReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{stamp.scanCount}</Table.Td>
                <Table.Td>{formatDate(stamp.firstScannedAt, i18n.language) || '—'}</Table.Td>
                <Table.Td>
                  {stamp.copyFlag === 'none' ? (
                    '—'
                  ) : (
                    <Stack gap={2}>
                      <Badge color={FLAG_COLORS[stamp.copyFlag]} variant="light" tt="none">
                        {COPY_FLAG_STATE_LABELS[stamp.copyFlag][lang]}
                      </Badge>
                      {stamp.hasPublicCopyWarning && (
                        <Text size="xs" c="red">
                          {t('publicWarningShown')}
                        </Text>
                      )}
                      {stamp.copyReviewReason && (
                        <Text size="xs" c="dimmed">
                          {stamp.copyReviewReason}
                        </Text>
                      )}
                    </Stack>
                  )}
                </Table.Td>
                {hasActions && (
                  <Table.Td>
                    {canReviewFlags && (stamp.copyFlag === 'open' || stamp.copyFlag === 'confirmed') && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setReviewing(stamp)}
                        aria-label={`${t('reviewFlag')} ${formatSerialForPrint(stamp.serial)}`}
                      >
                        {t('reviewFlag')}
                      </Button>
                    )}
                    {canManage && stamp.status !== 'deactivated' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setDeactivating(stamp.serial)}
                        aria-label={`${t('deactivate')} ${formatSerialForPrint(stamp.serial)}`}
                      >
                        {t('deactivate')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {total > 0 ? t('pageOf', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total }) : ''}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('previousPage')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('nextPage')}
          </Button>
        </Group>
      </Group>
      <ReviewStampFlagModal
        stamp={reviewing}
        onClose={() => setReviewing(null)}
        onDone={(stamp) => void onReviewed(stamp)}
      />
      <DeactivateStampModal
        serial={deactivating}
        onClose={() => setDeactivating(null)}
        onDone={(serial) => void onDeactivated(serial)}
      />
    </Stack>
  );
}
