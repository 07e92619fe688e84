import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '../i18n/format';
import { EVALUATION_NS } from './evaluation-i18n';

/**
 * Asks the chair before closing scoring or adopting results: what cannot be undone, who is told,
 * and — before the meeting date — the reason the server requires (recorded in the audit log).
 */
export function ChairActionConfirm({
  action,
  meetingOn,
  opened,
  isPending,
  onCancel,
  onConfirm,
}: {
  action: 'close' | 'adopt';
  meetingOn: string | undefined;
  opened: boolean;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const [reason, setReason] = useState('');
  const isEarly = meetingOn !== undefined && todayIsoDate() < meetingOn;
  const isReady = !isEarly || reason.trim().length >= 5;
  return (
    <Modal opened={opened} onClose={onCancel} title={t(`confirmChair.${action}Title`)} centered>
      <Stack gap="sm">
        <Text>{t(`confirmChair.${action}Body`)}</Text>
        <Text size="sm" c="dimmed">
          {t(`confirmChair.${action}Who`)}
        </Text>
        {isEarly && (
          <>
            <Text c="orange.9">
              {t('confirmChair.early', { date: formatDate(meetingOn, i18n.language) })}
            </Text>
            <Textarea
              label={t('confirmChair.reason')}
              required
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('confirmChair.cancel')}
          </Button>
          <Button
            color={action === 'adopt' ? 'green' : undefined}
            loading={isPending}
            disabled={!isReady}
            onClick={() => onConfirm(isEarly ? reason.trim() : undefined)}
          >
            {t(action === 'close' ? 'closeScoring' : 'adopt')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
