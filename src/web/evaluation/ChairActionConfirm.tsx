import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { formatDate, todayIsoDate } from '../i18n/format';
import { EVALUATION_NS } from './evaluation-i18n';

/**
 * Asks the chair before closing scoring or adopting results: what cannot be undone, who is told,
 * and — before the meeting date — the reason the server requires (recorded in the audit log).
 * A refusal (the 10-point rule, quorum) is shown in the dialog.
 */
export function ChairActionConfirm({
  action,
  meetingOn,
  opened,
  onCancel,
  onConfirm,
}: {
  action: 'close' | 'adopt';
  meetingOn: string | undefined;
  opened: boolean;
  onCancel: () => void;
  onConfirm: (reason: string | undefined) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const isEarly = meetingOn !== undefined && todayIsoDate() < meetingOn;
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onCancel}
      title={t(`confirmChair.${action}Title`)}
      consequence={t(`confirmChair.${action}Body`)}
      recipients={t(`confirmChair.${action}Who`)}
      reason={isEarly ? { label: t('confirmChair.reason'), minLength: 5, maxLength: 1000 } : undefined}
      confirmLabel={t(action === 'close' ? 'closeScoring' : 'adopt')}
      color={action === 'adopt' ? 'green' : undefined}
      onConfirm={onConfirm}
    >
      {isEarly && (
        <Text c="orange.9">{t('confirmChair.early', { date: formatDate(meetingOn, i18n.language) })}</Text>
      )}
    </ConfirmDialog>
  );
}
